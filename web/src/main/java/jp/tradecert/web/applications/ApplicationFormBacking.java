package jp.tradecert.web.applications;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.tradecert.application.ApplicationForm;
import jp.tradecert.application.ApplicationService;
import jp.tradecert.application.ApplicationStatus;
import jp.tradecert.application.CertificateApplication;
import jp.tradecert.application.CertificateContent;
import jp.tradecert.application.CertificateType;
import jp.tradecert.application.Countries;
import jp.tradecert.application.FeePayment;
import jp.tradecert.application.GoodsLine;
import jp.tradecert.application.InvalidFieldException;
import jp.tradecert.application.ItemCategory;
import jp.tradecert.application.Region;
import jp.tradecert.ledger.InsufficientCouponsException;
import jp.tradecert.ledger.LedgerService;
import jp.tradecert.platform.BusinessException;
import jp.tradecert.web.CurrentUser;
import jp.tradecert.web.LocaleSelection;
import jp.tradecert.web.Messages;

/**
 * 証明依頼書, the request form: a new application, or a draft or held one corrected. 一時保存 keeps it
 * as a draft; 申請する saves and submits it in one step (one coupon, with coupon payment). Every value is
 * checked by the service, which names the field at fault; the message is shown there and nothing is
 * written. The form has a key of its own, so the same form sent twice (a double click) makes one
 * application and submits it once.
 */
@Named
@ViewScoped
public class ApplicationFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's field names (as the service names them) and the inputs showing them: a contract of the page. */
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("certificateType", "certificate-type"),
            Map.entry("itemCategory", "item-category"),
            Map.entry("destinationRegion", "destination-region"),
            Map.entry("destinationCountry", "destination-country"),
            Map.entry("applicantName", "applicant-company"),
            Map.entry("signerName", "applicant-signer"),
            Map.entry("exporterName", "exporter-company"),
            Map.entry("exporterContactName", "exporter-name"),
            Map.entry("consigneeName", "consignee-name"),
            Map.entry("consigneeAddress", "consignee-address"),
            Map.entry("portOfLoading", "port-of-loading"),
            Map.entry("portOfDischarge", "port-of-discharge"),
            Map.entry("vesselOrFlight", "vessel"),
            Map.entry("sailingDate", "sailing-date"),
            Map.entry("invoiceNumber", "invoice-number"),
            Map.entry("invoiceDate", "invoice-date"),
            Map.entry("originCountry", "origin-country"),
            Map.entry("payment", "payment"),
            Map.entry("goods", "goods-description"));

    /** A goods row's field names and the suffix of its inputs' ids. */
    private static final Map<String, String> GOODS_INPUTS = Map.of(
            "goodsMarks", "goods-marks",
            "goodsDescription", "goods-description",
            "goodsQuantity", "goods-quantity",
            "goodsHsCode", "goods-hs-code");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT));

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleSelection localeSelection;

    @EJB
    private ApplicationService applications;

    @EJB
    private LedgerService ledger;

    /** The application corrected, from the {@code id} parameter; null for a new one. */
    private Long applicationId;
    /** The submission 申請する makes: one more than the application has had when the form was shown. */
    private int attempt = 1;
    private boolean resubmission;
    private final String formKey = UUID.randomUUID().toString();
    private String refusalMessage;
    private long balance;
    private long feeYen;

    private CertificateType certificateType;
    private ItemCategory itemCategory;
    private String destinationRegion;
    private String destinationCountry;
    private String applicantName;
    private String signerName;
    private String exporterName;
    private String exporterContactName;
    private String consigneeName;
    private String consigneeAddress;
    private String portOfLoading;
    private String portOfDischarge;
    private String vesselOrFlight;
    private String sailingDate;
    private String invoiceNumber;
    private String invoiceDate;
    private String originCountry;
    private FeePayment payment;
    private boolean paymentFixed;
    private boolean noCouponLeft;
    private final List<GoodsRow> goods = new ArrayList<>(List.of(new GoodsRow()));

    /** The view action: a new form prefilled from the signed-in user, or the application to correct. */
    public String load() {
        try {
            feeYen = applications.feeFor(currentUser.get());
            balance = ledger.walletOf(currentUser.get().companyId()).getBalance();
            if (applicationId == null) {
                prefill();
                return null;
            }
            CertificateApplication application = applications.get(currentUser.get(), applicationId);
            if (application.getStatus() != ApplicationStatus.DRAFT && application.getStatus() != ApplicationStatus.ON_HOLD) {
                // nothing to correct any more: the application's page says where it stands
                return ApplicationBacking.pageOf(applicationId);
            }
            fillFrom(application);
        } catch (BusinessException e) {
            refusalMessage = Messages.text(e.messageKey(), e.arguments());
        }
        return null;
    }

    private void prefill() {
        String company = currentUser.getCompanyName();
        applicantName = company;
        exporterName = company;
        signerName = currentUser.getDisplayName();
        exporterContactName = currentUser.getDisplayName();
        certificateType = CertificateType.ORIGIN_JAPANESE;
        originCountry = "JP";
    }

    private void fillFrom(CertificateApplication application) {
        ApplicationForm form = application.getForm();
        attempt = application.getSubmissions() + 1;
        resubmission = application.getSubmissions() > 0;
        paymentFixed = resubmission;
        certificateType = form.certificateType();
        itemCategory = form.itemCategory();
        destinationRegion = form.destinationRegion();
        destinationCountry = form.destinationCountry();
        applicantName = form.applicantName();
        signerName = form.signerName();
        exporterName = form.exporterName();
        exporterContactName = form.exporterContactName();
        payment = form.payment();
        CertificateContent content = form.content();
        consigneeName = content.consigneeName();
        consigneeAddress = content.consigneeAddress();
        portOfLoading = content.portOfLoading();
        portOfDischarge = content.portOfDischarge();
        vesselOrFlight = content.vesselOrFlight();
        sailingDate = content.sailingDate() == null ? null : content.sailingDate().toString();
        invoiceNumber = content.invoiceNumber();
        invoiceDate = content.invoiceDate() == null ? null : content.invoiceDate().toString();
        originCountry = content.originCountry();
        goods.clear();
        content.goods().forEach(line -> goods.add(new GoodsRow(line)));
        if (goods.isEmpty()) {
            goods.add(new GoodsRow());
        }
    }

    // --- actions ---

    /** 一時保存: keeps the form as a draft (or the held application, corrected) and shows its page. */
    public synchronized String saveDraft() {
        Optional<ApplicationForm> form = checkedForm();
        if (form.isEmpty()) {
            return null;
        }
        try {
            CertificateApplication application = applicationId == null
                    ? applications.createDraft(currentUser.get(), formKey, form.get())
                    : applications.edit(currentUser.get(), applicationId, form.get());
            applicationId = application.getId();
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, "application.saved");
            return ApplicationBacking.pageOf(application.getId());
        } catch (InvalidFieldException e) {
            fieldError(INPUTS.getOrDefault(e.field(), "payment"), e);
        } catch (BusinessException e) {
            Messages.error(e);
        } catch (EJBException e) {
            return alreadyMade(e);
        }
        return null;
    }

    /** 申請する: saves and submits; the application's page shows its receipt number. */
    public synchronized String submit() {
        Optional<ApplicationForm> form = checkedForm();
        if (form.isEmpty()) {
            return null;
        }
        if (form.get().payment() == FeePayment.COUPON && balance < 1) {
            noCoupon();
            return null;
        }
        try {
            CertificateApplication application = applications.submitForm(currentUser.get(), applicationId, formKey,
                    attempt, form.get());
            applicationId = application.getId();
            Messages.afterRedirect(FacesMessage.SEVERITY_INFO, "application.submitted",
                    String.valueOf(application.getReceiptNumber()));
            return ApplicationBacking.pageOf(application.getId());
        } catch (InsufficientCouponsException e) {
            balance = ledger.walletOf(currentUser.get().companyId()).getBalance();
            noCoupon();
        } catch (InvalidFieldException e) {
            fieldError(INPUTS.getOrDefault(e.field(), "payment"), e);
        } catch (BusinessException e) {
            Messages.error(e);
        } catch (EJBException e) {
            return alreadyMade(e);
        }
        return null;
    }

    /**
     * The same form sent twice at once (two tabs of one form, a double click faster than the first
     * answer): the second request's new application is refused by the database; the first one's is shown.
     */
    private String alreadyMade(EJBException e) {
        Optional<CertificateApplication> made = applications.madeFrom(currentUser.get(), formKey);
        if (made.isEmpty()) {
            throw e;
        }
        return ApplicationBacking.pageOf(made.get().getId());
    }

    /** Coupon payment without a coupon: said at the radio, with the way to buy one beside it (on the page). */
    private void noCoupon() {
        noCouponLeft = true;
        Messages.atField("payment", "application.noCoupon");
    }

    public void addGoodsRow() {
        if (goods.size() < CertificateContent.MAX_GOODS_LINES) {
            goods.add(new GoodsRow());
        }
    }

    /** Removes a row after the first (a form has at least one). */
    public void removeGoodsRow(int moreIndex) {
        if (moreIndex >= 0 && moreIndex + 1 < goods.size()) {
            goods.remove(moreIndex + 1);
        }
    }

    /** The region changed: the country list follows, and a country of another region is dropped. */
    public void regionChanged() {
        if (destinationCountry != null && (destinationRegion == null
                || !Countries.isKnown(destinationCountry)
                || !Countries.regionOf(destinationCountry).name().equals(destinationRegion))) {
            destinationCountry = null;
        }
    }

    /** The type changed: a certificate of Japanese origin certifies Japan. */
    public void typeChanged() {
        if (certificateType == CertificateType.ORIGIN_JAPANESE) {
            originCountry = "JP";
        }
    }

    /** The form as the service takes it, or empty with a message at each field at fault. */
    private Optional<ApplicationForm> checkedForm() {
        boolean valid = true;
        payment = paymentFixed ? payment : chosenPayment();
        if (payment == null) {
            fieldError("payment", "application.paymentRequired");
            valid = false;
        }
        LocalDate sailing = date(sailingDate, "sailing-date");
        LocalDate invoice = date(invoiceDate, "invoice-date");
        valid &= sailing != null || sailingDate == null;
        valid &= invoice != null || invoiceDate == null;
        List<GoodsLine> lines = new ArrayList<>();
        for (int i = 0; i < goods.size(); i++) {
            GoodsRow row = goods.get(i);
            try {
                lines.add(CertificateContent.goodsLine(row.getMarks(), row.getDescription(), row.getQuantity(),
                        row.getHsCode()));
            } catch (InvalidFieldException e) {
                fieldError(goodsInput(i, GOODS_INPUTS.getOrDefault(e.field(), "goods-description")), e);
                valid = false;
            }
        }
        if (!valid) {
            return Optional.empty();
        }
        try {
            String origin = certificateType == CertificateType.ORIGIN_JAPANESE ? "JP" : originCountry;
            CertificateContent content = new CertificateContent(consigneeName, consigneeAddress, portOfLoading,
                    portOfDischarge, vesselOrFlight, sailing, invoiceNumber, invoice, origin, lines);
            return Optional.of(new ApplicationForm(certificateType, itemCategory, destinationRegion,
                    destinationCountry, applicantName, signerName, exporterName, exporterContactName, payment,
                    content));
        } catch (InvalidFieldException e) {
            fieldError(INPUTS.getOrDefault(e.field(), "payment"), e);
            return Optional.empty();
        }
    }

    /** The payment radio's value: plain radios (their ids are a contract), read from the request. */
    private static FeePayment chosenPayment() {
        String chosen = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("payment");
        return Arrays.stream(FeePayment.values()).filter(method -> method.name().equals(chosen)).findFirst()
                .orElse(null);
    }

    /** A date as typed (2026-12-02 or 2026/12/02), or null with a message at the field if it is no real date. */
    private static LocalDate date(String text, String input) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // the next accepted form
            }
        }
        fieldError(input, "application.badDate");
        return null;
    }

    /**
     * The client id of an input of goods row {@code index}: the first row's are the plain ids (a contract:
     * {@code goods-description}), the further rows' are in the repeat {@code more-goods}.
     */
    static String goodsInput(int index, String input) {
        return index == 0 ? input : "more-goods:" + (index - 1) + ":" + input;
    }

    /** The field's message, which names the field ({0}) before the refusal's own values. */
    private static void fieldError(String clientId, InvalidFieldException e) {
        Object[] arguments = new Object[e.arguments().length + 1];
        arguments[0] = Messages.text("application.field." + e.field());
        System.arraycopy(e.arguments(), 0, arguments, 1, e.arguments().length);
        Messages.atField(clientId, e.messageKey(), arguments);
    }

    private static void fieldError(String clientId, String key) {
        Messages.atField(clientId, key);
    }

    // --- what the page offers ---

    public List<SelectItem> getCertificateTypes() {
        return Arrays.stream(CertificateType.values())
                .map(type -> new SelectItem(type, Messages.text("CertificateType." + type.name()))).toList();
    }

    public List<SelectItem> getItemCategories() {
        return Arrays.stream(ItemCategory.values())
                .map(category -> new SelectItem(category, Messages.text("ItemCategory." + category.name()))).toList();
    }

    public List<SelectItem> getRegions() {
        return Arrays.stream(Region.values())
                .map(region -> new SelectItem(region.name(), region.displayName(localeSelection.getLocale())))
                .toList();
    }

    /** The countries of the chosen region, by their names in the user's language. */
    public List<SelectItem> getDestinationCountries() {
        if (destinationRegion == null) {
            return List.of();
        }
        return CountryChoices.in(Region.valueOf(destinationRegion), localeSelection.getLocale());
    }

    /** Every country, grouped by region (the origin of foreign goods). */
    public List<SelectItem> getOriginCountries() {
        return CountryChoices.byRegion(localeSelection.getLocale());
    }

    public String getJapanName() {
        return CountryChoices.name("JP", localeSelection.getLocale());
    }

    public boolean isOriginJapanese() {
        return certificateType == CertificateType.ORIGIN_JAPANESE;
    }

    public boolean isRefused() {
        return refusalMessage != null;
    }

    public String getRefusalMessage() {
        return refusalMessage;
    }

    public boolean isEditing() {
        return applicationId != null;
    }

    public boolean isResubmission() {
        return resubmission;
    }

    /** 申請する was refused for want of a coupon: the page links to クーポン購入. */
    public boolean isNoCouponLeft() {
        return noCouponLeft;
    }

    public boolean isPaymentFixed() {
        return paymentFixed;
    }

    public long getBalance() {
        return balance;
    }

    public long getFeeYen() {
        return feeYen;
    }

    public boolean isCoupon() {
        return shownPayment() == FeePayment.COUPON;
    }

    public boolean isCard() {
        return shownPayment() == FeePayment.CARD;
    }

    /**
     * The radio to show checked: what the user chose in the request being answered (kept when a
     * field's check sends the form back before the choice is read), else the one saved.
     */
    private FeePayment shownPayment() {
        if (paymentFixed || !FacesContext.getCurrentInstance().isPostback()) {
            return payment;
        }
        FeePayment chosen = chosenPayment();
        return chosen != null ? chosen : payment;
    }

    public FeePayment getPayment() {
        return payment;
    }

    public String getPaymentName() {
        return payment == null ? "" : Messages.text("FeePayment." + payment.name());
    }

    public GoodsRow getFirstGoodsRow() {
        return goods.get(0);
    }

    /** The goods rows after the first. */
    public List<GoodsRow> getMoreGoods() {
        return goods.subList(1, goods.size());
    }

    // --- the fields ---

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public CertificateType getCertificateType() {
        return certificateType;
    }

    public void setCertificateType(CertificateType certificateType) {
        this.certificateType = certificateType;
    }

    public ItemCategory getItemCategory() {
        return itemCategory;
    }

    public void setItemCategory(ItemCategory itemCategory) {
        this.itemCategory = itemCategory;
    }

    public String getDestinationRegion() {
        return destinationRegion;
    }

    public void setDestinationRegion(String destinationRegion) {
        this.destinationRegion = destinationRegion;
    }

    public String getDestinationCountry() {
        return destinationCountry;
    }

    public void setDestinationCountry(String destinationCountry) {
        this.destinationCountry = destinationCountry;
    }

    public String getApplicantName() {
        return applicantName;
    }

    public void setApplicantName(String applicantName) {
        this.applicantName = applicantName;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public String getExporterName() {
        return exporterName;
    }

    public void setExporterName(String exporterName) {
        this.exporterName = exporterName;
    }

    public String getExporterContactName() {
        return exporterContactName;
    }

    public void setExporterContactName(String exporterContactName) {
        this.exporterContactName = exporterContactName;
    }

    public String getConsigneeName() {
        return consigneeName;
    }

    public void setConsigneeName(String consigneeName) {
        this.consigneeName = consigneeName;
    }

    public String getConsigneeAddress() {
        return consigneeAddress;
    }

    public void setConsigneeAddress(String consigneeAddress) {
        this.consigneeAddress = consigneeAddress;
    }

    public String getPortOfLoading() {
        return portOfLoading;
    }

    public void setPortOfLoading(String portOfLoading) {
        this.portOfLoading = portOfLoading;
    }

    public String getPortOfDischarge() {
        return portOfDischarge;
    }

    public void setPortOfDischarge(String portOfDischarge) {
        this.portOfDischarge = portOfDischarge;
    }

    public String getVesselOrFlight() {
        return vesselOrFlight;
    }

    public void setVesselOrFlight(String vesselOrFlight) {
        this.vesselOrFlight = vesselOrFlight;
    }

    public String getSailingDate() {
        return sailingDate;
    }

    public void setSailingDate(String sailingDate) {
        this.sailingDate = sailingDate;
    }

    public String getInvoiceNumber() {
        return invoiceNumber;
    }

    public void setInvoiceNumber(String invoiceNumber) {
        this.invoiceNumber = invoiceNumber;
    }

    public String getInvoiceDate() {
        return invoiceDate;
    }

    public void setInvoiceDate(String invoiceDate) {
        this.invoiceDate = invoiceDate;
    }

    public String getOriginCountry() {
        return originCountry;
    }

    public void setOriginCountry(String originCountry) {
        this.originCountry = originCountry;
    }
}
