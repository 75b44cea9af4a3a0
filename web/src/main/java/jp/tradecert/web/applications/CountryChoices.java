package jp.tradecert.web.applications;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.tradecert.application.Countries;
import jp.tradecert.application.Region;

/** The countries as a select offers them: of one region, or all grouped by region, named in the user's language. */
public final class CountryChoices {

    private CountryChoices() {
    }

    static List<SelectItem> in(Region region, Locale locale) {
        return Countries.in(region, locale).stream()
                .map(country -> new SelectItem(country.code(), country.name(locale)))
                .toList();
    }

    static List<SelectItem> byRegion(Locale locale) {
        List<SelectItem> groups = new ArrayList<>();
        for (Region region : Region.values()) {
            SelectItemGroup group = new SelectItemGroup(region.displayName(locale));
            group.setSelectItems(in(region, locale));
            groups.add(group);
        }
        return groups;
    }

    /** The country's name, or its code if it is none of ours (never for a stored application). */
    public static String name(String code, Locale locale) {
        return code == null ? "" : Countries.find(code).map(country -> country.name(locale)).orElse(code);
    }
}
