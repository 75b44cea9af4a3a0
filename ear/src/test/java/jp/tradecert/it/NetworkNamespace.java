package jp.tradecert.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Another machine on a network with this one, for tests of what the server answers from outside: a Linux network
 * namespace made for the test, joined to this machine by a virtual Ethernet pair with an address at each end, and
 * removed after it. A connection made from it comes to this machine's end of the pair, a non-loopback address, from a
 * non-loopback address, as a neighbour's would. It takes root and {@code ip} (iproute2); without them the tests are
 * skipped with a loud message, and with {@code -Dtests.strict=true} (CI) that is a failure instead.
 */
public final class NetworkNamespace implements ExecutionCondition, ParameterResolver, AfterEachCallback {

    /** What came of a connection attempt made from the namespace. */
    public enum Outcome { CONNECTED, REFUSED, NO_ANSWER }

    private static final Path IP = Path.of("/usr/sbin/ip");
    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(NetworkNamespace.class);

    private String name;
    private String hostLink;
    private InetAddress thisMachine;

    /** This machine's address as the namespace sees it: its end of the pair. */
    public InetAddress thisMachine() {
        return thisMachine;
    }

    /** Opens a TCP connection from inside the namespace to {@code address:port} (5 s at most) and closes it. */
    public Outcome connect(InetAddress address, int port) {
        Run run = run(IP.toString(), "netns", "exec", name, "timeout", "5", "bash", "-c",
                "exec 3<>/dev/tcp/" + address.getHostAddress() + "/" + port);
        if (run.exit == 0) {
            return Outcome.CONNECTED;
        }
        if (run.exit == 124) {
            return Outcome.NO_ANSWER;
        }
        if (run.output.contains("Connection refused")) {
            return Outcome.REFUSED;
        }
        throw new IllegalStateException("connecting from the namespace to " + address + ":" + port + ": " + run.output);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(IP) && "root".equals(System.getProperty("user.name"))) {
            return ConditionEvaluationResult.enabled("network namespaces by " + IP);
        }
        return Requirement.missing(context, "a network namespace needs root and " + IP + " (apt-get install -y iproute2)");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == NetworkNamespace.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(STORE).getOrComputeIfAbsent(NetworkNamespace.class, type -> open(),
                NetworkNamespace.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        NetworkNamespace made = context.getStore(STORE).remove(NetworkNamespace.class, NetworkNamespace.class);
        if (made != null) {
            made.close();
        }
    }

    private static NetworkNamespace open() {
        long pid = ProcessHandle.current().pid();
        NetworkNamespace made = new NetworkNamespace();
        made.name = "coupons-test-" + pid;
        made.hostLink = "cpt" + pid + "h";
        String namespaceLink = "cpt" + pid + "n";
        String subnet = unusedSubnet();
        try {
            made.thisMachine = InetAddress.getByName(subnet + "1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            check(run(IP.toString(), "netns", "add", made.name));
            check(run(IP.toString(), "link", "add", made.hostLink, "type", "veth", "peer", "name", namespaceLink));
            check(run(IP.toString(), "link", "set", namespaceLink, "netns", made.name));
            check(run(IP.toString(), "addr", "add", subnet + "1/30", "dev", made.hostLink));
            check(run(IP.toString(), "link", "set", made.hostLink, "up"));
            check(run(IP.toString(), "netns", "exec", made.name, IP.toString(), "addr", "add", subnet + "2/30", "dev",
                    namespaceLink));
            check(run(IP.toString(), "netns", "exec", made.name, IP.toString(), "link", "set", namespaceLink, "up"));
            check(run(IP.toString(), "netns", "exec", made.name, IP.toString(), "link", "set", "lo", "up"));
        } catch (RuntimeException e) {
            made.close();
            throw e;
        }
        return made;
    }

    /** A /30 in 10.231.0.0/16 that no interface of this machine has an address in. */
    private static String unusedSubnet() {
        String addresses = run(IP.toString(), "-4", "-o", "addr", "show").output;
        for (int third = (int) (ProcessHandle.current().pid() % 250); third < 500; third++) {
            String subnet = "10.231." + (third % 250) + ".";
            if (!addresses.contains(" " + subnet)) {
                return subnet;
            }
        }
        throw new IllegalStateException("no free subnet in 10.231.0.0/16 for a test namespace");
    }

    /** Removes the pair (both ends go with one) and the namespace; what was never made is not an error. */
    private void close() {
        run(IP.toString(), "link", "del", hostLink);
        run(IP.toString(), "netns", "del", name);
    }

    private record Run(int exit, String output) {
    }

    private static void check(Run run) {
        if (run.exit != 0) {
            throw new IllegalStateException("making the test's network namespace: " + run.output);
        }
    }

    private static Run run(String... command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("no end to " + String.join(" ", command));
            }
            return new Run(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
