package jp.tradecert.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import jp.tradecert.account.AccountService;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.account.UserAccount;
import jp.tradecert.application.ApplicationFilter;
import jp.tradecert.application.ApplicationForm;
import jp.tradecert.application.ApplicationLists;
import jp.tradecert.application.ApplicationService;
import jp.tradecert.application.CertificateContent;
import jp.tradecert.application.CertificateType;
import jp.tradecert.application.Countries;
import jp.tradecert.application.FeePayment;
import jp.tradecert.application.ItemCategory;
import jp.tradecert.catalog.Product;
import jp.tradecert.purchase.MailRequest;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseRequest;
import jp.tradecert.purchase.PurchaseService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo company's coupons (ten, bought by card) and a few applications in different states, so that
 * a newcomer sees the lists filled: a draft, one submitted, one put on hold with a reason, one issued.
 * Loaded after {@link DemoData} has committed the accounts, each step in a transaction of its own as a
 * user's would be, and only while the company has no application.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class DemoApplications {

    private static final Logger LOG = Logger.getLogger(DemoApplications.class.getName());

    @Inject
    @ConfigProperty(name = "coupons.demo-data", defaultValue = "false")
    private boolean enabled;

    @EJB
    private AccountService accounts;

    @EJB
    private PurchaseService purchases;

    @EJB
    private ApplicationService applications;

    @EJB
    private ApplicationLists lists;

    @Inject
    private Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void loadOnce() {
        if (!enabled) {
            return;
        }
        SignedInUser signer = accounts.getSignedInUser(UserAccount.principalName(DemoData.OSAKA, "kakogawa-user"));
        if (lists.count(signer, ApplicationFilter.NONE) > 0) {
            return;
        }
        SignedInUser staff = accounts.getSignedInUser(UserAccount.principalName(DemoData.OSAKA, "osaka-staff"));
        PurchaseOrder order = purchases.placeOrder(signer, new PurchaseRequest(Map.of(Product.SINGLE, 10),
                PaymentMethod.CARD, MailRequest.NONE));
        purchases.settle(order.getId(), order.getTotalYen(), LocalDate.now(clock));

        long issued = applications.createDraft(signer,
                demoForm("US", "PACIFIC GOURMET INC.", "KNF-2026-0401")).getId();
        applications.submit(signer, issued, 1);
        applications.approve(staff, issued);
        long held = applications.createDraft(signer,
                demoForm("VN", "SAIGON IMPORT CO., LTD.", "KNF-2026-0420")).getId();
        applications.submit(signer, held, 1);
        applications.putOnHold(staff, held, 1,
                "インボイス番号が添付のインボイスと一致しません。ご確認のうえ修正し、再申請してください。");
        long submitted = applications.createDraft(signer,
                demoForm("KE", "NAIROBI FINE FOODS LTD.", "KNF-2026-0418")).getId();
        applications.submit(signer, submitted, 1);
        applications.createDraft(signer, demoForm("SN", "DAKAR TRADING SARL", "KNF-2026-0425"));
        // approved, its fee to pay by card (カード決済 on its page, with the sandbox's cards)
        long byCard = applications.createDraft(signer,
                demoForm("TH", "BANGKOK FOOD SUPPLY CO., LTD.", "KNF-2026-0427", FeePayment.CARD)).getId();
        applications.submit(signer, byCard, 1);
        applications.approve(staff, byCard);
        LOG.info("Demo applications loaded");
    }

    private ApplicationForm demoForm(String country, String consignee, String invoice) {
        return demoForm(country, consignee, invoice, FeePayment.COUPON);
    }

    private ApplicationForm demoForm(String country, String consignee, String invoice, FeePayment payment) {
        LocalDate today = LocalDate.now(clock);
        CertificateContent content = new CertificateContent(consignee, "1 EXAMPLE AVENUE\n" + country,
                "KOBE, JAPAN", "PORT OF " + country, "EXAMPLE MARU V.12", today.plusDays(7), invoice, today, "JP",
                List.of(CertificateContent.goodsLine("KNF\nNO.1-20", "20 CARTONS OF DRIED SEAWEED", "400 KG",
                        "2008.99")));
        return new ApplicationForm(CertificateType.ORIGIN_JAPANESE, ItemCategory.FOOD,
                Countries.regionOf(country).name(), country, "Kakogawa Natural Foods", "Carl Friedrich Zeiss",
                "Kakogawa Natural Foods", "Carl Friedrich Zeiss", payment, content);
    }
}
