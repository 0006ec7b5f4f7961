package org.cbm.solver.instance;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the fields of one JSON object of an instance and records, instead of throwing, every field that is
 * missing or malformed, so that a person fixing an instance sees all its problems at once.
 */
final class JsonFields {

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");

    private final JsonNode node;
    private final String label;
    private final List<String> problems;
    private boolean broken;

    JsonFields(JsonNode node, String label, List<String> problems) {
        this.node = node;
        this.label = label;
        this.problems = problems;
        if (!node.isObject()) {
            fail("is not a JSON object");
        }
    }

    /** Whether any field of this object had a problem; the caller then drops the object. */
    boolean broken() {
        return broken;
    }

    String text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            failField(field, "is missing");
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            failField(field, "must be a non-empty string, found " + value);
            return null;
        }
        return value.asText();
    }

    String optionalText(String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : text(field);
    }

    int integer(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            failField(field, "is missing");
            return 0;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            failField(field, "must be an integer, found " + value);
            return 0;
        }
        return value.asInt();
    }

    int integerOrDefault(String field, int defaultValue) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? defaultValue : integer(field);
    }

    List<Integer> integers(String field, List<Integer> defaultValue) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return defaultValue;
        }
        List<Integer> result = new ArrayList<>();
        if (!value.isArray()) {
            failField(field, "must be a list of integers, found " + value);
            return result;
        }
        for (JsonNode element : value) {
            if (!element.isIntegralNumber() || !element.canConvertToInt()) {
                failField(field, "must be a list of integers, found " + element);
            } else {
                result.add(element.asInt());
            }
        }
        return result;
    }

    LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            failField(field, "'" + value + "' is not a date of the form YYYY-MM-DD");
            return null;
        }
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type, Function<String, E> parser) {
        String value = text(field);
        return value == null ? null : parse(field, value, type, parser);
    }

    /** A list of strings; {@code required} lists must be present and non-empty. */
    List<String> strings(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                failField(field, "is missing");
            }
            return List.of();
        }
        List<String> result = new ArrayList<>();
        if (!value.isArray()) {
            failField(field, "must be a list of strings, found " + value);
            return result;
        }
        for (JsonNode element : value) {
            if (!element.isTextual() || element.asText().isBlank()) {
                failField(field, "must hold non-empty strings, found " + element);
            } else {
                result.add(element.asText());
            }
        }
        if (required && result.isEmpty() && !broken) {
            failField(field, "must not be empty");
        }
        return result;
    }

    List<String> languages(String field) {
        List<String> codes = strings(field, true);
        for (String code : codes) {
            if (!LANGUAGE_CODE.matcher(code).matches()) {
                failField(field, "'" + code + "' is not an ISO 639-1 language code (two lower-case letters)");
            }
        }
        return codes;
    }

    /** A set of enum constants; {@code null} when the field is absent or null and {@code nullMeansAll}. */
    <E extends Enum<E>> Set<E> enumSet(String field, Class<E> type, Function<String, E> parser, boolean nullMeansAll) {
        JsonNode value = node.get(field);
        if ((value == null || value.isNull()) && nullMeansAll) {
            return null;
        }
        Set<E> result = new LinkedHashSet<>();
        for (String name : strings(field, !nullMeansAll)) {
            E parsed = parse(field, name, type, parser);
            if (parsed != null) {
                result.add(parsed);
            }
        }
        return result;
    }

    private <E extends Enum<E>> E parse(String field, String value, Class<E> type, Function<String, E> parser) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            failField(field, "unknown " + type.getSimpleName() + " '" + value + "', expected one of "
                    + Arrays.stream(type.getEnumConstants()).map(JsonFields::jsonName).toList());
            return null;
        }
    }

    // Regions are written by their label ("Africa"), every other enum by its constant name.
    private static String jsonName(Enum<?> constant) {
        return constant instanceof Region region ? region.label() : constant.name();
    }

    private void failField(String field, String message) {
        fail("field '" + field + "' " + message);
    }

    private void fail(String message) {
        broken = true;
        problems.add(label + ": " + message);
    }
}
