package org.cbm.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.cbm.audit.AuditLog;
import org.cbm.account.Role;
import org.cbm.account.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.data.mongodb.core.query.Query;

/** Versioned matching policy; run against the embedded server and against a real MongoDB. */
abstract class PolicyServiceContract {

    @Autowired
    PolicyService policies;

    @Autowired
    MongoOperations mongo;

    @Autowired
    AuditLog auditLog;

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @BeforeEach
    void noPolicyYet() {
        SignedIn.as("coordinator@example.org", "un-coordination", Role.COORDINATOR);
        mongo.remove(new Query(), MatchingPolicy.class);
    }

    @Test
    void theFirstVersionHoldsTheModelsDefaults() {
        MatchingPolicy current = policies.current();

        assertThat(current.policyVersion()).isEqualTo(1);
        assertThat(current.values()).isEqualTo(new PolicyValues(List.of(4, 3, 2, 1), 50, 1, 1000, 1));
        assertThat(policies.current().id()).isEqualTo(current.id());
    }

    @Test
    void aChangeAddsTheNextVersionAndKeepsTheHistory() {
        PolicyValues stricterCap = new PolicyValues(List.of(4, 3, 2, 1), 40, 2, 1000, 1);

        MatchingPolicy second = policies.change(policies.current().policyVersion(), stricterCap, "Cap 40 %");

        assertThat(second.policyVersion()).isEqualTo(2);
        assertThat(policies.current().values()).isEqualTo(stricterCap);
        assertThat(policies.history(PageRequest.of(0, 10))).extracting(MatchingPolicy::policyVersion).containsExactly(2, 1);
        assertThat(auditLog.search(AuditLog.AuditFilter.ofEntity("MatchingPolicy", second.id()), PageRequest.of(0, 1))).singleElement()
                .satisfies(event -> {
                    assertThat(event.actor()).isEqualTo("coordinator@example.org");
                    assertThat(event.before()).startsWith("v1: tiers [4, 3, 2, 1], cap 50 %");
                    assertThat(event.after()).startsWith("v2: tiers [4, 3, 2, 1], cap 40 %, concentration penalty 2");
                });
    }

    @Test
    void aChangeBasedOnAnOldVersionIsRefused() {
        policies.change(policies.current().policyVersion(), PolicyValues.DEFAULTS, null);

        assertThatThrownBy(() -> policies.change(1, PolicyValues.DEFAULTS, null))
                .isInstanceOf(PolicyChangedException.class)
                .hasMessageContaining("you edited version 1 but version 2 is now current");
        assertThat(policies.current().policyVersion()).isEqualTo(2);
    }

    @Test
    void onlyCoordinatorsChangeThePolicy() {
        SignedIn.as("official@example.org", "KEN", Role.RECIPIENT, Role.PROVIDER);

        assertThatThrownBy(() -> policies.change(1, PolicyValues.DEFAULTS, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(policies.current().policyVersion()).isEqualTo(1);
    }

    @Test
    void invalidValuesAreRefusedNamingEachFieldAndNothingIsStored() {
        int before = policies.current().policyVersion();
        PolicyValues invalid = new PolicyValues(List.of(1, 2, 3), 150, -1, -5, -1);

        assertThatThrownBy(() -> policies.change(before, invalid, null))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e ->
                        assertThat(e.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString())
                                .containsExactlyInAnyOrder("values.tierWeights", "values.tierWeights",
                                        "values.concentrationCapPercent", "values.concentrationPenalty",
                                        "values.stabilityPenalty", "values.interestBonus"));
        assertThat(policies.current().policyVersion()).isEqualTo(before);
    }
}
