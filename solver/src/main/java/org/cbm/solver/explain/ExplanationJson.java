package org.cbm.solver.explain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a {@link PlanExplanation} as the JSON of {@code --explain}. */
public final class ExplanationJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExplanationJson() {
    }

    public static void write(PlanExplanation explanation, Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), explanation);
    }
}
