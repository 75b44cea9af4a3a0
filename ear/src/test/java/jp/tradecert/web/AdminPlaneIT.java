package jp.tradecert.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.NetworkNamespace;
import jp.tradecert.it.NetworkNamespace.Outcome;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The server's admin plane answers this machine only: from another machine (a network namespace the test makes,
 * joined to this one by a virtual link) the admin listener (4848), JMX (8686) and IIOP (3700) refuse a connection
 * while the application (8080) answers; on the loopback address they accept one. And on loopback the admin listener
 * wants the admin password, never empty.
 */
@IntegrationTest
@RunAsClient
class AdminPlaneIT {

    private static final List<Integer> ADMIN_PLANE = List.of(4848, 8686, 3700);
    private static final int APPLICATION = Integer.getInteger("coupons.http.port", 8080);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 5_000);
        }
    }

    @Test
    @ExtendWith(NetworkNamespace.class)
    void theAdminListenerJmxAndIiopRefuseAnotherMachineAndAnswerThisOne(NetworkNamespace otherMachine)
            throws Exception {
        InetAddress thisMachine = otherMachine.thisMachine();
        assertThat(otherMachine.connect(thisMachine, APPLICATION)).as("the application, from the other machine")
                .isEqualTo(Outcome.CONNECTED);
        for (int port : ADMIN_PLANE) {
            assertThat(otherMachine.connect(thisMachine, port)).as(thisMachine.getHostAddress() + ":" + port
                    + " from the other machine").isEqualTo(Outcome.REFUSED);
            connect(InetAddress.getLoopbackAddress(), port);
        }
    }

    @Test
    void theAdminListenerWantsThePasswordEvenFromThisMachine() throws Exception {
        URI version = URI.create("http://127.0.0.1:4848/management/domain/version");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(version).header("Accept", "application/json")
                .header("X-Requested-By", "coupons-tests").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> emptyPassword = http.send(HttpRequest.newBuilder(version)
                .header("Accept", "application/json").header("X-Requested-By", "coupons-tests")
                .header("Authorization", basic("admin", "")).GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> admin = http.send(HttpRequest.newBuilder(version).header("Accept", "application/json")
                .header("X-Requested-By", "coupons-tests")
                .header("Authorization", basic("admin", System.getProperty("coupons.admin.password"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(emptyPassword.statusCode()).as("Payara's default, an empty password").isEqualTo(401);
        assertThat(admin.statusCode()).isEqualTo(200);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

}
