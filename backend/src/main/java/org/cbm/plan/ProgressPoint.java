package org.cbm.plan;

/** The best score a run had found after {@code millis} milliseconds. */
public record ProgressPoint(long millis, long hard, long soft) {
}
