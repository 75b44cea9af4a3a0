package jp.tradecert.web;

import static jp.tradecert.web.AdminApi.approve;
import static jp.tradecert.web.AdminApi.field;
import static jp.tradecert.web.AdminApi.runToItsEnd;
import static jp.tradecert.web.AdminApi.send;
import static jp.tradecert.web.AdminApi.upload;
import static jp.tradecert.web.AdminApi.uri;
import static jp.tradecert.web.AdminApi.zengin;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import jp.tradecert.deposit.ZenginWriter;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.FixtureServlet;
import jp.tradecert.it.IntegrationTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The operations API as a chamber's automation uses it: HTTP Basic as {@code 2701/osaka-staff}. */
@IntegrationTest
@RunAsClient
class AdminApiIT {

    /** The application's business dates are Japan's (this test runs outside the server, away from its clock). */
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private static final String STAFF = AdminApi.STAFF;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FixtureServlet.class);
    }

    @Test
    void theAwaitedTransfersAreTheStaffsChambersOnly() throws Exception {
        Map<String, String> chamber = Screen.fixture("membership=MEMBER&bankOrder=true");
        String staff = chamber.get("chamber") + "/" + chamber.get("staff");

        HttpResponse<String> theirs = send(HttpRequest.newBuilder(uri("api/admin/awaited-transfers")).GET(), staff,
                chamber.get("password"));
        HttpResponse<String> osakas = send(HttpRequest.newBuilder(uri("api/admin/awaited-transfers")).GET(), STAFF,
                "demo1234");

        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(theirs.body()).startsWith("[").contains("\"orderNumber\":\"" + chamber.get("orderNumber") + "\"",
                "\"amountYen\":1100", "\"accountNumber\":\"" + chamber.get("accountNumber") + "\"",
                "\"bankCode\":\"0310\"");
        assertThat(osakas.statusCode()).isEqualTo(200);
        assertThat(osakas.body()).doesNotContain(chamber.get("orderNumber"));
    }

    @Test
    void aFileIsAcceptedThenRecognisedAsADuplicateAndABrokenOneIsRejectedWithItsErrors() throws Exception {
        byte[] file = zengin(ThreadLocalRandom.current().nextLong(1, 999_999), 5_500);

        HttpResponse<String> first = upload("gmo-0001.txt", file, STAFF, "demo1234");
        HttpResponse<String> again = upload("gmo-0001-again.txt", file, STAFF, "demo1234");
        byte[] broken = new ZenginWriter(true).transferNoticeHeader("2701999")
                .transferNotice(1, LocalDate.now(JAPAN), 1_100, "ｱ", false).transferNoticeTrailer(1, 9_999, 0, 0).end().bytes();
        HttpResponse<String> rejected = upload("gmo-broken.txt", broken, STAFF, "demo1234");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(field(first.body(), "status")).isEqualTo("ACCEPTED");
        assertThat(field(first.body(), "fileId")).matches("[0-9]+");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(field(again.body(), "status")).isEqualTo("DUPLICATE");
        assertThat(rejected.statusCode()).isEqualTo(201);
        assertThat(field(rejected.body(), "status")).isEqualTo("REJECTED");
        assertThat(rejected.body()).contains("Record 3", "合計金額");
    }

    @Test
    void anUploadedFileIsAppliedOnlyOnceASupervisorOtherThanItsUploaderApprovedIt() throws Exception {
        HttpResponse<String> uploaded = upload("gmo-0003.txt", zengin(ThreadLocalRandom.current().nextLong(1, 999_999),
                2_200), STAFF, "demo1234");
        String file = field(uploaded.body(), "fileId");
        assertThat(field(uploaded.body(), "awaitingApproval")).isEqualTo("true");

        String report = runToItsEnd(STAFF);
        assertThat(field(report, "readCount")).as("an unapproved file is not read").isEqualTo("0");

        HttpResponse<String> byClerk = approve(file, STAFF);
        HttpResponse<String> supervisorsOwn = upload("gmo-0004.txt", zengin(ThreadLocalRandom.current()
                .nextLong(1, 999_999), 1_100), "2701/osaka-supervisor", "demo1234");
        HttpResponse<String> byUploader = approve(field(supervisorsOwn.body(), "fileId"), "2701/osaka-supervisor");
        Map<String, String> other = Screen.fixture("membership=MEMBER");
        HttpResponse<String> otherChamber = send(HttpRequest.newBuilder(uri("api/admin/deposit-files/" + file
                + "/approval")).POST(HttpRequest.BodyPublishers.noBody()), other.get("chamber") + "/" + other.get("staff"),
                other.get("password"));
        assertThat(byClerk.statusCode()).as("a clerk (職員) approves nothing").isEqualTo(403);
        assertThat(byClerk.body()).contains("SupervisorOnlyException").doesNotContain("at jp.");
        assertThat(byUploader.statusCode()).as("nor a supervisor their own upload").isEqualTo(400);
        assertThat(byUploader.body()).contains("FileApprovalRefusedException").doesNotContain("at jp.");
        assertThat(otherChamber.statusCode()).as("another chamber's file is not found").isEqualTo(404);
        for (HttpResponse<String> refused : List.of(byClerk, byUploader, otherChamber)) {
            assertThat(refused.headers().firstValue("Content-Type")).as("problem details")
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(field(refused.body(), "status")).isEqualTo(String.valueOf(refused.statusCode()));
        }
        assertThat(field(byUploader.body(), "error")).as("the rule's name, as before")
                .isEqualTo("FileApprovalRefusedException");

        HttpResponse<String> approved = approve(file, "2701/osaka-supervisor");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(field(approved.body(), "awaitingApproval")).isEqualTo("false");
        assertThat(field(approved.body(), "approvedBy")).isNotEqualTo(field(approved.body(), "uploadedBy"))
                .matches("[0-9]+");
        assertThat(approve(file, "2701/osaka-supervisor").statusCode()).as("approved once").isEqualTo(400);

        report = runToItsEnd(STAFF);
        assertThat(Long.parseLong(field(report, "readCount"))).as("the deposit and the end of the file")
                .isGreaterThanOrEqualTo(2);
        assertThat(field(report, "startedBy")).matches("[0-9]+");
    }

    @Test
    void aJobStartedByStaffIsFollowedToItsEnd() throws Exception {
        HttpResponse<String> uploaded = upload("gmo-0002.txt", zengin(ThreadLocalRandom.current().nextLong(1, 999_999),
                3_300), STAFF, "demo1234");
        assertThat(approve(field(uploaded.body(), "fileId"), "2701/osaka-supervisor").statusCode()).isEqualTo(200);

        String report = runToItsEnd(STAFF);
        assertThat(Long.parseLong(field(report, "readCount"))).as("the deposit and the end of the file")
                .isGreaterThanOrEqualTo(2);
        assertThat(field(report, "writeCount")).isEqualTo(field(report, "readCount"));
        assertThat(field(report, "skipCount")).isEqualTo("0");
    }

    @Test
    void onlyChamberStaffWithTheRightPasswordGetIn() throws Exception {
        HttpResponse<String> anonymous = AdminApi.HTTP.send(HttpRequest.newBuilder(uri("api/admin/jobs/executions/1")).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrongPassword = send(HttpRequest.newBuilder(uri("api/admin/jobs/executions/1")).GET(),
                STAFF, "wrong");
        HttpResponse<String> applicant = send(HttpRequest.newBuilder(uri("api/admin/jobs/executions/1")).GET(),
                "2701/kakogawa-user", "demo1234");
        HttpResponse<String> unknownJob = send(HttpRequest.newBuilder(uri("api/admin/jobs/no-such-job"))
                .POST(HttpRequest.BodyPublishers.noBody()), STAFF, "demo1234");
        HttpResponse<String> notTheirs = send(HttpRequest.newBuilder(uri("api/admin/jobs/executions/999999")).GET(),
                STAFF, "demo1234");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Basic"));
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(applicant.statusCode()).as("an applicant is no one to the API").isEqualTo(401);
        assertThat(unknownJob.statusCode()).isEqualTo(404);
        assertThat(notTheirs.statusCode()).isEqualTo(404);
        assertThat(anonymous.body() + wrongPassword.body() + applicant.body()).doesNotContain("Exception", "at jp.");
        assertThat(unknownJob.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(field(unknownJob.body(), "status")).isEqualTo("404");
        assertThat(unknownJob.body()).doesNotContainIgnoringCase("payara").doesNotContain("<html");
    }

}
