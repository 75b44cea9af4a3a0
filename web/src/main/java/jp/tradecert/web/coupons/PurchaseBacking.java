package jp.tradecert.web.coupons;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.tradecert.catalog.Product;
import jp.tradecert.payment.card.CardPaymentNotStartedException;
import jp.tradecert.payment.card.CardPayments;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.purchase.InvalidMailAddressException;
import jp.tradecert.purchase.InvalidQuantityException;
import jp.tradecert.purchase.MailRequest;
import jp.tradecert.purchase.OpenOrderExistsException;
import jp.tradecert.purchase.PaymentMethod;
import jp.tradecert.purchase.ProductOffer;
import jp.tradecert.purchase.PurchaseOffer;
import jp.tradecert.purchase.PurchaseOrder;
import jp.tradecert.purchase.PurchaseRequest;
import jp.tradecert.purchase.PurchaseService;
import jp.tradecert.purchase.QuantityText;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.Messages;

/**
 * Buying coupons, in the manual's three steps on one page: the terms (注意事項, 同意して続ける), the
 * form (a quantity per product, recalculated as it is typed; mail; 銀行振込 or クレジットカード), and the
 * confirmation (購入確定). Nothing is stored before 購入確定; the service checks everything again
 * then, so a stale page cannot buy at an old price or past the one-open-order rule.
 */
@Named
@ViewScoped
public class PurchaseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where the buyer is. */
    public enum Step {
        TERMS, FORM, CONFIRM
    }

    /** The input of each product's quantity, by product code: ids the screen and its tests rely on. */
    private static final Map<String, String> QUANTITY_INPUTS = Map.of(
            Product.SINGLE, "qty-single",
            Product.BOOKLET_30, "qty-booklet");

    @Inject
    private CurrentUser currentUser;

    @EJB
    private PurchaseService purchases;

    @EJB
    private CardPayments cardPayments;

    private PurchaseOffer offer;
    private BusinessException refusal;
    private Step step = Step.TERMS;
    private final Map<String, String> quantityTexts = new LinkedHashMap<>();
    private boolean mailRequested;
    private String mailAddress;
    private PaymentMethod method;
    private Long placedOrderId;

    @PostConstruct
    void load() {
        try {
            offer = purchases.offerFor(currentUser.get());
        } catch (BusinessException e) {
            // a company admin ID, or an expired trade registration
            refusal = e;
            return;
        }
        offer.products().forEach(product -> quantityTexts.put(product.code(), "0"));
        mailAddress = currentUser.get().email();
        mailRequested = mailAddress != null;
    }

    // --- steps ---

    public String agree() {
        step = Step.FORM;
        return null;
    }

    public String backToTerms() {
        step = Step.TERMS;
        return null;
    }

    public String buyByBankTransfer() {
        return toConfirmation(PaymentMethod.BANK_TRANSFER);
    }

    public String buyByCard() {
        return toConfirmation(PaymentMethod.CARD);
    }

    public String backToForm() {
        step = Step.FORM;
        return null;
    }

    /**
     * 購入確定: places the order; a bank transfer goes on to its order page with the one-time account, a
     * card payment to the provider's page.
     */
    public String confirm() {
        if (placedOrderId != null) {
            // a second click on 購入確定 of the same page: the order it placed, not a refusal
            return orderPage(placedOrderId);
        }
        try {
            PurchaseOrder order = purchases.placeOrder(currentUser.get(), request(method));
            placedOrderId = order.getId();
            if (order.getPaymentMethod() == PaymentMethod.CARD) {
                // on to the provider's page; the buyer comes back to /card/return
                FacesContext faces = FacesContext.getCurrentInstance();
                faces.getExternalContext().redirect(cardPayments.paymentPage(currentUser.get(), order.getId())
                        .toString());
                faces.responseComplete();
                return null;
            }
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, "purchase.placed", order.getOrderNumber().value());
            return orderPage(order.getId());
        } catch (CardPaymentNotStartedException e) {
            // the order was closed as failed: the buyer may simply try again
            placedOrderId = null;
            offer = purchases.offerFor(currentUser.get());
            step = Step.FORM;
            Messages.error(e);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OpenOrderExistsException e) {
            offer = purchases.offerFor(currentUser.get());
            Messages.error(e);
            return null;
        } catch (InvalidQuantityException | InvalidMailAddressException e) {
            // the rules changed since the form was checked (e.g. a new limit): back to the form
            step = Step.FORM;
            refuse(e);
            return null;
        } catch (BusinessException e) {
            Messages.error(e);
            return null;
        }
    }

    /** As a quantity is typed: its amount and the totals follow (the page updates), or its error shows. */
    public void recalculate(String productCode) {
        try {
            QuantityText.parse(quantityTexts.get(productCode));
        } catch (InvalidQuantityException e) {
            fieldError(inputOf(productCode), e);
        }
    }

    private String toConfirmation(PaymentMethod chosen) {
        Optional<PurchaseRequest> request = checkedRequest(chosen);
        if (request.isPresent()) {
            method = chosen;
            step = Step.CONFIRM;
        }
        return null;
    }

    /** The form's request if it passes every check, else empty with a message at each field at fault. */
    private Optional<PurchaseRequest> checkedRequest(PaymentMethod chosen) {
        boolean valid = true;
        for (ProductOffer product : offer.products()) {
            try {
                QuantityText.parse(quantityTexts.get(product.code()));
            } catch (InvalidQuantityException e) {
                fieldError(inputOf(product.code()), e);
                valid = false;
            }
        }
        if (!valid) {
            return Optional.empty();
        }
        try {
            PurchaseRequest request = request(chosen);
            purchases.check(currentUser.get(), request);
            return Optional.of(request);
        } catch (InvalidQuantityException | InvalidMailAddressException e) {
            refuse(e);
        } catch (BusinessException e) {
            Messages.error(e);
        }
        return Optional.empty();
    }

    private PurchaseRequest request(PaymentMethod chosen) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        offer.products().forEach(product -> quantities.put(product.code(),
                QuantityText.parse(quantityTexts.get(product.code()))));
        MailRequest mail = mailRequested ? MailRequest.to(mailAddress) : MailRequest.NONE;
        return new PurchaseRequest(quantities, chosen, mail);
    }

    /** A refused quantity or address, shown at the field it is about. */
    private void refuse(BusinessException e) {
        if (e instanceof InvalidMailAddressException) {
            fieldError("mail-address", e);
            return;
        }
        InvalidQuantityException problem = (InvalidQuantityException) e;
        String field = switch (problem.problem()) {
            case TOO_MANY_BOOKLETS -> inputOf(Product.BOOKLET_30);
            case TOO_MANY_COUPONS, NOTHING_ORDERED -> "total-coupons";
            default -> inputOf(offer.products().get(0).code());
        };
        fieldError(field, e);
    }

    private static void fieldError(String clientId, BusinessException e) {
        Messages.atField(clientId, e.messageKey(), e.arguments());
    }

    private static String inputOf(String productCode) {
        return QUANTITY_INPUTS.getOrDefault(productCode, "qty-" + productCode.toLowerCase());
    }

    private static String orderPage(long orderId) {
        return "/coupons/order?faces-redirect=true&order=" + orderId;
    }

    // --- what the page shows ---

    public boolean isRefused() {
        return refusal != null;
    }

    public String getRefusalMessage() {
        return refusal == null ? null : Messages.text(refusal.messageKey(), refusal.arguments());
    }

    public Step getStep() {
        return step;
    }

    public PurchaseOffer getOffer() {
        return offer;
    }

    public ProductOffer getSingle() {
        return offer.product(Product.SINGLE).orElse(null);
    }

    /** Null where the tier has no booklet (non-members): the form has no booklet row then. */
    public ProductOffer getBooklet() {
        return offer.product(Product.BOOKLET_30).orElse(null);
    }

    public Map<String, String> getQuantities() {
        return quantityTexts;
    }

    /** The quantity typed for a product, or null while it is not a quantity. */
    public Integer quantityOf(String code) {
        try {
            return QuantityText.parse(quantityTexts.get(code));
        } catch (InvalidQuantityException e) {
            return null;
        }
    }

    /** A row's amount, or null while its quantity is not one. */
    public Long amountOf(String code) {
        Integer quantity = quantityOf(code);
        return quantity == null ? null : offer.product(code).map(product -> product.amountOf(quantity)).orElse(null);
    }

    /** The totals, or null while a quantity is not one. */
    public Long getTotalCoupons() {
        return parsedQuantities().map(offer::couponsOf).orElse(null);
    }

    public Long getTotalYen() {
        return parsedQuantities().map(offer::amountOf).orElse(null);
    }

    private Optional<Map<String, Integer>> parsedQuantities() {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (ProductOffer product : offer.products()) {
            Integer quantity = quantityOf(product.code());
            if (quantity == null) {
                return Optional.empty();
            }
            quantities.put(product.code(), quantity);
        }
        return Optional.of(quantities);
    }

    public boolean isMailRequested() {
        return mailRequested;
    }

    public void setMailRequested(boolean mailRequested) {
        this.mailRequested = mailRequested;
    }

    public String getMailAddress() {
        return mailAddress;
    }

    public void setMailAddress(String mailAddress) {
        this.mailAddress = mailAddress;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getMethodName() {
        return method == null ? "" : Messages.text("PaymentMethod." + method.name());
    }

    public boolean isBankTransfer() {
        return method == PaymentMethod.BANK_TRANSFER;
    }
}
