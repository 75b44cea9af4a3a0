package jp.tradecert.setup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@code coupons.setup-file} (environment {@code COUPONS_SETUP_FILE}): at every start, the chambers and first staff
 * IDs that file lists and the database lacks are set up ({@link ChamberSetup}), and the new IDs' initial passwords are
 * written to a new owner-only file beside it ({@link InitialPasswordsFile}), in the same transaction: a file that
 * cannot be read or applied, or passwords that cannot be written, stop the start with the reason and write nothing.
 * Unset, nothing happens: the demo has its own data.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
public class SetupAtStart {

    private static final Logger LOG = Logger.getLogger(SetupAtStart.class.getName());

    @Inject
    @ConfigProperty(name = "coupons.setup-file")
    private Optional<String> setupFile;

    @EJB
    private ChamberSetup setup;

    @Inject
    private Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void applyOnce() {
        if (setupFile.isEmpty() || setupFile.get().isBlank()) {
            return;
        }
        Path file = Path.of(setupFile.get().strip()).toAbsolutePath();
        try {
            SetupFile read;
            try (InputStream in = Files.newInputStream(file)) {
                read = SetupFile.read(in);
            }
            ChamberSetup.Outcome outcome = setup.apply(read);
            if (outcome.passwords().isEmpty()) {
                LOG.info(() -> "Chamber setup: " + file + " lists nothing new");
                return;
            }
            Path passwords = InitialPasswordsFile.write(file.getParent(), clock.instant(), outcome.passwords());
            LOG.info(() -> "Chamber setup: " + outcome.chambersRegistered().size() + " chambers registered, "
                    + outcome.passwords().size() + " IDs made; their initial passwords are in " + passwords
                    + " (owner-only: hand them over, then delete it)");
        } catch (IOException | RuntimeException refused) {
            // the message names the file, the entry and the field; the start stops, and nothing is written
            String why = refused instanceof NoSuchFileException ? "no such file" : refused.getMessage();
            throw new IllegalStateException("Chamber setup refused: " + file + ": " + why, refused);
        }
    }
}
