package jp.tradecert.sandbox.bank;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bank's sandbox, from the command line: asks the application which transfers a chamber awaits
 * (operations API, as the chamber's staff) and writes the file the bank would send for them into the
 * bank inbox, where the nightly reconciliation (or one started through the API) takes it in.
 *
 * <pre>
 * src/bank-sandbox/run.sh [--scenario exact|over|under|unknown|duplicate|cancellation]
 *                         [--format zengin01|zengin03|camt054] [--staff 2701/osaka-staff] [--password demo1234]
 *                         [--url http://localhost:8080/] [--date 2026-11-27]
 *                         [--deliver inbox|upload] [--inbox .run/bank-inbox]
 * </pre>
 */
public final class BankSandbox {

    private BankSandbox() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = options(args);
        Scenario scenario = Scenario.valueOf(options.getOrDefault("scenario", "exact").toUpperCase(Locale.ROOT));
        DepositFileWriter format = DepositFileWriter.valueOf(options.getOrDefault("format", "zengin01")
                .toUpperCase(Locale.ROOT));
        if (scenario == Scenario.CANCELLATION && format == DepositFileWriter.ZENGIN03) {
            fail("入出金取引明細 (zengin03) has no cancellations: use zengin01 or camt054");
        }
        LocalDate day = LocalDate.parse(options.getOrDefault("date",
                LocalDate.now(ZoneId.of("Asia/Tokyo")).toString()));
        Path inbox = Path.of(options.getOrDefault("inbox", ".run/bank-inbox"));

        Api api = new Api(options.getOrDefault("url", "http://localhost:8080/"),
                options.getOrDefault("staff", "2701/osaka-staff"), options.getOrDefault("password", "demo1234"));
        List<AwaitedTransfer> awaited = api.awaitedTransfers();
        if (awaited.isEmpty() && scenario != Scenario.UNKNOWN) {
            fail("No transfer is awaited: place a bank-transfer order first");
        }
        List<Credit> credits = scenario.credits(awaited);
        // inquiry numbers unique enough between runs of one day: the bank numbers per account and day
        long firstInquiry = LocalTime.now().toSecondOfDay() * 10L;
        byte[] file = format.write(credits, day, firstInquiry);

        String name = "sandbox-" + day + "-" + firstInquiry + "-" + scenario.name().toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>(List.of(name + "." + format.extension()));
        if (scenario == Scenario.DUPLICATE) {
            names.add(name + "-again." + format.extension());
        }
        for (AwaitedTransfer transfer : awaited) {
            System.out.printf("awaited  %s  %,d 円  account %s%n", transfer.orderNumber(), transfer.amountYen(),
                    transfer.accountNumber());
        }
        for (Credit credit : credits) {
            System.out.printf("%-8s account %s  %,d 円%n", credit.cancellation() ? "cancel" : "credit",
                    credit.account(), credit.amountYen());
        }
        if ("upload".equals(options.getOrDefault("deliver", "inbox"))) {
            for (String each : names) {
                System.out.println("uploaded " + each + ": " + api.upload(each, file));
            }
            System.out.println("A second staff member approves it (four eyes), e.g. curl -u 2701/osaka-supervisor:… -X POST "
                    + api.url + "api/admin/deposit-files/<fileId>/approval");
            System.out.println("Then apply it: curl -u " + api.staff + ":… -X POST " + api.url
                    + "api/admin/jobs/deposit-reconciliation");
        } else {
            Files.createDirectories(inbox);
            for (String each : names) {
                System.out.println("wrote " + Files.write(inbox.resolve(each), file).toAbsolutePath());
            }
            System.out.println("The nightly reconciliation takes it in (or --deliver upload, then start one"
                    + " through the API)");
        }
    }

    /** The application's operations API, as the chamber's staff. */
    private static final class Api {

        private final HttpClient http = HttpClient.newHttpClient();
        private final String url;
        private final String staff;
        private final String authorization;

        Api(String url, String staff, String password) {
            this.url = url.endsWith("/") ? url : url + "/";
            this.staff = staff;
            this.authorization = "Basic " + Base64.getEncoder().encodeToString((staff + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
        }

        List<AwaitedTransfer> awaitedTransfers() throws IOException, InterruptedException {
            String body = send(HttpRequest.newBuilder(URI.create(url + "api/admin/awaited-transfers")).GET(), 200);
            List<AwaitedTransfer> awaited = new ArrayList<>();
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonArray array = reader.readArray();
                for (JsonObject transfer : array.getValuesAs(JsonObject.class)) {
                    awaited.add(new AwaitedTransfer(transfer.getString("orderNumber"),
                            transfer.getJsonNumber("amountYen").longValueExact(),
                            transfer.getString("accountNumber")));
                }
            }
            return awaited;
        }

        String upload(String name, byte[] file) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(url + "api/admin/deposit-files?name="
                            + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(file)), 201);
        }

        private String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request.header("Authorization", authorization)
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                fail("The application answered HTTP " + response.statusCode() + " at " + url
                        + ": is it running, and are the staff login and password right? " + response.body());
            }
            return response.body();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                fail("Options come as --name value; see the README (Bank sandbox)");
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
