package jp.tradecert.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.util.Map;
import jp.tradecert.account.Company;
import jp.tradecert.account.Membership;
import jp.tradecert.account.SignedInUser;
import jp.tradecert.catalog.Product;
import jp.tradecert.document.Pdf;
import jp.tradecert.it.Deployments;
import jp.tradecert.it.IntegrationTest;
import jp.tradecert.it.TestData;
import jp.tradecert.it.Wallets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An order's PDFs are printed for the users of the company that placed it, and only while they apply. */
@IntegrationTest
class PurchaseDocumentsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(PurchaseDocumentsIT.class);
    }

    @EJB
    private PurchaseDocuments documents;

    @EJB
    private PurchaseService purchases;

    @Inject
    private TestData data;

    @Inject
    private Wallets wallets;

    private Company company;
    private SignedInUser buyer;

    @BeforeEach
    void aMemberCompanyWithASigner() {
        company = data.company();
        buyer = data.userId(company);
    }

    @Test
    void aTransferRequestIsForTheCompanysUsersOnlyAndOnlyWhileTheTransferIsAwaited() {
        PurchaseOrder order = purchases.placeOrder(buyer, new PurchaseRequest(
                Map.of(Product.SINGLE, 1, Product.BOOKLET_30, 2), PaymentMethod.BANK_TRANSFER, MailRequest.NONE));

        Pdf pdf = documents.transferRequest(data.subId(buyer), order.getId());
        assertThat(pdf.fileName()).isEqualTo("transfer-request-" + order.getOrderNumber().value() + ".pdf");
        assertThat(new String(pdf.content(), 0, 5)).isEqualTo("%PDF-");

        SignedInUser stranger = data.userId(data.company(company.getChamber(), Membership.MEMBER));
        assertThatThrownBy(() -> documents.transferRequest(stranger, order.getId()))
                .isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> documents.cardStatement(buyer, order.getId()))
                .isInstanceOf(DocumentNotAvailableException.class);

        purchases.cancel(buyer, order.getId());
        assertThatThrownBy(() -> documents.transferRequest(buyer, order.getId()))
                .isInstanceOf(DocumentNotAvailableException.class);
    }

    @Test
    void aCardStatementIsPrintedOnceTheCardOrderIsPaid() {
        PurchaseOrder order = wallets.buy(buyer, 1, 0);

        assertThat(documents.cardStatement(buyer, order.getId()).fileName())
                .isEqualTo("card-statement-" + order.getOrderNumber().value() + ".pdf");
        SignedInUser stranger = data.userId(data.company());
        assertThatThrownBy(() -> documents.cardStatement(stranger, order.getId()))
                .isInstanceOf(OrderNotFoundException.class);
    }
}
