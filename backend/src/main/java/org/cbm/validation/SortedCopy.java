package org.cbm.validation;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Sorted, unmodifiable copies of the sets of a document (languages, themes, ...): stored in a stable order
 * whatever order the caller used, and keeping a {@code null} element so that validation reports it by name
 * instead of the copy failing first.
 */
public final class SortedCopy {

    private SortedCopy() {
    }

    /** The sorted copy, or {@code null} for {@code null} (which {@code @NotNull}/{@code @NotEmpty} then reports). */
    public static <T extends Comparable<? super T>> SortedSet<T> of(Collection<T> values) {
        if (values == null) {
            return null;
        }
        SortedSet<T> copy = new TreeSet<>(Comparator.nullsFirst(Comparator.<T>naturalOrder()));
        copy.addAll(values);
        return Collections.unmodifiableSortedSet(copy);
    }
}
