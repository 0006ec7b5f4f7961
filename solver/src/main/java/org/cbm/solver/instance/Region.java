package org.cbm.solver.instance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** UN M49 region, written in instances by its name ({@code "Africa"}, ...). */
public enum Region {
    AFRICA("Africa"),
    AMERICAS("Americas"),
    ASIA("Asia"),
    EUROPE("Europe"),
    OCEANIA("Oceania");

    private final String label;

    Region(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static Region fromLabel(String label) {
        return Arrays.stream(values())
                .filter(region -> region.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown region '" + label + "', expected one of " + Arrays.toString(labels())));
    }

    private static String[] labels() {
        return Arrays.stream(values()).map(Region::label).toArray(String[]::new);
    }
}
