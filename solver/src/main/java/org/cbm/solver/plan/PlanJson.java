package org.cbm.solver.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes {@code cbm-plan/1} files. */
public final class PlanJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PlanJson() {
    }

    public static Plan read(Path file) throws IOException {
        Plan plan = MAPPER.readValue(file.toFile(), Plan.class);
        if (!Plan.FORMAT.equals(plan.format())) {
            throw new IOException(file + ": field 'format' is '" + plan.format() + "', expected '" + Plan.FORMAT + "'");
        }
        return plan;
    }

    public static void write(Plan plan, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        MAPPER.writeValue(file.toFile(), plan);
    }
}
