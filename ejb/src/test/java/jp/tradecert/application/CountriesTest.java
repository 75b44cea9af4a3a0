package jp.tradecert.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import jp.tradecert.application.Countries.Country;
import org.junit.jupiter.api.Test;

class CountriesTest {

    @Test
    void senegalIsInAfricaAndNamedInJapaneseAndEnglish() {
        Country senegal = Countries.find("SN").orElseThrow();

        assertThat(senegal.region()).isEqualTo(Region.AFRICA);
        assertThat(senegal.name(Locale.JAPANESE)).isEqualTo("セネガル");
        assertThat(senegal.name(Locale.ENGLISH)).isEqualTo("Senegal");
        assertThat(senegal.upperCaseEnglishName()).isEqualTo("SENEGAL");
    }

    @Test
    void japanIsInAsiaAndNamedInJapaneseAndEnglish() {
        Country japan = Countries.find("JP").orElseThrow();

        assertThat(japan.region()).isEqualTo(Region.ASIA);
        assertThat(japan.name(Locale.JAPAN)).isEqualTo("日本");
        assertThat(japan.name(Locale.ENGLISH)).isEqualTo("Japan");
    }

    @Test
    void northAmericaHoldsNorthernAndCentralAmericaAndTheCaribbean() {
        assertThat(Stream.of("US", "CA", "MX", "JM").map(Countries::regionOf)).containsOnly(Region.NORTH_AMERICA);
        assertThat(Countries.regionOf("BR")).isEqualTo(Region.SOUTH_AMERICA);
    }

    @Test
    void theOtherContinentsHoldTheirCountries() {
        assertThat(Countries.regionOf("AU")).isEqualTo(Region.OCEANIA);
        assertThat(Countries.regionOf("FJ")).isEqualTo(Region.OCEANIA);
        assertThat(Countries.regionOf("DE")).isEqualTo(Region.EUROPE);
        assertThat(Countries.regionOf("XK")).as("Kosovo, added to the ISO codes").isEqualTo(Region.EUROPE);
        assertThat(Countries.regionOf("AQ")).as("Antarctica, in ICU's Outlying Oceania").isEqualTo(Region.OCEANIA);
    }

    @Test
    void everyCountryIsInExactlyOneRegionAndEveryRegionHasCountries() {
        List<Country> all = all();

        assertThat(all).allSatisfy(country -> assertThat(Arrays.stream(Region.values())
                .filter(region -> region.contains(country.code()))).containsExactly(country.region()));
        assertThat(all).extracting(Country::code).doesNotHaveDuplicates();
        for (Region region : Region.values()) {
            assertThat(Countries.in(region, Locale.ENGLISH)).as(region.name()).isNotEmpty()
                    .allSatisfy(country -> assertThat(country.region()).isEqualTo(region));
        }
    }

    @Test
    void theListHoldsTheCountriesOfTheWorldAndNoGroupingOrReservedCode() {
        List<String> codes = all().stream().map(Country::code).toList();

        assertThat(codes).hasSizeGreaterThan(190).allMatch(code -> code.matches("[A-Z]{2}"))
                .contains("SN", "JP", "US", "BR", "AU", "DE", "TW", "HK", "PS")
                .doesNotContain("EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "001", "002", "419")
                .as("codes ISO only reserves").doesNotContain("AC", "CP", "DG", "EA", "IC", "TA")
                .as("deprecated codes").doesNotContain("AN", "CS", "SU", "YU", "DD");
    }

    @Test
    void anUnknownCodeIsRefused() {
        assertThat(Countries.isKnown("ZZ")).isFalse();
        assertThat(Countries.isKnown("EU")).isFalse();
        assertThat(Countries.isKnown("jp")).as("codes are upper case, as the form has them").isFalse();
        assertThat(Countries.isKnown(null)).isFalse();
        assertThat(Countries.find("QQ")).isEmpty();
        assertThatThrownBy(() -> Countries.regionOf("QQ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("QQ");
        assertThat(Countries.isKnown("SN")).isTrue();
    }

    @Test
    void theJapaneseListIsInGojuonOrder() {
        List<String> africa = Countries.in(Region.AFRICA, Locale.JAPANESE).stream()
                .map(country -> country.name(Locale.JAPANESE)).toList();

        assertThat(africa.get(0)).isEqualTo("アルジェリア");
        assertThat(africa).containsSubsequence("アルジェリア", "エジプト", "ケニア", "セネガル", "ナイジェリア", "モロッコ");
    }

    @Test
    void theEnglishListIsAlphabetical() {
        List<String> africa = Countries.in(Region.AFRICA, Locale.ENGLISH).stream()
                .map(country -> country.name(Locale.ENGLISH)).toList();

        assertThat(africa.get(0)).isEqualTo("Algeria");
        assertThat(africa).containsSubsequence("Algeria", "Egypt", "Kenya", "Morocco", "Nigeria", "Senegal");
        assertThat(Countries.in(Region.EUROPE, Locale.ENGLISH)).extracting(country -> country.name(Locale.ENGLISH))
                .as("Å among the A").containsSubsequence("Åland Islands", "Albania", "Andorra", "Austria");
    }

    @Test
    void regionsAreNamedInJapaneseAndEnglish() {
        assertThat(Region.AFRICA.displayName(Locale.JAPANESE)).isEqualTo("アフリカ");
        assertThat(Region.AFRICA.displayName(Locale.ENGLISH)).isEqualTo("Africa");
        assertThat(Region.NORTH_AMERICA.displayName(Locale.ENGLISH)).isEqualTo("North America");
        assertThat(Region.SOUTH_AMERICA.displayName(Locale.JAPANESE)).isEqualTo("南アメリカ");
        assertThat(Region.valueOf("AFRICA")).as("the name an application stores").isEqualTo(Region.AFRICA);
    }

    private static List<Country> all() {
        return Arrays.stream(Region.values()).flatMap(region -> Countries.in(region, Locale.ENGLISH).stream()).toList();
    }
}
