package jp.tradecert.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.util.Locale;

/** Something a company can buy: so many coupons, under one tax category. Reference data. */
@Entity
public class Product {

    public static final String SINGLE = "SINGLE";
    public static final String BOOKLET_30 = "BOOKLET_30";

    @Id
    private String code;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(nullable = false)
    private int coupons;

    @Enumerated(EnumType.STRING)
    @Column(name = "tax_category", nullable = false)
    private TaxCategory taxCategory;

    @Column(name = "display_order", nullable = false)
    private int displayOrder;

    protected Product() {
    }

    public String getCode() {
        return code;
    }

    public String name(Locale locale) {
        return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? nameJa : nameEn;
    }

    public String getNameJa() {
        return nameJa;
    }

    public int getCoupons() {
        return coupons;
    }

    /** A booklet holds more than one coupon, one of which is free. */
    public boolean isBooklet() {
        return coupons > 1;
    }

    public TaxCategory getTaxCategory() {
        return taxCategory;
    }

    public int getDisplayOrder() {
        return displayOrder;
    }
}
