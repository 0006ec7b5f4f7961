package org.cbm.plan.ui;

import com.vaadin.flow.component.Component;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** How the coordination views write numbers and times for the user's locale. */
final class Formats {

    private Formats() {
    }

    static NumberFormat percent(Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format;
    }

    static NumberFormat decimal(Locale locale, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(fractionDigits);
        return format;
    }

    /** The value, or the translated "none" when the figure does not exist (e.g. nothing covered yet). */
    static String orNone(Double value, NumberFormat format, Component view) {
        return value == null ? view.getTranslation("common.none") : format.format(value);
    }

    /** A moment in UTC, so that officials in different time zones read the same time. */
    static String time(Instant at, Locale locale) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC).format(at) + " UTC";
    }
}
