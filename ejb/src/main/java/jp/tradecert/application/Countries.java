package jp.tradecert.application;

import com.ibm.icu.text.Collator;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region.RegionType;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 仕向国: the countries and territories a certificate can be for, each in one {@link Region}, with
 * their names in any language. Nothing here is typed by hand: the list is the ISO 3166-1 alpha-2
 * codes of the JDK that ICU knows as territories, the region is ICU's containment, the names are
 * ICU's (CLDR's). Kosovo ({@code XK}) is added: ISO has not assigned it a code, but Japan recognises
 * it and ICU and the EU use XK for it. Built once, then only read, so safe to share between threads.
 */
public final class Countries {

    private static final String KOSOVO = "XK";

    private static final Map<String, Country> BY_CODE = build();

    private static final Map<Region, List<Country>> BY_REGION = byRegion(BY_CODE);

    private Countries() {
    }

    /**
     * A destination country: its ISO code ({@code SN}) and its region. The ones to use come from
     * {@link Countries}.
     */
    public record Country(String code, Region region) {

        public Country {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(region, "region");
        }

        /** ICU's name in the language: セネガル in Japanese, Senegal in English. */
        public String name(Locale locale) {
            return LocaleDisplayNames.getInstance(ULocale.forLocale(locale)).regionDisplayName(code);
        }

        /** The English name in capitals, as the certificate writes it: SENEGAL. */
        public String upperCaseEnglishName() {
            return name(Locale.ENGLISH).toUpperCase(Locale.ENGLISH);
        }
    }

    /** The countries of the region, sorted by their names in the language (in gojūon order in Japanese). */
    public static List<Country> in(Region region, Locale locale) {
        LocaleDisplayNames names = LocaleDisplayNames.getInstance(ULocale.forLocale(locale));
        // a new Collator each time: an ICU Collator that is not frozen must not be shared between threads
        Collator collator = Collator.getInstance(ULocale.forLocale(locale));
        return BY_REGION.get(region).stream()
                .sorted(Comparator.comparing(country -> names.regionDisplayName(country.code()), collator))
                .toList();
    }

    /** The country of an upper-case ISO code ({@code SN}), or empty when it is none of ours. */
    public static Optional<Country> find(String isoCode) {
        return Optional.ofNullable(BY_CODE.get(isoCode));
    }

    /** Whether the upper-case ISO code is one of the countries. */
    public static boolean isKnown(String isoCode) {
        return BY_CODE.containsKey(isoCode);
    }

    /**
     * The region of the country.
     *
     * @throws IllegalArgumentException when the code is none of the countries
     */
    public static Region regionOf(String isoCode) {
        return find(isoCode).map(Country::region)
                .orElseThrow(() -> new IllegalArgumentException("No country has the code " + isoCode));
    }

    private static Map<String, Country> build() {
        // ICU's territories also hold codes ISO only reserves (AC Ascension, EA Ceuta and Melilla, IC...)
        Set<String> iso = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
        Map<String, Country> countries = new HashMap<>();
        for (com.ibm.icu.util.Region territory : com.ibm.icu.util.Region.getAvailable(RegionType.TERRITORY)) {
            String code = territory.toString();
            if (iso.contains(code) || code.equals(KOSOVO)) {
                countries.put(code, new Country(code, regionContaining(code)));
            }
        }
        // a HashMap, not Map.copyOf: looking up a null code is an unknown code, not an exception
        return Collections.unmodifiableMap(countries);
    }

    private static Region regionContaining(String code) {
        List<Region> regions = Arrays.stream(Region.values()).filter(region -> region.contains(code)).toList();
        if (regions.size() != 1) {
            // only a new ICU could move a territory out of the continents, and the tests would see it
            throw new IllegalStateException("ICU puts " + code + " in " + regions.size() + " regions: " + regions);
        }
        return regions.get(0);
    }

    private static Map<Region, List<Country>> byRegion(Map<String, Country> countries) {
        Map<Region, List<Country>> byRegion = new EnumMap<>(Region.class);
        for (Region region : Region.values()) {
            byRegion.put(region, countries.values().stream().filter(country -> country.region() == region).toList());
        }
        return byRegion;
    }
}
