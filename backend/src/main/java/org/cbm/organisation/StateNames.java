package org.cbm.organisation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * UN member States' names in the six UN languages, from the JDK's CLDR country names. English keeps the official
 * names of the reference list (e.g. "Bolivia (Plurinational State of)"), as does any State CLDR does not name.
 */
public final class StateNames {

    // ISO 3166 alpha-3 (the States' ids) to alpha-2 (what the JDK's locale data knows countries by).
    private static final Map<String, String> COUNTRY_BY_ALPHA3 = Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toMap(alpha2 -> new Locale("", alpha2).getISO3Country(), Function.identity(),
                    (first, second) -> first));

    private StateNames() {
    }

    public static String of(String alpha3, String referenceName, Locale locale) {
        String alpha2 = COUNTRY_BY_ALPHA3.get(alpha3);
        if (alpha2 == null || locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return referenceName;
        }
        String name = new Locale("", alpha2).getDisplayCountry(locale);
        return name.isBlank() || name.equals(alpha2) ? referenceName : name;
    }
}
