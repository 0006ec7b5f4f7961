package org.cbm.shell;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Orders choices by the text people see, the way their language sorts it: in French "Égypte" and "États-Unis" come
 * among the E's, not after "Zambie" as they would by character codes.
 */
public final class LabelOrder {

    private LabelOrder() {
    }

    public static <T> Comparator<T> of(Locale locale, Function<? super T, String> label) {
        return Comparator.comparing(label, Collator.getInstance(locale));
    }

    public static <T> List<T> sorted(Collection<? extends T> items, Locale locale, Function<? super T, String> label) {
        return items.stream().<T>map(item -> item).sorted(of(locale, label)).toList();
    }
}
