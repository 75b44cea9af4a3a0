package jp.tradecert.it;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import jp.tradecert.account.Chamber;
import jp.tradecert.account.Company;
import jp.tradecert.account.Membership;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.catalog.Product;
import jp.tradecert.deposit.AppliedDeposit;
import jp.tradecert.deposit.Deposit;
import jp.tradecert.deposit.DepositFormat;
import jp.tradecert.deposit.DepositService;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.ledger.RefundDue;
import jp.tradecert.purchase.MailRequest;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseRequest;
import jp.tradecert.purchase.PurchaseService;

/**
 * For browser tests, which run outside the server: {@code POST /it/fixtures/company?membership=MEMBER}
 * creates a new chamber (with prices, a pool of one-time accounts, a clerk and a supervisor) and a company with
 * a user ID, a sub ID and a company admin ID, and answers their logins as {@code key=value} lines; with
 * {@code &bankOrder=true} the user ID has also placed a bank-transfer order for one coupon
 * ({@code orderNumber}, {@code accountNumber}); with {@code &coupons=N} it has bought and been issued N
 * single coupons (paid by card); with {@code &overpaid=true} it has paid a one-coupon bank order 900 yen too much
 * (mail asked for), so that 900 yen are owed back ({@code refundId}, {@code refundOrderNumber}); with
 * {@code &mistyped=true} it has placed a one-coupon bank order whose amount came to an account of the chamber's
 * range that no order holds ({@code mistypedOrderNumber}, {@code depositId}: unmatched). Deployed only with the tests
 * ({@link Deployments#withTests}), never with the application.
 */
@WebServlet("/fixtures/company")
public class FixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private TestData data;

    @EJB
    private PurchaseService purchases;

    @Inject
    private Wallets wallets;

    @EJB
    private LedgerService ledger;

    @EJB
    private DepositService deposits;

    @Inject
    private Clock clock;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Membership membership = Membership.valueOf(request.getParameter("membership"));
        Chamber chamber = data.chamber();
        Company company = data.company(chamber, membership);
        SignedInUser user = data.userId(company, "署名者 " + company.getId());
        SignedInUser sub = data.subId(user);
        SignedInUser admin = data.companyAdmin(company);
        SignedInUser staff = data.staff(chamber);
        SignedInUser supervisor = data.supervisor(chamber);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().printf("chamber=%s%nuser=%s%nuserName=%s%nsub=%s%nadmin=%s%nstaff=%s%nsupervisor=%s%n"
                        + "companyNumber=%s%npassword=%s%n",
                chamber.getCode().value(), user.loginId(), user.displayName(), sub.loginId(), admin.loginId(),
                staff.loginId(), supervisor.loginId(), company.getTradeRegistrationNumber().value(), TestData.PASSWORD);
        String coupons = request.getParameter("coupons");
        if (coupons != null) {
            wallets.buy(user, Integer.parseInt(coupons), 0);
        }
        if (Boolean.parseBoolean(request.getParameter("overpaid"))) {
            PurchaseOrder order = purchases.placeOrder(user, new PurchaseRequest(Map.of(Product.SINGLE, 1),
                    PaymentMethod.BANK_TRANSFER, MailRequest.to("buyer-" + company.getId() + "@example.jp")));
            purchases.settle(order.getId(), order.getTotalYen() + 900, LocalDate.now(clock));
            RefundDue refund = ledger.refundsOf(company.getId()).get(0);
            response.getWriter().printf("refundId=%d%nrefundOrderNumber=%s%n", refund.getId(),
                    order.getOrderNumber().value());
        }
        if (Boolean.parseBoolean(request.getParameter("mistyped"))) {
            PurchaseOrder order = purchases.placeOrder(user, new PurchaseRequest(Map.of(Product.SINGLE, 1),
                    PaymentMethod.BANK_TRANSFER, MailRequest.NONE));
            String unused = String.valueOf(Integer.parseInt(chamber.getCode().value()) * 1_000 + TestData.POOL_SIZE - 1);
            LocalDate today = LocalDate.now(clock);
            AppliedDeposit deposit = deposits.apply(new Deposit(DepositFormat.ZENGIN_TRANSFER_NOTICE, 1,
                    "zengin:0310-101-" + unused + ":" + today + ":" + System.nanoTime(), "0310", "101", unused,
                    order.getTotalYen(), today, today, "ｶ)ﾃｽﾄﾎﾞｳｴｷ", false));
            response.getWriter().printf("mistypedOrderNumber=%s%ndepositId=%d%n", order.getOrderNumber().value(),
                    deposit.getId());
        }
        if (Boolean.parseBoolean(request.getParameter("bankOrder"))) {
            PurchaseOrder order = purchases.placeOrder(user, new PurchaseRequest(Map.of(Product.SINGLE, 1),
                    PaymentMethod.BANK_TRANSFER, MailRequest.NONE));
            response.getWriter().printf("orderNumber=%s%naccountNumber=%s%n", order.getOrderNumber().value(),
                    purchases.accountOf(order).orElseThrow().number());
        }
    }
}
