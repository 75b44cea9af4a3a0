package jp.tradecert.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.tradecert.deposit.ZenginWriter;
import jp.tradecert.it.Await;

/** The operations API as the tests call it from outside the server: HTTP Basic, the demo's password. */
final class AdminApi {

    /** The application's business dates are Japan's (the tests run outside the server, away from its clock). */
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    static final String STAFF = "2701/osaka-staff";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private AdminApi() {
    }

    static HttpResponse<String> approve(String file, String who) throws Exception {
        return send(HttpRequest.newBuilder(uri("api/admin/deposit-files/" + file + "/approval"))
                .POST(HttpRequest.BodyPublishers.noBody()), who, "demo1234");
    }

    /** Starts the staff's reconciliation and answers its report once it ended, completed. */
    static String runToItsEnd(String staff) throws Exception {
        HttpResponse<String> started = send(HttpRequest.newBuilder(uri("api/admin/jobs/deposit-reconciliation"))
                .POST(HttpRequest.BodyPublishers.noBody()), staff, "demo1234");
        assertThat(started.statusCode()).isEqualTo(202);
        String execution = field(started.body(), "executionId");
        String report = Await.until(() -> executionReport(execution, staff),
                body -> Set.of("COMPLETED", "FAILED").contains(field(body, "status")), Duration.ofMinutes(2));
        assertThat(field(report, "status")).isEqualTo("COMPLETED");
        return report;
    }

    static byte[] zengin(long inquiry, long yen) {
        return new ZenginWriter(true).transferNoticeHeader("2701998")
                .transferNotice(inquiry, LocalDate.now(JAPAN), yen, "ｶ)ﾃｽﾄ", false).transferNoticeTrailer(1, yen, 0, 0)
                .end().bytes();
    }

    /** The API's report of a job execution, as staff read it. */
    static String executionReport(String execution, String staff) {
        try {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("api/admin/jobs/executions/" + execution))
                    .GET(), staff, "demo1234");
            assertThat(answer.statusCode()).isEqualTo(200);
            return answer.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> upload(String name, byte[] content, String user, String password) throws Exception {
        return send(HttpRequest.newBuilder(uri("api/admin/deposit-files?name=" + name))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)), user, password);
    }

    static HttpResponse<String> send(HttpRequest.Builder request, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HTTP.send(request.header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static URI uri(String path) {
        return URI.create(WebTests.BASE_URL + path);
    }

    /** A field of a flat JSON object, as text. */
    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        assertThat(matcher.find()).as(name + " in " + json).isTrue();
        return matcher.group(1);
    }
}
