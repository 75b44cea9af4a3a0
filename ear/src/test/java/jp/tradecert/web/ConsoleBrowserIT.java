package jp.tradecert.web;

import static jp.tradecert.web.Screen.click;
import static jp.tradecert.web.Screen.fillPurchaseForm;
import static jp.tradecert.web.Screen.fixture;
import static jp.tradecert.web.Screen.select;
import static jp.tradecert.web.Screen.signIn;
import static jp.tradecert.web.Screen.signOut;
import static jp.tradecert.web.Screen.text;
import static jp.tradecert.web.Screen.type;
import static jp.tradecert.web.Screen.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import jp.tradecert.deposit.ZenginWriter;
import jp.tradecert.it.Browser;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.ClockFixtureServlet;
import jp.tradecert.it.FixtureServlet;
import jp.tradecert.it.IntegrationTest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The chamber's console in a real browser: a clerk's day, and what another chamber's staff cannot see. */
@ExtendWith(Browser.class)
@IntegrationTest
@RunAsClient
class ConsoleBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withTests(FixtureServlet.class, ClockFixtureServlet.class);
    }

    @Test
    void aClerkFindsKakogawaByItsNumberAndSeesItsBalanceAndLots(WebDriver browser) {
        browser.get(WebTests.BASE_URL);
        signIn(browser, "2701", "osaka-staff", "demo1234");
        assertThat(text(browser, "signed-in-as")).contains("大阪 職員", "職員");
        click(browser, "menu-companies");

        // typed in full-width digits, as a Japanese keyboard may give them
        search(browser, "２７０１０００００２");
        assertThat(companyNumbers(browser)).containsExactly("2701000002");
        search(browser, "自然食品");
        assertThat(companyNumbers(browser)).containsExactly("2701000002");
        search(browser, "かこがわ");
        assertThat(companyNumbers(browser)).as("by its フリガナ, typed in hiragana").containsExactly("2701000002");
        search(browser, "kakogawa-sub");
        assertThat(companyNumbers(browser)).as("by a user ID of the company").containsExactly("2701000002");
        search(browser, "2801000001");
        assertThat(companyNumbers(browser)).as("another chamber's company").isEmpty();

        search(browser, "2701000002");
        WebElement link = browser.findElement(By.cssSelector(".company-link"));
        link.click();
        Screen.waitUntilGone(browser, link);

        assertThat(text(browser, "company-name")).isEqualTo("加古川自然食品");
        assertThat(text(browser, "company-number")).isEqualTo("2701000002");
        assertThat(text(browser, "company-membership")).isEqualTo("会員");
        // the demo company's coupons: the ten the demo data bought, less its two issued applications'
        assertThat(text(browser, "coupon-balance")).isEqualTo("8");
        List<Integer> remaining = browser.findElements(By.cssSelector("#lots .lot-remaining")).stream()
                .map(WebElement::getText).filter(cell -> cell.matches("[0-9,]+"))
                .map(cell -> Integer.parseInt(cell.replace(",", ""))).toList();
        assertThat(remaining).as("the lots' remaining coupons make the balance").isNotEmpty();
        assertThat(remaining.stream().mapToInt(Integer::intValue).sum()).isEqualTo(8);
        assertThat(text(browser, "company-outstanding")).endsWith("円");
        assertThat(browser.findElements(By.cssSelector("#users .user-login")).stream().map(WebElement::getText))
                .contains("kakogawa-user", "kakogawa-sub", "kakogawa-admin");
        assertThat(browser.findElements(By.cssSelector(".history-row"))).as("the applicant's history rows")
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".history-order-link"))).as("no applicant links").isEmpty();
    }

    @Test
    void anotherChambersStaffFindNeitherTheCompanyNorItsPage(WebDriver browser) throws Exception {
        browser.get(WebTests.BASE_URL);
        signIn(browser, "2701", "osaka-staff", "demo1234");
        click(browser, "menu-companies");
        search(browser, "2701000002");
        String page = browser.findElement(By.cssSelector(".company-link")).getAttribute("href");
        signOut(browser);

        Map<String, String> other = fixture("membership=MEMBER");
        signIn(browser, other, "staff");
        click(browser, "menu-companies");
        search(browser, "2701000002");
        assertThat(companyNumbers(browser)).isEmpty();

        browser.get(page);
        assertThat(text(browser, "messages")).isEqualTo("会社が見つかりません。");
        assertThat(browser.findElements(By.id("coupon-balance"))).isEmpty();
        assertThat(browser.findElements(By.id("company-name"))).isEmpty();
    }

    @Test
    void theOperatorReadsTheChamberItChoosesAndIsOfferedNoActionThere(WebDriver browser) throws Exception {
        browser.get(WebTests.BASE_URL);
        signIn(browser, "0000", "jcci-operator", "demo1234");
        click(browser, "menu-dashboard");
        assertThat(text(browser, "signed-in-as")).contains("日商 運用担当", "運営者");
        assertThat(text(browser, "console-name")).contains("日本商工会議所");

        select(browser, "operator-chamber", "2701");
        click(browser, "operator-view");
        assertThat(text(browser, "console-name")).as("the chamber it looks at").contains("大阪商工会議所");
        click(browser, "menu-companies");
        assertThat(browser.findElements(By.id("register-company"))).as("no registration").isEmpty();
        openCompany(browser, "2701000002");
        assertThat(text(browser, "company-name")).isEqualTo("加古川自然食品");
        assertThat(text(browser, "coupon-balance")).matches("[0-9,]+");
        assertThat(browser.findElements(By.cssSelector("#users .user-login")).stream().map(WebElement::getText))
                .contains("kakogawa-user");
        for (String action : List.of("adjust-form", "account-form", "membership-form")) {
            assertThat(browser.findElements(By.id(action))).as(action).isEmpty();
        }
        assertThat(browser.findElements(By.cssSelector(".user-disable, .user-enable"))).isEmpty();

        click(browser, "menu-deposits");
        assertThat(browser.findElements(By.id("upload-form"))).as("no upload").isEmpty();
        assertThat(browser.findElements(By.id("run-form"))).as("no run").isEmpty();
        click(browser, "menu-staff");
        assertThat(column(browser, "staff-members", "staff-login")).contains("osaka-staff", "osaka-supervisor");
        assertThat(browser.findElements(By.cssSelector("#staff-members button"))).as("no rank changed").isEmpty();
        click(browser, "menu-audit");
        assertThat(browser.findElements(By.id("audit-log"))).as("the chamber's audit log, read").isNotEmpty();
        // every page of the console opens for the operator looking at the chamber (a read refused would be 403/500)
        for (String page : List.of("dashboard", "companies", "orders", "deposits", "unmatched", "refunds", "prices",
                "jobs", "approvals", "review", "audit", "reports", "members")) {
            assertThat(Screen.status(browser, WebTests.BASE_URL + "staff/" + page + ".xhtml")).as(page).isEqualTo(200);
        }

        // another chamber, chosen from any console page: its companies, not the first one's
        select(browser, "operator-chamber", "2801");
        click(browser, "operator-view");
        click(browser, "menu-companies");
        search(browser, "");
        assertThat(companyNumbers(browser)).contains("2801000001").doesNotContain("2701000002");
    }

    @Test
    void aSupervisorMakesAClerkASupervisorWhoSignsInAsOneAndNobodyChangesTheirOwnId(WebDriver browser)
            throws Exception {
        Map<String, String> chamber = fixture("membership=MEMBER");
        String clerk = chamber.get("staff");
        String supervisor = chamber.get("supervisor");
        signIn(browser, chamber, "staff");
        click(browser, "menu-staff");
        assertThat(column(browser, "staff-members", "staff-login")).containsExactlyInAnyOrder(clerk, supervisor);
        assertThat(staffRow(browser, clerk).findElement(By.className("staff-rank")).getText()).isEqualTo("職員");
        assertThat(browser.findElements(By.cssSelector("#staff-members button"))).as("a clerk changes nobody")
                .isEmpty();
        signOut(browser);

        signIn(browser, chamber, "supervisor");
        click(browser, "menu-staff");
        assertThat(staffRow(browser, supervisor).findElements(By.tagName("button"))).as("nothing on its own ID")
                .isEmpty();
        click(browser, staffRow(browser, clerk).findElement(By.className("staff-make-supervisor")).getAttribute("id"));
        assertThat(text(browser, "messages")).contains(clerk, "承認者");
        assertThat(staffRow(browser, clerk).findElement(By.className("staff-rank")).getText()).isEqualTo("承認者");
        assertThat(staffRow(browser, clerk).findElements(By.className("staff-make-clerk"))).hasSize(1);
        click(browser, "menu-audit");
        assertThat(column(browser, "audit-action")).contains("職員の権限の変更");
        signOut(browser);

        signIn(browser, chamber, "staff");
        click(browser, "menu-staff");
        assertThat(text(browser, "signed-in-as")).as("signed in again, with its new rank").contains("承認者");
        assertThat(staffRow(browser, supervisor).findElements(By.className("staff-make-clerk")))
                .as("a supervisor now, it may change the other").hasSize(1);
    }

    /** The row of the staff table that shows this login ID. */
    private static WebElement staffRow(WebDriver browser, String loginId) {
        return browser.findElements(By.cssSelector("#staff-members_data .staff-row")).stream()
                .filter(row -> row.findElement(By.className("staff-login")).getText().equals(loginId))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + loginId));
    }

    @Test
    void anApplicantHasNoConsole(WebDriver browser) throws Exception {
        browser.get(WebTests.BASE_URL);
        signIn(browser, "2701", "kakogawa-user", "demo1234");
        assertThat(browser.findElements(By.id("menu-companies"))).isEmpty();

        browser.get(WebTests.BASE_URL + "staff/companies.xhtml");
        assertThat(browser.findElements(By.id("company-search"))).as("refused (403)").isEmpty();
        assertThat(browser.findElements(By.cssSelector(".company-row"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("2701000002").doesNotContain("加古川自然食品");

        // every page of the console, by URL with the applicant's session: refused by the container
        for (String page : List.of("dashboard", "companies", "company.xhtml?id=1", "register-company", "orders",
                "order.xhtml?id=1", "deposits", "deposit-file.xhtml?id=1", "unmatched", "refunds", "refund.xhtml?id=1",
                "prices", "jobs", "approvals", "review", "application.xhtml?id=1", "audit", "reports", "members")) {
            String url = WebTests.BASE_URL + "staff/" + (page.contains(".xhtml") ? page : page + ".xhtml");
            assertThat(Screen.status(browser, url)).as(page).isEqualTo(403);
        }
    }

    @Test
    void theAuditLogShowsWhoUploadedWhoApprovedAndWhoRanAFileAndOtherChambersSeeNone(WebDriver browser)
            throws Exception {
        String file = AdminApi.field(AdminApi.upload("audit-" + System.nanoTime() + ".txt",
                AdminApi.zengin(ThreadLocalRandom.current().nextLong(1, 999_999), 1_100), AdminApi.STAFF, "demo1234")
                .body(), "fileId");
        assertThat(AdminApi.approve(file, "2701/osaka-supervisor").statusCode()).isEqualTo(200);
        AdminApi.runToItsEnd(AdminApi.STAFF);   // nothing of it is left for another test's run

        browser.get(WebTests.BASE_URL);
        signIn(browser, "2701", "osaka-supervisor", "demo1234");
        assertThat(text(browser, "signed-in-as")).contains("承認者");
        click(browser, "menu-audit");
        type(browser, "audit-text", "bank-file:" + file);
        click(browser, "audit-search-button");
        List<String> actions = column(browser, "audit-action");
        assertThat(actions).containsExactly("入金ファイルの承認", "入金ファイルの登録");
        assertThat(column(browser, "audit-actor")).containsExactly("大阪 承認者 (2701/osaka-supervisor)",
                "大阪 職員 (2701/osaka-staff)");
        assertThat(column(browser, "audit-address")).allSatisfy(address -> assertThat(address).isNotBlank());
        assertThat(column(browser, "audit-after").get(1)).contains("ACCEPTED", "sha256");

        type(browser, "audit-text", "");
        browser.findElement(By.cssSelector("#audit-action option[value='JOB_STARTED']")).click();
        click(browser, "audit-search-button");
        assertThat(column(browser, "audit-actor")).as("the run osaka-staff started").isNotEmpty()
                .first().isEqualTo("大阪 職員 (2701/osaka-staff)");
        signOut(browser);

        Map<String, String> other = fixture("membership=MEMBER");
        signIn(browser, other, "staff");
        click(browser, "menu-audit");
        type(browser, "audit-text", "bank-file:" + file);
        click(browser, "audit-search-button");
        assertThat(column(browser, "audit-action")).as("another chamber's trail").isEmpty();
    }

    @Test
    void aClerksAdjustmentCountsOnlyOnceAnotherSupervisorApprovedIt(WebDriver browser) throws Exception {
        Map<String, String> chamber = fixture("membership=MEMBER&coupons=2");
        signIn(browser, chamber, "staff");
        openCompany(browser, chamber.get("companyNumber"));
        assertThat(text(browser, "coupon-balance")).isEqualTo("2");

        type(browser, "adjust-quantity_input", "3");
        type(browser, "adjust-reason", "システム障害の補填");
        click(browser, "propose-adjustment");
        assertThat(text(browser, "messages")).startsWith("申請しました");
        assertThat(text(browser, "coupon-balance")).as("not in effect before approval").isEqualTo("2");
        assertThat(browser.findElements(By.cssSelector("#company-proposals_data .proposal-quantity")).stream()
                .map(WebElement::getText)).containsExactly("3");
        click(browser, "menu-approvals");
        assertThat(browser.findElements(By.cssSelector(".approve-proposal"))).as("a clerk decides nothing").isEmpty();
        assertThat(browser.findElements(By.cssSelector(".approval-waiting"))).hasSize(1);
        signOut(browser);

        approveAsTheSupervisor(browser, chamber, "menu-approvals", "approve-proposal");
        assertThat(browser.findElements(By.cssSelector(".approve-proposal"))).isEmpty();

        openCompany(browser, chamber.get("companyNumber"));
        assertThat(text(browser, "coupon-balance")).isEqualTo("5");
        assertThat(browser.findElements(By.cssSelector(".history-operation")).stream().map(WebElement::getText))
                .as("the applicant's history shows it as 会議所操作").contains("会議所操作");
    }

    @Test
    void aClerkPrintsARefundsFormAndProposesItsPaymentWhichAnotherSupervisorApproves(WebDriver browser)
            throws Exception {
        Map<String, String> chamber = fixture("membership=MEMBER&overpaid=true");
        String refundId = chamber.get("refundId");
        signIn(browser, chamber, "staff");
        click(browser, "menu-refunds");
        assertThat(text(browser, "refunds-count")).isEqualTo("1");
        assertThat(text(browser, "refunds-total")).isEqualTo("900 円");
        WebElement link = browser.findElement(By.cssSelector(".refund-link"));
        assertThat(link.getText()).isEqualTo(refundId);
        link.click();
        Screen.waitUntilGone(browser, link);

        assertThat(text(browser, "refund-amount")).isEqualTo("900 円");
        assertThat(text(browser, "refund-order")).isEqualTo(chamber.get("refundOrderNumber"));
        assertThat(text(browser, "refund-reason")).isEqualTo("入金超過");
        assertThat(text(browser, "refund-status")).isEqualTo("未払い");
        String form = Screen.pdfText(browser, browser.findElement(By.id("refund-form")).getAttribute("href"));
        assertThat(form).contains("返金依頼書", "返金対象額", "900 円", chamber.get("companyNumber"),
                chamber.get("refundOrderNumber"), "振込先口座");

        retype(browser, "paid-yen_input", "901");
        type(browser, "paid-reference", "FB-0001");
        click(browser, "propose-refund-paid");
        assertThat(text(browser, "messages")).as("more than owed: refused")
                .isEqualTo("振込額は 0〜900 円（返金対象額以下）で入力してください。");
        assertThat(browser.findElements(By.id("refund-payment-waiting"))).isEmpty();
        retype(browser, "paid-yen_input", "340");
        click(browser, "propose-refund-paid");
        assertThat(text(browser, "messages")).startsWith("申請しました");
        assertThat(text(browser, "refund-status")).as("not paid before approval").isEqualTo("未払い");
        assertThat(browser.findElements(By.id("refund-payment-waiting"))).hasSize(1);
        assertThat(browser.findElements(By.id("propose-refund-paid"))).as("one proposal at a time").isEmpty();
        signOut(browser);

        signIn(browser, chamber, "supervisor");
        click(browser, "menu-approvals");
        assertThat(browser.findElement(By.cssSelector(".approval-refund")).getText()).contains(refundId, "340");
        WebElement approve = browser.findElement(By.cssSelector(".approve-proposal"));
        approve.click();
        Screen.waitUntilGone(browser, approve);
        assertThat(text(browser, "messages")).contains("承認しました");

        click(browser, "menu-refunds");
        assertThat(text(browser, "refunds-count")).as("none due any more").isEqualTo("0");
        browser.get(WebTests.BASE_URL + "staff/refund.xhtml?id=" + refundId);
        assertThat(text(browser, "refund-status")).isEqualTo("支払済み");
        assertThat(text(browser, "refund-paid-yen")).isEqualTo("340 円");
        assertThat(text(browser, "refund-paid-reference")).isEqualTo("FB-0001");
        assertThat(browser.findElements(By.id("propose-refund-paid"))).isEmpty();
        signOut(browser);

        Map<String, String> other = fixture("membership=MEMBER");
        signIn(browser, other, "staff");
        browser.get(WebTests.BASE_URL + "staff/refund.xhtml?id=" + refundId);
        assertThat(text(browser, "messages")).isEqualTo("返金が見つかりません。");
        assertThat(browser.findElements(By.id("refund-amount"))).isEmpty();
        assertThat(Screen.status(browser, WebTests.BASE_URL + "documents/refund-request/" + refundId))
                .as("another chamber's form").isEqualTo(404);
    }

    @Test
    void aDepositToAMistypedAccountIsMatchedByAClerkAndCountsOnceAnotherSupervisorApprovedIt(WebDriver browser)
            throws Exception {
        Map<String, String> chamber = chooseTheMistypedDeposit(browser);
        assertThat(text(browser, "match-amount")).isEqualTo("1,100 円");

        type(browser, "match-order-number", "20000101000000000000001");
        click(browser, "preview-match");
        assertThat(text(browser, "messages")).as("no such order").isNotBlank();
        assertThat(browser.findElements(By.id("propose-match"))).isEmpty();

        type(browser, "match-order-number", chamber.get("mistypedOrderNumber"));
        click(browser, "preview-match");
        assertThat(text(browser, "match-outcome")).isEqualTo("決済（クーポン発行）");
        assertThat(text(browser, "match-owed")).isEqualTo("0 円");
        click(browser, "propose-match");
        assertThat(text(browser, "messages")).startsWith("申請しました");
        assertThat(browser.findElements(By.cssSelector(".unmatched-waiting"))).hasSize(1);
        openCompany(browser, chamber.get("companyNumber"));
        assertThat(text(browser, "coupon-balance")).as("not in effect before approval").isEqualTo("0");
        signOut(browser);

        approveAsTheSupervisor(browser, chamber, "menu-approvals", "approve-proposal");
        click(browser, "menu-unmatched");
        assertThat(text(browser, "unmatched-count")).isEqualTo("0");
        openCompany(browser, chamber.get("companyNumber"));
        assertThat(text(browser, "coupon-balance")).isEqualTo("1");
    }

    @Test
    void aDepositFromNoCompanyIsSentBackToItsSenderOnceAnotherSupervisorApprovedIt(WebDriver browser)
            throws Exception {
        Map<String, String> chamber = chooseTheMistypedDeposit(browser);
        assertThat(browser.findElement(By.id("return-sent-yen_input")).getAttribute("value"))
                .as("the whole deposit to start with").isEqualTo("1,100");

        retype(browser, "return-sent-yen_input", "1200");
        type(browser, "return-reference", "FURI-0001");
        click(browser, "propose-deposit-return");
        assertThat(text(browser, "messages")).as("more than was deposited").contains("1,100").doesNotContain("申請しました");

        retype(browser, "return-sent-yen_input", "660");
        type(browser, "return-reference", "FURI-0001");
        click(browser, "propose-deposit-return");
        assertThat(text(browser, "messages")).startsWith("振込人への返金を申請しました");
        assertThat(browser.findElements(By.cssSelector(".unmatched-waiting"))).as("waiting for approval").hasSize(1);
        signOut(browser);

        approveAsTheSupervisor(browser, chamber, "menu-approvals", "approve-proposal");
        click(browser, "menu-unmatched");
        assertThat(text(browser, "unmatched-count")).isEqualTo("0");
        click(browser, "menu-audit");
        assertThat(column(browser, "audit-action")).as("newest first, in the approval's transaction")
                .containsExactly("申請の承認", "振込人への返金", "振込人への返金の申請");
        assertThat(column(browser, "audit-after").get(1)).contains("RETURNED 660 yen of 1100", "FURI-0001");
    }

    /**
     * A new chamber whose company's deposit came to an account no order holds: its clerk signed in, the deposit
     * the only one waiting in 未照合入金 and chosen.
     */
    private static Map<String, String> chooseTheMistypedDeposit(WebDriver browser) throws Exception {
        Map<String, String> chamber = fixture("membership=MEMBER&mistyped=true");
        signIn(browser, chamber, "staff");
        click(browser, "menu-unmatched");
        assertThat(text(browser, "unmatched-count")).isEqualTo("1");
        assertThat(browser.findElement(By.cssSelector("#unmatched_data .unmatched-number")).getText())
                .isEqualTo(chamber.get("depositId"));
        WebElement choose = browser.findElement(By.cssSelector(".match-deposit"));
        choose.click();
        Screen.waitUntilGone(browser, choose);
        return chamber;
    }

    @Test
    void aClerkUploadsTheBanksFileASupervisorApprovesItAndWatchesTheRunPayTheOrder(WebDriver browser)
            throws Exception {
        Map<String, String> chamber = fixture("membership=MEMBER&bankOrder=true");
        long inquiry = ThreadLocalRandom.current().nextLong(1, 999_999);
        byte[] content = new ZenginWriter(true).transferNoticeHeader(chamber.get("accountNumber"))
                .transferNotice(inquiry, LocalDate.now(ZoneId.of("Asia/Tokyo")), 1_100, "ｶ)ﾃｽﾄ", false)
                .transferNoticeTrailer(1, 1_100, 0, 0).end().bytes();
        Path file = Files.createTempFile("zengin-", ".txt");
        Files.write(file, content);
        Path notAFile = Files.createTempFile("not-a-bank-file-", ".txt");
        Files.writeString(notAFile, "これは入金明細ではありません");

        signIn(browser, chamber, "staff");
        click(browser, "menu-deposits");
        browser.findElement(By.cssSelector("#upload-form input[type=file]")).sendKeys(notAFile.toString());
        click(browser, "upload-deposit-file");
        assertThat(text(browser, "messages")).contains("受け付けられませんでした");
        assertThat(browser.findElement(By.cssSelector("#files_data .file-status")).getText()).isEqualTo("受付不可");

        browser.findElement(By.cssSelector("#upload-form input[type=file]")).sendKeys(file.toString());
        click(browser, "upload-deposit-file");
        assertThat(text(browser, "messages")).contains("受け付けました");
        assertThat(browser.findElements(By.cssSelector(".file-awaiting"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector(".approve-file"))).as("a clerk, its uploader").isEmpty();
        signOut(browser);

        approveAsTheSupervisor(browser, chamber, "menu-deposits", "approve-file");

        click(browser, "start-reconciliation");
        waitFor(browser).until(driver -> text(driver, "job-status").equals("完了"));
        assertThat(Integer.parseInt(text(browser, "job-written"))).as("the run's counts, shown live").isPositive();
        assertThat(text(browser, "job-written")).isEqualTo(text(browser, "job-read"));
        WebElement link = browser.findElement(By.cssSelector("#files_data .file-link"));
        assertThat(browser.findElement(By.cssSelector("#files_data .file-status")).getText()).isEqualTo("照合済み");
        link.click();
        Screen.waitUntilGone(browser, link);
        assertThat(browser.findElements(By.cssSelector("#file-records_data .record-outcome")).stream()
                .map(WebElement::getText)).containsExactly("決済（クーポン発行）");
        openCompany(browser, chamber.get("companyNumber"));
        assertThat(text(browser, "coupon-balance")).isEqualTo("1");
    }

    @Test
    void aClerkPublishesAPriceFromTomorrowWhichIsScheduledAndNotTwiceForTheDayAndTheFormSellsAtItThen(
            WebDriver browser) throws Exception {
        Map<String, String> chamber = fixture("membership=MEMBER");
        signIn(browser, chamber, "staff");
        click(browser, "menu-prices");
        assertThat(column(browser, "prices", "price-state")).as("the standard prices").containsOnly("適用中");

        retype(browser, "price-yen_input", "1210");
        click(browser, "publish-price");
        assertThat(text(browser, "messages")).startsWith("価格を登録しました");
        List<String> states = column(browser, "prices", "price-state");
        assertThat(states).contains("予定");
        int scheduled = states.indexOf("予定");
        assertThat(column(browser, "prices", "price-yen").get(scheduled)).isEqualTo("1,210 円");
        assertThat(column(browser, "prices", "price-product").get(scheduled)).isEqualTo("クーポン 1枚");

        retype(browser, "price-yen_input", "1320");
        click(browser, "publish-price");
        assertThat(text(browser, "messages")).isEqualTo("この商品・会員区分には、同じ日から適用の価格がすでにあります。");
        assertThat(column(browser, "prices", "price-state")).filteredOn("予定"::equals).hasSize(1);
        signOut(browser);

        // the next day, the company's purchase form sells at the new price; what was sold before keeps its own
        signIn(browser, chamber, "user");
        fillPurchaseForm(browser, 1, 0, "1,100 円");
        try {
            Screen.moveClock(1);
            browser.get(WebTests.BASE_URL);
            fillPurchaseForm(browser, 1, 0, "1,210 円");
        } finally {
            Screen.moveClock(null);
        }
    }

    private static List<String> column(WebDriver browser, String table, String styleClass) {
        return browser.findElements(By.cssSelector("#" + table + "_data ." + styleClass)).stream()
                .map(WebElement::getText).toList();
    }

    @Test
    void theDashboardShowsTheChambersDayAndWhatWaitsForAClerk(WebDriver browser) throws Exception {
        // two orders placed today: one paid 900 yen too much (900 owed back), one paid to a mistyped account
        Map<String, String> chamber = fixture("membership=MEMBER&overpaid=true&mistyped=true");
        signIn(browser, chamber, "staff");
        click(browser, "menu-dashboard");
        assertThat(text(browser, "dash-placed-today")).isEqualTo("2");
        assertThat(text(browser, "dash-paid-today")).isEqualTo("1");
        assertThat(text(browser, "dash-unmatched")).isEqualTo("1");
        assertThat(text(browser, "dash-refunds-due")).isEqualTo("1");
        assertThat(text(browser, "dash-refunds-due-yen")).isEqualTo("900 円");
        assertThat(text(browser, "dash-outstanding")).as("one coupon at 1,100 yen").isEqualTo("1,100 円");
        assertThat(browser.findElements(By.cssSelector("#orders-chart canvas, canvas#orders-chart_canvas")))
                .as("the chart is drawn").isNotEmpty();
        signOut(browser);

        Map<String, String> other = fixture("membership=MEMBER");
        signIn(browser, other, "staff");
        click(browser, "menu-dashboard");
        assertThat(text(browser, "dash-placed-today")).as("another chamber's day").isEqualTo("0");
        assertThat(text(browser, "dash-outstanding")).isEqualTo("0 円");
    }

    @Test
    void theJobsPageShowsTheScheduleAndTheRunsTheChambersStaffStartedOnly(WebDriver browser) throws Exception {
        String execution = AdminApi.field(AdminApi.runToItsEnd(AdminApi.STAFF), "executionId");
        browser.get(WebTests.BASE_URL);
        signIn(browser, "2701", "osaka-staff", "demo1234");
        click(browser, "menu-jobs");
        assertThat(column(browser, "schedule", "schedule-job")).containsExactly("入金照合", "期限切れ注文の処理", "台帳の監査");
        List<String> executions = column(browser, "runs", "run-execution");
        assertThat(executions).contains(execution);
        assertThat(column(browser, "runs", "run-status").get(executions.indexOf(execution))).isEqualTo("完了");
        assertThat(browser.findElements(By.cssSelector(".restart-job"))).as("nothing failed to restart").isEmpty();
        signOut(browser);

        Map<String, String> other = fixture("membership=MEMBER");
        signIn(browser, other, "staff");
        click(browser, "menu-jobs");
        assertThat(column(browser, "runs", "run-execution")).as("another chamber's runs").doesNotContain(execution);
    }

    @Test
    void aClerkFindsAnOrderByTheCompanysNumberAndCancelsItAtTheBuyersRequest(WebDriver browser) throws Exception {
        Map<String, String> chamber = fixture("membership=MEMBER&bankOrder=true");
        signIn(browser, chamber, "staff");
        click(browser, "menu-orders");
        type(browser, "order-query", chamber.get("companyNumber"));
        click(browser, "order-search-button");
        assertThat(column(browser, "orders", "order-number")).containsExactly(chamber.get("orderNumber"));
        assertThat(column(browser, "orders", "order-status")).containsExactly("入金待ち");
        WebElement link = browser.findElement(By.cssSelector(".order-link"));
        link.click();
        Screen.waitUntilGone(browser, link);
        assertThat(text(browser, "order-number")).isEqualTo(chamber.get("orderNumber"));
        assertThat(text(browser, "order-amount")).isEqualTo("1,100 円");

        WebElement cancel = browser.findElement(By.id("cancel-order"));
        cancel.click();
        browser.switchTo().alert().accept();
        Screen.waitUntilGone(browser, cancel);
        assertThat(text(browser, "messages")).contains("キャンセルしました");
        assertThat(text(browser, "order-status")).isEqualTo("キャンセル済み");
        assertThat(browser.findElements(By.id("cancel-order"))).isEmpty();
        signOut(browser);

        Map<String, String> other = fixture("membership=MEMBER");
        signIn(browser, other, "staff");
        click(browser, "menu-orders");
        type(browser, "order-query", chamber.get("companyNumber"));
        click(browser, "order-search-button");
        assertThat(column(browser, "orders", "order-number")).as("another chamber's").isEmpty();
    }

    @Test
    void aClerkReadsTheMonthsReportAndTheUnusedBalanceAndExportsThemAndAListToCsvAndExcel(WebDriver browser)
            throws Exception {
        // one coupon bought today at 1,100 yen (and 900 yen paid too much, owed back)
        Map<String, String> chamber = fixture("membership=MEMBER&overpaid=true");
        signIn(browser, chamber, "staff");
        click(browser, "menu-reports");
        assertThat(column(browser, "month-report", "report-name")).containsExactly("月初未使用残高", "販売（購入）", "使用",
                "返却", "返金（会員区分変更）", "会議所操作（追加）", "会議所操作（削除・組戻し）", "月末未使用残高");
        assertThat(column(browser, "month-report", "report-coupons"))
                .containsExactly("0 枚", "1 枚", "0 枚", "0 枚", "0 枚", "0 枚", "0 枚", "1 枚");
        assertThat(column(browser, "month-report", "report-yen").get(7)).isEqualTo("1,100 円");
        List<String> dates = column(browser, "unused-report", "unused-date");
        assertThat(dates).hasSize(5);
        assertThat(dates.get(0)).endsWith("（本日現在）");
        assertThat(column(browser, "unused-report", "unused-yen")).containsExactly("1,100 円", "0 円", "0 円", "0 円", "0 円");
        assertThat(column(browser, "unused-report", "unused-flag")).containsOnly("以下");

        Browser.clearDownloads(browser);
        browser.findElement(By.id("export-csv")).click();
        List<String> csv = Files.readAllLines(Browser.downloaded(browser, ".csv"));
        assertThat(csv.get(0)).contains("項目").contains("枚数").contains("金額（円）");
        assertThat(csv).as("the yen as plain numbers").anySatisfy(line ->
                assertThat(line).contains("月末未使用残高").contains("1100").doesNotContain("円"));

        Browser.clearDownloads(browser);
        browser.findElement(By.id("unused-export-xlsx")).click();
        Path xlsx = Browser.downloaded(browser, ".xlsx");
        try (java.util.zip.ZipFile book = new java.util.zip.ZipFile(xlsx.toFile())) {
            assertThat(book.getEntry("xl/worksheets/sheet1.xml")).as("an Excel workbook").isNotNull();
            String strings = new String(book.getInputStream(book.getEntry("xl/sharedStrings.xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(strings).contains("未使用残高（円）").contains("本日現在");
        }

        click(browser, "menu-refunds");
        Browser.clearDownloads(browser);
        browser.findElement(By.id("export-csv")).click();
        List<String> refunds = Files.readAllLines(Browser.downloaded(browser, ".csv"));
        assertThat(refunds).as("the header and the one refund due, without its PDF column").hasSize(2);
        assertThat(refunds.get(1)).contains(chamber.get("refundOrderNumber")).contains("900");
        assertThat(refunds.get(0)).doesNotContain("返金依頼書");
        signOut(browser);

        Map<String, String> other = fixture("membership=MEMBER");
        signIn(browser, other, "staff");
        click(browser, "menu-reports");
        assertThat(column(browser, "month-report", "report-coupons").get(7)).as("another chamber's").isEqualTo("0 枚");
    }

    @Test
    void aClerkRegistersACompanyWhoseUserIdAndAnAddedSubIdSignInWithTheirInitialPasswords(WebDriver browser)
            throws Exception {
        Map<String, String> chamber = fixture("membership=MEMBER");
        String number = chamber.get("chamber") + "99" + ThreadLocalRandom.current().nextInt(1000, 10000);
        signIn(browser, chamber, "staff");
        click(browser, "menu-companies");
        click(browser, "register-company");
        type(browser, "new-number", "123");
        type(browser, "new-name-ja", "新規食品株式会社");
        type(browser, "new-name-en", "Shinki Foods Co., Ltd.");
        type(browser, "new-user-login", "shinki-user");
        type(browser, "new-user-name", "署名 太郎");
        type(browser, "new-admin-login", "shinki-admin");
        type(browser, "new-admin-name", "管理 花子");
        browser.findElement(By.id("register-company-button")).click();
        waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "10桁"));
        retype(browser, "new-number", number);
        browser.findElement(By.id("register-company-button")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("initial-passwords")));
        assertThat(column(browser, "passwords", "initial-login")).containsExactly("shinki-user", "shinki-admin");
        String userPassword = column(browser, "passwords", "initial-password").get(0);
        assertThat(userPassword).hasSize(14);

        click(browser, "registered-company");
        assertThat(text(browser, "company-number")).isEqualTo(number);
        type(browser, "account-login", "shinki-agent");
        type(browser, "account-name", "通関業者");
        type(browser, "account-principal", "shinki-user");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("account-role"))).selectByValue("SUB");
        browser.findElement(By.id("add-account")).click();
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("new-account-password")));
        String subPassword = text(browser, "new-account-password");
        waitFor(browser).until(driver -> column(driver, "users", "user-login").contains("shinki-agent"));
        signOut(browser);

        signIn(browser, chamber.get("chamber"), "shinki-user", userPassword);
        assertThat(text(browser, "signed-in-as")).contains("署名 太郎");
        assertThat(browser.findElements(By.id("password-required"))).as("an initial password must be changed first")
                .hasSize(1);
        browser.get(WebTests.BASE_URL + "coupons/purchase.xhtml");
        assertThat(browser.findElements(By.id("password-required"))).as("and nothing else is open before").hasSize(1);
        type(browser, "current-password", userPassword);
        type(browser, "new-password", "password1234");
        type(browser, "new-password-again", "password1234");
        browser.findElement(By.id("change-password-button")).click();
        waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("password-messages"),
                "よく使われて"));
        String chosen = "加古川の春は早い 2026";
        type(browser, "current-password", userPassword);
        type(browser, "new-password", chosen);
        type(browser, "new-password-again", chosen);
        browser.findElement(By.id("change-password-button")).click();
        waitFor(browser).until(ExpectedConditions.textToBePresentInElementLocated(By.id("home-messages"),
                "パスワードを変更しました"));
        browser.get(WebTests.BASE_URL + "coupons/purchase.xhtml");
        assertThat(browser.findElements(By.id("password-required"))).as("the gate is open").isEmpty();
        signOut(browser);
        signIn(browser, chamber.get("chamber"), "shinki-user", userPassword);
        assertThat(browser.findElements(By.id("sign-out"))).as("the initial password no longer signs in").isEmpty();
        signIn(browser, chamber.get("chamber"), "shinki-user", chosen);
        assertThat(browser.findElements(By.id("password-required"))).isEmpty();
        assertThat(text(browser, "user-role")).contains("署名 太郎");
        signOut(browser);
        signIn(browser, chamber.get("chamber"), "shinki-agent", subPassword);
        assertThat(text(browser, "signed-in-as")).contains("通関業者");
        assertThat(browser.findElements(By.id("password-required"))).hasSize(1);
    }

    @Test
    void aClerkProposesAMembershipChangeWithItsRefundPreviewAndItIsMadeOnceAnotherSupervisorApprovesIt(
            WebDriver browser) throws Exception {
        Map<String, String> chamber = fixture("membership=MEMBER&coupons=3");
        signIn(browser, chamber, "staff");
        openCompany(browser, chamber.get("companyNumber"));
        assertThat(text(browser, "membership-to")).isEqualTo("非会員");
        assertThat(text(browser, "membership-refund-coupons")).isEqualTo("3 枚");
        assertThat(text(browser, "membership-refund-yen")).as("three singles at 1,100 yen").isEqualTo("3,300 円");
        click(browser, "propose-membership-change");
        assertThat(text(browser, "messages")).as("a reason is required").contains("理由");
        type(browser, "membership-reason", "会員退会の届出");
        click(browser, "propose-membership-change");
        assertThat(text(browser, "messages")).contains("申請しました");
        assertThat(text(browser, "membership-change-waiting")).contains("承認待ち");
        assertThat(text(browser, "coupon-balance")).as("not in effect before approval").isEqualTo("3");
        signOut(browser);

        signIn(browser, chamber, "supervisor");
        click(browser, "menu-approvals");
        assertThat(browser.findElement(By.cssSelector(".approval-membership")).getText()).contains("非会員")
                .contains("3,300 円");
        signOut(browser);
        approveAsTheSupervisor(browser, chamber, "menu-approvals", "approve-proposal");
        openCompany(browser, chamber.get("companyNumber"));
        assertThat(text(browser, "coupon-balance")).isEqualTo("0");
        assertThat(text(browser, "company-membership")).isEqualTo("非会員");
        assertThat(text(browser, "membership-to")).as("what a change would make it now").isEqualTo("会員");
        click(browser, "menu-refunds");
        waitFor(browser).until(driver -> column(driver, "refunds", "refund-amount").contains("3,300 円"));
    }

    /** Signs in as the chamber's supervisor, approves the first thing waiting on that page, and checks it was. */
    private static void approveAsTheSupervisor(WebDriver browser, Map<String, String> chamber, String menu,
            String button) {
        signIn(browser, chamber, "supervisor");
        click(browser, menu);
        WebElement approve = browser.findElement(By.cssSelector("." + button));
        approve.click();
        Screen.waitUntilGone(browser, approve);
        assertThat(text(browser, "messages")).contains("承認しました");
    }

    /** Replaces what a PrimeFaces number field holds (its script keeps the old value through a plain clear). */
    private static void retype(WebDriver browser, String id, String value) {
        WebElement input = waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    static void openCompany(WebDriver browser, String number) {
        click(browser, "menu-companies");
        search(browser, number);
        WebElement link = browser.findElement(By.cssSelector(".company-link"));
        link.click();
        Screen.waitUntilGone(browser, link);
    }

    private static List<String> column(WebDriver browser, String styleClass) {
        return browser.findElements(By.cssSelector("#audit-log_data ." + styleClass)).stream().map(WebElement::getText)
                .toList();
    }

    private static void search(WebDriver browser, String query) {
        type(browser, "company-query", query);
        click(browser, "company-search-button");
        waitFor(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("companies")));
    }

    private static List<String> companyNumbers(WebDriver browser) {
        return browser.findElements(By.cssSelector(".company-link")).stream().map(WebElement::getText).toList();
    }
}
