package org.cbm.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Region;

/**
 * Reads the reference list of UN member States ({@code reference/states.csv}): lines starting with {@code #}
 * are comments, then a header {@code iso3,name,m49_region,income_group,ldc,lldc,sids,official_languages}.
 * A malformed line stops the load with its line number, so that a bad edit of the file is found at once.
 */
final class StatesCsv {

    static final String HEADER = "iso3,name,m49_region,income_group,ldc,lldc,sids,official_languages";

    record Row(String iso3, String name, StateProfile profile) {
    }

    private StatesCsv() {
    }

    static List<Row> read(InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.strip().equals(HEADER)) {
                    throw new IllegalArgumentException("states.csv line " + lineNumber + ": expected the header '"
                            + HEADER + "' but found '" + line + "'");
                }
                headerSeen = true;
                continue;
            }
            rows.add(parse(line, lineNumber));
        }
        return rows;
    }

    private static Row parse(String line, int lineNumber) {
        String[] cells = line.split(",", -1);
        if (cells.length != 8) {
            throw new IllegalArgumentException(
                    "states.csv line " + lineNumber + ": expected 8 comma-separated columns, found " + cells.length);
        }
        try {
            String iso3 = cells[0].strip();
            if (!iso3.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("iso3 '" + iso3 + "' is not three capital letters");
            }
            List<String> languages = cells[7].isBlank() ? List.of() : Arrays.stream(cells[7].split(";")).map(String::strip).toList();
            StateProfile profile = new StateProfile(Region.fromLabel(cells[2].strip()),
                    incomeGroup(cells[3].strip()), flag(cells[4]), flag(cells[5]), flag(cells[6]), languages);
            return new Row(iso3, cells[1].strip(), profile);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("states.csv line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    private static IncomeGroup incomeGroup(String cell) {
        return Arrays.stream(IncomeGroup.values()).filter(group -> group.name().equals(cell)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "income_group '" + cell + "' is not one of " + Arrays.toString(IncomeGroup.values())));
    }

    private static boolean flag(String cell) {
        return switch (cell.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("'" + cell + "' is not true or false");
        };
    }
}
