package jp.tradecert.setup;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.tradecert.platform.Clocks;
import jp.tradecert.setup.ChamberSetup.InitialPassword;

/**
 * The initial passwords of the IDs a setup file made, for the administrator to hand over: a new file beside the setup
 * file, readable by the server's user alone (created so, never widened later), one line per ID. Each holder must
 * change the password at the first sign-in; the file is to be deleted once they are handed over.
 */
final class InitialPasswordsFile {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(Clocks.TOKYO);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Clocks.TOKYO);

    private InitialPasswordsFile() {
    }

    /** Writes the passwords into a new file in {@code directory}, named for the moment; answers its path. */
    static Path write(Path directory, Instant now, List<InitialPassword> passwords) throws IOException {
        Path file = directory.resolve("initial-passwords-" + STAMP.format(now) + ".txt");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# Initial passwords of the IDs the setup file made at " + SHOWN.format(now) + " (Japan time).\n");
            out.write("# Hand each to its holder, who must choose a new one at the first sign-in; then delete this file.\n");
            out.write("# chamber\tlogin ID\trank\tname\tpassword\n");
            for (InitialPassword id : passwords) {
                out.write(id.chamberCode() + "\t" + id.loginId() + "\t" + id.kind() + "\t" + id.name() + "\t"
                        + id.password() + "\n");
            }
        }
        return file;
    }
}
