package org.cbm.shell;

import com.vaadin.flow.component.Component;
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
