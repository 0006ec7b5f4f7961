package org.cbm.solver.instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.cbm.solver.TestInstance;
import org.junit.jupiter.api.Test;

class InstanceJsonTest {

    private static String tinyValid() throws Exception {
        try (InputStream in = InstanceJsonTest.class.getResourceAsStream("/tiny-valid.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsEveryFieldOfAValidInstance() throws Exception {
        Instance instance = InstanceJson.parse(tinyValid());

        assertThat(instance.id()).isEqualTo("tiny");
        assertThat(instance.recipients().get(0).region()).isEqualTo(Region.AFRICA);
        assertThat(instance.recipients().get(0).vetoedProviders()).containsExactly("ACME");
        assertThat(instance.offers().get(0).eligibleRegions()).as("null means open to all").isNull();
        assertThat(instance.offers().get(0).eligibleIncomeGroups()).containsOnly(IncomeGroup.LIC, IncomeGroup.LMC,
                IncomeGroup.UMC);
        assertThat(instance.packages().get(0).weightedDays()).isEqualTo(90);
        assertThat(instance.pinned()).containsExactly(new PackageOfferPair("p-2", "o-2"));
    }

    @Test
    void writtenInstanceReadsBackEqual() throws Exception {
        Instance instance = InstanceJson.parse(tinyValid());

        assertThat(InstanceJson.parse(InstanceJson.toJson(instance))).isEqualTo(instance);
    }

    @Test
    void publicInstancesAreValid() {
        for (String name : new String[] {"s1", "m1", "l1"}) {
            assertThat(TestInstance.publicInstance(name).packages()).isNotEmpty();
        }
    }

    @Test
    void reportsEveryProblemOfTheJsonAtOnce() throws Exception {
        ObjectNode root = (ObjectNode) InstanceJson.MAPPER.readTree(tinyValid());
        ObjectNode offer = (ObjectNode) root.get("offers").get(0);
        offer.put("capacityDays", "many");
        offer.putArray("languages").add("English");
        ((ObjectNode) root.get("packages").get(1)).remove("end");
        ((ObjectNode) root.get("providers").get(1)).put("kind", "COMPANY");
        ((ArrayNode) root.get("recipients")).add("KEN");

        assertThatThrownBy(() -> InstanceJson.parse(root.toString()))
                .isInstanceOfSatisfying(InvalidInstanceException.class, e -> assertThat(e.problems()).containsExactly(
                        "recipients[2]: is not a JSON object",
                        "providers[1] 'ACME': field 'kind' unknown OrganisationKind 'COMPANY', expected one of "
                                + "[STATE, PRIVATE, INTERNATIONAL_ORG, CIVIL_SOCIETY, ACADEMIA]",
                        "offers[0] 'o-1': field 'capacityDays' must be an integer, found \"many\"",
                        "offers[0] 'o-1': field 'languages' 'English' is not an ISO 639-1 language code "
                                + "(two lower-case letters)",
                        "packages[1] 'p-2': field 'end' is missing"));
    }
}
