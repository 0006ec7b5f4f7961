package org.cbm.shell;

import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cbm.organisation.Organisation;

/** Dates, periods, figures and States' names written the way readers of each UI language expect them. */
public final class Formats {

    // ISO 3166 alpha-3 (the States' ids) to alpha-2 (what the JDK's locale data knows countries by).
    private static final Map<String, String> COUNTRY_BY_ALPHA3 = Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toMap(alpha2 -> new Locale("", alpha2).getISO3Country(), Function.identity(),
                    (first, second) -> first));

    private Formats() {
    }

    /** An organisation's name: a State's in the reader's language, a partner's as it registered it. */
    public static String name(Organisation organisation, Locale locale) {
        return organisation.isState() ? stateName(organisation.id(), organisation.name(), locale) : organisation.name();
    }

    /**
     * A State's name in the reader's language, from the JDK's CLDR country names; in English, and where CLDR has none,
     * the name of the reference list of UN member States.
     */
    public static String stateName(String alpha3, String referenceName, Locale locale) {
        String alpha2 = COUNTRY_BY_ALPHA3.get(alpha3);
        if (alpha2 == null || locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return referenceName;
        }
        String name = new Locale("", alpha2).getDisplayCountry(locale);
        return name.isBlank() || name.equals(alpha2) ? referenceName : name;
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** The day of a moment; the server does not know the reader's time zone, so days are given in UTC. */
    public static String day(Instant at, Locale locale) {
        return at == null ? "" : date(at.atZone(ZoneOffset.UTC).toLocalDate(), locale);
    }

    /** An inclusive period, e.g. "1 Feb 2027 – 30 Jun 2027". */
    public static String period(LocalDate start, LocalDate end, Locale locale) {
        return date(start, locale) + " – " + date(end, locale);
    }

    public static String number(long value, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A share from 0 to 1 as a whole percentage, e.g. 0.4 as "40 %" in French. */
    public static String percent(double share, Locale locale) {
        return NumberFormat.getPercentInstance(locale).format(share);
    }

    /** A moment in UTC, so that officials in different time zones read the same time. */
    public static String time(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC).format(at) + " UTC";
    }

    /** Shares with up to one decimal, for figures that compare plans (e.g. 96.4 %). */
    public static NumberFormat percentFormat(Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format;
    }

    public static NumberFormat decimalFormat(Locale locale, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(fractionDigits);
        return format;
    }

    /** The value, or the translated "none" when the figure does not exist (e.g. nothing covered yet). */
    public static String orNone(Double value, NumberFormat format, Component view) {
        return value == null ? view.getTranslation("common.none") : format.format(value);
    }
}
