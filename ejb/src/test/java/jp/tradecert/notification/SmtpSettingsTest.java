package jp.tradecert.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The mail session as provisioning makes it ({@code server-config/domain.asadmin}), with STARTTLS and a
 * password set, against an SMTP server of the test's own that offers STARTTLS and, only once the
 * connection is encrypted, sign-in: the conversation is encrypted before the password is sent, and a server
 * that does not offer STARTTLS gets neither the password nor the mail.
 */
class SmtpSettingsTest {

    private static final String PASSWORD = "smtp-secret-of-the-chamber";
    private FakeSmtpServer server;

    @AfterEach
    void stopTheServer() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void withStartTlsAndAPasswordTheSignInAndTheMailTravelEncrypted() throws Exception {
        server = new FakeSmtpServer(true);

        MailDelivery.send(message(session(true, true)), Optional.of(PASSWORD));

        List<String> clear = server.lines(false);
        List<String> encrypted = server.lines(true);
        assertThat(clear).anyMatch(line -> line.equalsIgnoreCase("STARTTLS"));
        assertThat(clear).noneMatch(line -> line.toUpperCase().startsWith("AUTH")
                || line.toUpperCase().startsWith("MAIL FROM") || line.contains(PASSWORD));
        assertThat(server.signedInAs()).as("PLAIN: [authorization] NUL user NUL password")
                .endsWith("\0coupons\0" + PASSWORD);
        assertThat(encrypted).anyMatch(line -> line.toUpperCase().startsWith("AUTH PLAIN"));
        assertThat(encrypted).contains("Subject: =?UTF-8?B?" + Base64.getEncoder().encodeToString(
                "テスト".getBytes(StandardCharsets.UTF_8)) + "?=");
    }

    @Test
    void aServerThatDoesNotOfferStartTlsGetsNeitherThePasswordNorTheMail() throws Exception {
        server = new FakeSmtpServer(false);

        assertThatThrownBy(() -> MailDelivery.send(message(session(true, true)), Optional.of(PASSWORD)))
                .isInstanceOf(MessagingException.class).hasMessageContaining("STARTTLS");

        assertThat(server.lines(false)).noneMatch(line -> line.toUpperCase().startsWith("AUTH")
                || line.toUpperCase().startsWith("MAIL FROM") || line.contains(PASSWORD));
        assertThat(server.signedInAs()).isNull();
    }

    @Test
    void withoutAPasswordNoSignInIsTried() throws Exception {
        server = new FakeSmtpServer(true);

        MailDelivery.send(message(session(false, false)), Optional.empty());

        assertThat(server.lines(false)).anyMatch(line -> line.toUpperCase().startsWith("MAIL FROM"))
                .noneMatch(line -> line.equalsIgnoreCase("STARTTLS") || line.toUpperCase().startsWith("AUTH"));
    }

    /**
     * The mail session's properties as {@code domain.asadmin} provisions them, for this test's server; the
     * only addition trusts the test server's self-signed certificate.
     */
    private Session session(boolean startTls, boolean auth) throws IOException {
        String command = Files.readAllLines(Path.of("..", "server-config", "domain.asadmin")).stream()
                .filter(line -> line.startsWith("create-javamail-resource")).findFirst().orElseThrow();
        String filled = command.replace("@SMTP_HOST@", "127.0.0.1").replace("@MAIL_USER@", "coupons")
                .replace("@MAIL_FROM@", "coupons@localhost").replace("@SMTP_PORT@", String.valueOf(server.port()))
                .replace("@SMTP_STARTTLS@", String.valueOf(startTls)).replace("@SMTP_AUTH@", String.valueOf(auth));
        assertThat(filled).doesNotContainPattern("@[A-Z_]+@");
        Properties properties = new Properties();
        String[] words = filled.split(" ");
        for (int i = 0; i < words.length - 1; i++) {
            switch (words[i]) {
                case "--mailhost" -> properties.setProperty("mail.host", words[i + 1]);
                case "--mailuser" -> properties.setProperty("mail.user", words[i + 1]);
                case "--fromaddress" -> properties.setProperty("mail.from", words[i + 1]);
                case "--property" -> {
                    for (String property : words[i + 1].split(":")) {
                        String[] pair = property.split("=", 2);
                        properties.setProperty(pair[0], pair[1]);
                    }
                }
                default -> { }
            }
        }
        assertThat(properties.getProperty("mail.smtp.starttls.required")).isEqualTo(String.valueOf(startTls));
        properties.setProperty("mail.smtp.ssl.trust", "127.0.0.1");
        return Session.getInstance(properties);
    }

    private static MimeMessage message(Session session) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("buyer@kakogawa.example.jp"));
        message.setSubject("テスト", "UTF-8");
        message.setText("本文", "UTF-8");
        return message;
    }

    /**
     * Just enough of an SMTP server: it offers STARTTLS (if asked to) and, over TLS only, AUTH PLAIN; it
     * keeps every line it was sent, and whether it came encrypted.
     */
    private static final class FakeSmtpServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        private final boolean offersStartTls;
        private final List<String[]> received = new CopyOnWriteArrayList<>();
        private final Thread thread;
        private volatile String signedInAs;

        FakeSmtpServer(boolean offersStartTls) throws IOException {
            this.offersStartTls = offersStartTls;
            thread = new Thread(this::serve, "fake-smtp");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        List<String> lines(boolean encrypted) {
            return received.stream().filter(line -> line[0].equals(String.valueOf(encrypted))).map(line -> line[1])
                    .toList();
        }

        String signedInAs() {
            return signedInAs;
        }

        private void serve() {
            try (Socket client = socket.accept()) {
                Socket connection = client;
                boolean encrypted = false;
                BufferedReader in = reader(connection);
                Writer out = writer(connection);
                reply(out, "220 fake.example ESMTP");
                boolean inData = false;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    received.add(new String[] {String.valueOf(encrypted), line});
                    String command = line.toUpperCase();
                    if (inData) {
                        if (line.equals(".")) {
                            inData = false;
                            reply(out, "250 2.0.0 queued");
                        }
                    } else if (command.startsWith("EHLO")) {
                        if (encrypted) {
                            reply(out, "250-fake.example\r\n250 AUTH PLAIN");
                        } else {
                            reply(out, offersStartTls ? "250-fake.example\r\n250 STARTTLS" : "250 fake.example");
                        }
                    } else if (command.equals("STARTTLS") && offersStartTls && !encrypted) {
                        reply(out, "220 2.0.0 go ahead");
                        SSLSocket tls = (SSLSocket) tls().getSocketFactory().createSocket(connection,
                                "127.0.0.1", connection.getPort(), true);
                        tls.setUseClientMode(false);
                        tls.startHandshake();
                        connection = tls;
                        encrypted = true;
                        in = reader(connection);
                        out = writer(connection);
                    } else if (command.startsWith("AUTH PLAIN") && encrypted) {
                        String initial = line.length() > "AUTH PLAIN ".length() ? line.substring("AUTH PLAIN ".length()) : null;
                        if (initial == null) {
                            reply(out, "334 ");
                            initial = in.readLine();
                        }
                        signedInAs = new String(Base64.getDecoder().decode(initial.strip()), StandardCharsets.UTF_8);
                        reply(out, "235 2.7.0 accepted");
                    } else if (command.equals("DATA")) {
                        inData = true;
                        reply(out, "354 go on");
                    } else if (command.equals("QUIT")) {
                        reply(out, "221 bye");
                        return;
                    } else if (command.startsWith("MAIL") || command.startsWith("RCPT") || command.startsWith("RSET")
                            || command.startsWith("NOOP")) {
                        reply(out, "250 2.0.0 ok");
                    } else {
                        reply(out, "502 5.5.2 not here");
                    }
                }
            } catch (Exception e) {
                // the client hung up (as it does after refusing a server without STARTTLS)
            }
        }

        private static SSLContext tls() throws Exception {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = SmtpSettingsTest.class.getResourceAsStream("smtp-server.p12")) {
                keys.load(in, "test-smtp-server".toCharArray());
            }
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, "test-smtp-server".toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        }

        private static BufferedReader reader(Socket connection) throws IOException {
            return new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8));
        }

        private static Writer writer(Socket connection) throws IOException {
            return new OutputStreamWriter(connection.getOutputStream(), StandardCharsets.UTF_8);
        }

        private static void reply(Writer out, String text) throws IOException {
            out.write(text + "\r\n");
            out.flush();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            thread.join(5_000);
        }
    }
}
