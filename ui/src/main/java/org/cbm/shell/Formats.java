package org.cbm.shell;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and numbers as people of the user's language write them (e.g. 1 234,5 in French, ١٬٢٣٤ in Arabic). */
public final class Formats {

    private Formats() {
    }

    public static String date(Locale locale, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** The calendar day of an instant; the marketplace's dates are UTC days, as in the matching model. */
    public static String date(Locale locale, Instant instant) {
        return date(locale, instant.atZone(ZoneOffset.UTC).toLocalDate());
    }

    public static String dateTime(Locale locale, Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }

    public static String period(Locale locale, LocalDate start, LocalDate end) {
        return date(locale, start) + " – " + date(locale, end);
    }

    public static String number(Locale locale, long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A share between 0 and 1 as a whole percentage, e.g. 0.256 → 26 %. */
    public static String percent(Locale locale, double share) {
        return NumberFormat.getPercentInstance(locale).format(share);
    }

    /** A figure such as the Jain index, with three decimals. */
    public static String decimal(Locale locale, double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(3);
        format.setMaximumFractionDigits(3);
        return format.format(value);
    }
}
