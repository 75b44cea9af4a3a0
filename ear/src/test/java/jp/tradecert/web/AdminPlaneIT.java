package jp.tradecert.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;
import java.util.List;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/**
 * The server's admin plane answers this machine only: the admin listener (4848), JMX (8686) and IIOP (3700) refuse
 * a connection to the machine's network address, on which the application (8080) answers, and accept one on the
 * loopback address. (A listener bound to the loopback address refuses a connection to any other address of the
 * machine, whoever makes it.)
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

    private static InetAddress networkAddress() throws SocketException {
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : Collections.list(network.getInetAddresses())) {
                    if (address instanceof Inet4Address) {
                        return address;
                    }
                }
            }
        }
        throw new AssertionError("this machine has no network address besides the loopback one: nothing to test on");
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 5_000);
        }
    }

    @Test
    void theAdminListenerJmxAndIiopRefuseTheNetworkAndAnswerTheLoopback() throws Exception {
        InetAddress network = networkAddress();
        connect(network, APPLICATION);
        for (int port : ADMIN_PLANE) {
            assertThatThrownBy(() -> connect(network, port)).as(network.getHostAddress() + ":" + port)
                    .isInstanceOf(ConnectException.class);
            connect(InetAddress.getLoopbackAddress(), port);
        }
    }
}
