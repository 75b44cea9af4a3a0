package jp.tradecert.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * What the integration tests deploy: the EAR exactly as the build made it (so tests exercise the real
 * packaging, migrations and startup beans), plus, for tests that run inside the server, a small web
 * module carrying the test classes.
 */
public final class Deployments {

    /** Context root of the web module that carries in-container tests. */
    public static final String TEST_MODULE = "it.war";

    private Deployments() {
    }

    /** The application as built: {@code ear/target/coupons.ear}. */
    public static EnterpriseArchive application() {
        String path = System.getProperty("coupons.ear", "target/coupons.ear");
        File ear = new File(path);
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear.getAbsolutePath() + ": run the tests through Maven");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The application plus a web module with the given test classes, in which the tests run. */
    public static EnterpriseArchive withTests(Class<?>... testClasses) {
        return assemble(new File[0], testClasses);
    }

    /** The SMTP port the test server's mail session uses (server-config/test-server.sh). */
    public static final int SMTP_PORT = 3025;

    /**
     * {@link #withTests}, with GreenMail in the test module: for tests that start an SMTP server inside
     * the test server, where the mail session {@code mail/coupons} points ({@value #SMTP_PORT}).
     */
    public static EnterpriseArchive withMailTests(Class<?>... testClasses) {
        return assemble(new File[] {jarOf(com.icegreen.greenmail.util.GreenMail.class),
                jarOf(org.slf4j.LoggerFactory.class)}, testClasses);
    }

    private static EnterpriseArchive assemble(File[] libraries, Class<?>... testClasses) {
        EnterpriseArchive ear = application();
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_MODULE)
                .addClasses(testClasses)
                .addClasses(IntegrationTest.class, TestServer.class, TestData.class, Database.class, Wallets.class,
                        Await.class, Forms.class, WebForms.class, Races.class, CardSandbox.class, Mailbox.class, Invariants.class)
                .addAsLibraries(jarOf(Assertions.class))
                .addAsLibraries(libraries)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.addAsModule(Testable.archiveToTest(tests));
        registerModule(ear, "<module><web><web-uri>" + TEST_MODULE + "</web-uri><context-root>/it</context-root>"
                + "</web></module>");
        return ear;
    }

    /** Adds a module to application.xml, which lists the EAR's modules explicitly. */
    private static void registerModule(EnterpriseArchive ear, String moduleXml) {
        String descriptor = "META-INF/application.xml";
        String xml;
        try (InputStream in = ear.get(descriptor).getAsset().openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ear.delete(descriptor);
        ear.setApplicationXML(new StringAsset(xml.replace("<library-directory>", moduleXml + "<library-directory>")));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
