package org.cbm.shell;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates, periods and figures written the way readers of each UI language expect them. */
public final class Formats {

    private Formats() {
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
}
