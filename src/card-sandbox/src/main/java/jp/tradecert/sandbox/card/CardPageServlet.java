package jp.tradecert.sandbox.card;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * The hosted card page the buyer is sent to ({@code /card}), and its 3-D Secure step ({@code /3ds}).
 * The card number is checked (14–16 digits, brand, Luhn, expiry), then the test number's scenario is
 * played: charge and notify, decline, challenge, hang, or forget the notification.
 */
@WebServlet({"/card", "/3ds"})
public class CardPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Inject
    private SandboxPayments payments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxPayments.Payment> payment = openPayment(request, response);
        if (payment.isPresent()) {
            if (request.getServletPath().equals("/3ds")) {
                challengePage(response, payment.get(), null);
            } else {
                cardPage(response, payment.get(), null);
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        Optional<SandboxPayments.Payment> found = openPayment(request, response);
        if (found.isEmpty()) {
            return;
        }
        SandboxPayments.Payment payment = found.get();
        if (request.getServletPath().equals("/3ds")) {
            if (SandboxPayments.CHALLENGE_CODE.equals(request.getParameter("code"))) {
                payments.charge(payment, CardNumbers.Brand.VISA, "0000");
                payments.notifyMerchant(payment);
                response.sendRedirect(payments.returnUrl(payment, true));
            } else {
                payments.decline(payment);
                response.sendRedirect(payments.returnUrl(payment, false));
            }
            return;
        }
        String number = String.valueOf(request.getParameter("card_number")).strip();
        Optional<CardNumbers.Brand> brand = CardNumbers.brandOf(number);
        if (brand.isEmpty()) {
            cardPage(response, payment, "カード番号が正しくありません。半角数字14～16桁、ハイフンなしで入力してください。");
            return;
        }
        YearMonth expiry;
        try {
            expiry = YearMonth.of(Integer.parseInt(request.getParameter("year")),
                    Integer.parseInt(request.getParameter("month")));
        } catch (RuntimeException e) {
            expiry = null;
        }
        if (expiry == null || expiry.isBefore(YearMonth.now(JAPAN))) {
            cardPage(response, payment, "有効期限が正しくありません。");
            return;
        }
        Scenario scenario = Scenario.of(number);
        payment.scenario = scenario;
        switch (scenario) {
            case DECLINE -> {
                payments.decline(payment);
                response.sendRedirect(payments.returnUrl(payment, false));
            }
            case CHALLENGE -> response.sendRedirect(request.getContextPath() + "/3ds?trans_code=" + payment.transCode);
            case TIMEOUT -> {
                payments.charge(payment, brand.get(), number);
                page(response, "処理中", "<p id=\"sandbox-timeout\">ただいま処理に時間がかかっています。"
                        + "このままお待ちいただくか、しばらくしてから加盟店のサイトでご確認ください。</p>");
            }
            case LOST_NOTIFICATION -> {
                payments.charge(payment, brand.get(), number);
                response.sendRedirect(payments.returnUrl(payment, true));
            }
            case SUCCESS -> {
                payments.charge(payment, brand.get(), number);
                payments.notifyMerchant(payment);
                response.sendRedirect(payments.returnUrl(payment, true));
            }
        }
    }

    private Optional<SandboxPayments.Payment> openPayment(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Optional<SandboxPayments.Payment> payment = payments.byTransCode(request.getParameter("trans_code"));
        if (payment.isEmpty() || !payment.get().isOpen()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            page(response, "エラー", "<p id=\"sandbox-expired\">この決済は完了しているか、有効期限が切れています。</p>");
            return Optional.empty();
        }
        return payment;
    }

    private void cardPage(HttpServletResponse response, SandboxPayments.Payment payment, String error)
            throws IOException {
        // preselected: this month, the earliest expiry still valid
        int thisMonth = YearMonth.now(JAPAN).getMonthValue();
        StringBuilder months = new StringBuilder();
        for (int month = 1; month <= 12; month++) {
            months.append("<option value=\"").append(month).append(month == thisMonth ? "\" selected>" : "\">")
                    .append(month).append("</option>");
        }
        StringBuilder years = new StringBuilder();
        int thisYear = YearMonth.now(JAPAN).getYear();
        for (int year = thisYear; year <= thisYear + 10; year++) {
            years.append("<option value=\"").append(year).append("\">").append(year).append("</option>");
        }
        page(response, "クレジットカード情報の入力", """
                <p>※使用可能なクレジットカード: VISA / MasterCard / JCB / American Express / Diners Club<br>
                ※カード名義の指定はありません。</p>
                <p>商品名 <span id="item-name">%s</span> 合計金額 <span id="item-price">%s円</span></p>
                %s
                <form method="post" action="card">
                  <input type="hidden" name="trans_code" value="%s">
                  <p><label for="card-number">クレジットカード番号</label><br>
                  <input id="card-number" name="card_number" inputmode="numeric" autocomplete="cc-number"
                         maxlength="16" placeholder="例：1234567890123456"><br>
                  <small>半角数字14～16桁、ハイフンなし</small></p>
                  <p>有効期限<br>
                  <select id="card-month" name="month">%s</select> 月 /
                  <select id="card-year" name="year">%s</select> 年</p>
                  <p>以上の内容でよろしければ「決定」ボタンをクリックしてください。お支払い手続きが完了いたします。</p>
                  <button id="card-submit" type="submit">決定</button>
                  <a id="card-back" href="%s">戻る</a>
                </form>""".formatted(Html.escape(payment.itemName),
                NumberFormat.getIntegerInstance(Locale.JAPAN).format(payment.amountYen),
                error == null ? "" : "<p id=\"card-error\" class=\"error\">" + Html.escape(error) + "</p>",
                payment.transCode, months, years, Html.escape(payments.returnUrl(payment, false))));
    }

    private void challengePage(HttpServletResponse response, SandboxPayments.Payment payment, String error)
            throws IOException {
        page(response, "本人認証 (3-D Secure)", """
                <p>カード発行会社の本人認証です。ワンタイムパスワードを入力してください（サンドボックス: %s）。</p>
                <form method="post" action="3ds">
                  <input type="hidden" name="trans_code" value="%s">
                  <input id="three-ds-code" name="code" autocomplete="one-time-code">
                  <button id="three-ds-submit" type="submit">認証</button>
                </form>""".formatted(SandboxPayments.CHALLENGE_CODE, payment.transCode));
    }

    private static void page(HttpServletResponse response, String title, String body) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="ja"><head><meta charset="UTF-8"><title>%s | カード決済 (サンドボックス)</title>
                <style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto}.error{color:#b3261e}</style>
                </head><body><p><small>カード決済サンドボックス — 本番のカード会社ではありません</small></p>
                <h1>%s</h1>%s</body></html>""".formatted(title, title, body));
    }
}
