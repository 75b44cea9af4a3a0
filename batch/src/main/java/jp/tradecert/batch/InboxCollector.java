package jp.tradecert.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import jp.tradecert.deposit.BankFile;
import jp.tradecert.deposit.BankFileService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Takes in every file the bank left in the inbox directory ({@code coupons.bank.inbox}), in name
 * order: each is received (kept, recognised if seen before, checked whole) and then moved to the
 * inbox's {@code received/} folder, so that it is taken in once.
 */
@Named("InboxCollector")
@Dependent
public class InboxCollector extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(InboxCollector.class.getName());

    @EJB
    private BankFileService files;

    @Inject
    @ConfigProperty(name = "coupons.bank.inbox", defaultValue = "bank-inbox")
    private String inbox;

    /** Set when a chamber's staff started the run: the inbox is the bank's, for the nightly run only. */
    @Inject
    @BatchProperty(name = "chamberId")
    private String chamberId;

    @Override
    public String process() throws IOException {
        if (chamberId != null && !chamberId.isBlank()) {
            return "SKIPPED: started by chamber " + chamberId;
        }
        Path directory = Path.of(inbox);
        Files.createDirectories(directory);
        Path received = Files.createDirectories(directory.resolve("received"));
        List<Path> found;
        try (Stream<Path> entries = Files.list(directory)) {
            found = entries.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
        for (Path path : found) {
            BankFile file;
            try (InputStream in = Files.newInputStream(path)) {
                file = files.receiveFromInbox(path.getFileName().toString(), in);
            }
            Files.move(path, received.resolve(file.getId() + "-" + path.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
            LOG.info(() -> "Bank file " + path.getFileName() + ": " + file.getStatus()
                    + (file.getErrors() == null ? "" : " (" + file.getErrors() + ")"));
        }
        return "COLLECTED " + found.size();
    }
}
