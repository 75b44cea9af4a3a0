package jp.tradecert.application;

import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * 仕向地域: the region of the world a certificate is for, the first half of its destination (the second
 * is the country, see {@link Countries}). Each is a UN M49 region and takes its name from ICU:
 * アフリカ / Africa for {@code 002}. An application stores the constant's name, {@code "AFRICA"}.
 */
public enum Region {
    /** 002 */
    AFRICA("002"),
    /** 142 */
    ASIA("142"),
    /** 150 */
    EUROPE("150"),
    /** 003: Northern America, Central America and the Caribbean. */
    NORTH_AMERICA("003"),
    /** 005 */
    SOUTH_AMERICA("005"),
    /** 009, with Antarctica, which ICU counts as Outlying Oceania. */
    OCEANIA("009");

    private final String m49Code;

    Region(String m49Code) {
        this.m49Code = m49Code;
    }

    /** The three digits of the UN M49 standard. */
    public String m49Code() {
        return m49Code;
    }

    /** ICU's name of the region in the language: アフリカ / Africa, 北アメリカ大陸 / North America. */
    public String displayName(Locale locale) {
        return LocaleDisplayNames.getInstance(ULocale.forLocale(locale)).regionDisplayName(m49Code);
    }

    /** Whether ICU's containment puts the territory (an ISO code) anywhere within this region. */
    boolean contains(String territoryCode) {
        // 003 is a grouping, not a continent, but ICU's containment follows groupings too
        return com.ibm.icu.util.Region.getInstance(m49Code)
                .contains(com.ibm.icu.util.Region.getInstance(territoryCode));
    }
}
