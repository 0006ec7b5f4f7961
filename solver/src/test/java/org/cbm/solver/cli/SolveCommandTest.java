package org.cbm.solver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cbm.solver.TestInstance;
import org.cbm.solver.instance.Instance;
import org.cbm.solver.plan.Plan;
import org.cbm.solver.plan.PlanJson;
import org.cbm.solver.score.ReferenceScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SolveCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new SolveCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SolveCommandTest.class.getResource("/" + name).toURI());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-recipient           | package 'p-2': field 'recipientId' names unknown recipient 'XXX'
            duplicate-offer-id          | offer 'o-1': duplicate id
            zero-days                   | package 'p-1': field 'days' is 0, must be > 0
            end-before-start            | offer 'o-1': field 'end' 2026-12-31 is before field 'start' 2027-01-01
            unknown-theme               | packages[2] 'p-3': field 'theme' unknown Theme 'CYBER_MAGIC'
            unknown-region              | recipients[1] 'FJI': field 'region' unknown Region 'Atlantis'
            urgency-out-of-range        | package 'p-2': field 'urgency' is 5, must be 1..3
            weight-out-of-range         | recipient 'KEN': field 'weight' is 4, must be 1..3
            pinned-breaks-language-rule | pinned pair (p-3, o-1): breaks the language rule
            pinned-over-capacity        | pinned pairs of offer 'o-2': 61 pinned days exceed its field 'capacityDays' 60
            unknown-offer-in-declined   | declined pair (p-1, o-99): field 'offerId' names unknown offer 'o-99'
            bad-date                    | packages[0] 'p-1': field 'start' '2027-02-30' is not a date of the form YYYY-MM-DD
            wrong-format                | instance: field 'format' is 'cbm-instance/2', expected 'cbm-instance/1'
            unknown-income-group        | offers[0] 'o-1': field 'eligibleIncomeGroups' unknown IncomeGroup 'MIDDLE'
            not-json                    | not valid JSON
            """)
    void malformedInstanceEndsWithExitTwoAndNamesTheDefect(String name, String expected) throws Exception {
        Path plan = dir.resolve("plan.json");

        int exit = run("--instance", resource("malformed/" + name + ".json").toString(), "--plan", plan.toString());

        assertThat(exit).isEqualTo(SolveCommand.INVALID_INPUT);
        assertThat(errors()).contains(expected);
        assertThat(errors().lines().filter(line -> line.startsWith("package") || line.startsWith("offer")
                || line.startsWith("recipient") || line.startsWith("pinned") || line.startsWith("declined")))
                .as("one line per problem, and only the defect's").hasSizeLessThanOrEqualTo(1);
        assertThat(plan).doesNotExist();
    }

    @Test
    void badArgumentsEndWithExitTwo() {
        assertThat(run("--plan", dir.resolve("p.json").toString(), "--seconds", "zero", "--colour", "red"))
                .isEqualTo(SolveCommand.INVALID_INPUT);
        assertThat(errors()).contains("argument --instance: missing")
                .contains("argument --seconds: 'zero' is not a positive integer")
                .contains("argument --colour: unknown option");
    }

    @Test
    void missingInstanceFileEndsWithExitTwo() {
        assertThat(run("--instance", dir.resolve("nowhere.json").toString(), "--plan", dir.resolve("p.json").toString()))
                .isEqualTo(SolveCommand.INVALID_INPUT);
        assertThat(errors()).contains("does not exist");
    }

    @Test
    void solvesWritesThePlanWithTheSpecScoreAndTheExplanation() throws Exception {
        Path plan = dir.resolve("s1.plan.json");
        Path explain = dir.resolve("s1.explain.json");

        int exit = run("--instance", resource("instances/s1.json").toString(), "--plan", plan.toString(),
                "--seconds", "1", "--explain", explain.toString());

        assertThat(exit).isEqualTo(SolveCommand.OK);
        assertThat(errors()).contains("best 0hard/");
        Instance instance = TestInstance.publicInstance("s1");
        Plan written = PlanJson.read(plan);
        ReferenceScore reference = ReferenceScore.of(instance, written);
        assertThat(written.score().feasible()).isTrue();
        assertThat(written.score().soft()).isEqualTo(reference.soft()).isGreaterThan(8_165_600L);
        assertThat(Files.readString(explain)).contains("\"unassigned\"").contains("\"jainIndex\"");
    }
}
