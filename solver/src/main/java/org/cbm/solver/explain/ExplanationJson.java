package org.cbm.solver.explain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/** A {@link PlanExplanation} as JSON: the file of {@code --explain}, and the text a stored plan keeps. */
public final class ExplanationJson {

    // Unknown fields are skipped so that explanations stored by an earlier version still read.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ExplanationJson() {
    }

    /** Writes the explanation to {@code file}, indented for people who open it. */
    public static void write(PlanExplanation explanation, Path file) throws IOException {
        MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), explanation);
    }

    /** The explanation as compact JSON text. */
    public static String toJson(PlanExplanation explanation) {
        try {
            return MAPPER.writeValueAsString(explanation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An explanation could not be written as JSON", e);
        }
    }

    /**
     * Reads the JSON text of {@link #toJson}.
     *
     * @throws IllegalArgumentException when the text is not such JSON
     */
    public static PlanExplanation parse(String json) {
        try {
            return MAPPER.readValue(json, PlanExplanation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not the JSON of a plan explanation: " + e.getOriginalMessage(), e);
        }
    }
}
