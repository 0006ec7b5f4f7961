package org.cbm.policy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.cbm.RoleAccess;
import org.cbm.SignedInUi;
import org.cbm.policy.MatchingPolicy;
import org.cbm.policy.PolicyService;
import org.cbm.policy.PolicyValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Coordinators change the policy weights: validated field by field, saved as a new version. */
@SpringBootTest
class PolicyViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PolicyService policies;

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    void savesTheEditedWeightsAsTheNextVersionWithItsNote() {
        SignedInUi.as(context, SignedInUi.COORDINATOR);
        MatchingPolicy before = policies.current();
        UI.getCurrent().navigate(PolicyView.class);
        try {
            HasValueUtilsKt._setValue(field("policy-interest"), before.values().interestBonus() + 1);
            HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withId("policy-note")), "Reward interest more");
            _click(_get(Button.class, spec -> spec.withId("save-policy")));

            MatchingPolicy saved = policies.current();
            assertThat(saved.policyVersion()).isEqualTo(before.policyVersion() + 1);
            assertThat(saved.values().interestBonus()).isEqualTo(before.values().interestBonus() + 1);
            assertThat(saved.values().tierWeights()).isEqualTo(before.values().tierWeights());
            assertThat(saved.note()).isEqualTo("Reward interest more");
            assertThat(saved.createdBy()).isEqualTo(SignedInUi.COORDINATOR);
        } finally {
            // Other tests' solver runs use the current policy: put the weights back.
            MatchingPolicy current = policies.current();
            policies.change(current.policyVersion(), before.values(), "Weights restored after a view test");
        }
    }

    @Test
    void explainsEachInvalidFieldAndStoresNothing() {
        SignedInUi.as(context, SignedInUi.COORDINATOR);
        MatchingPolicy before = policies.current();
        PolicyValues values = before.values();
        UI.getCurrent().navigate(PolicyView.class);

        IntegerField second = field("policy-tier2");
        HasValueUtilsKt._setValue(second, values.tierWeights().get(0) + 1);
        IntegerField cap = field("policy-cap");
        HasValueUtilsKt._setValue(cap, 150);
        IntegerField stability = field("policy-stability");
        HasValueUtilsKt._setValue(stability, null);
        _click(_get(Button.class, spec -> spec.withId("save-policy")));

        assertThat(second.isInvalid()).isTrue();
        assertThat(second.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("policy.tier.nonIncreasing",
                field("policy-tier1").getLabel()));
        assertThat(cap.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("policy.cap.range"));
        assertThat(stability.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("policy.required"));
        TextArea note = _get(TextArea.class, spec -> spec.withId("policy-note"));
        assertThat(note.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("policy.note.required"));
        assertThat(policies.current().policyVersion()).isEqualTo(before.policyVersion());
        assertThat(second.getValue()).as("the user's entry is kept").isEqualTo(values.tierWeights().get(0) + 1);
    }

    @Test
    void aVersionSavedMeanwhileByAnotherCoordinatorOffersToReload() {
        SignedInUi.as(context, SignedInUi.COORDINATOR);
        MatchingPolicy before = policies.current();
        UI.getCurrent().navigate(PolicyView.class);
        policies.change(before.policyVersion(), before.values(), "Saved by someone else meanwhile");

        HasValueUtilsKt._setValue(_get(TextArea.class, spec -> spec.withId("policy-note")), "My change");
        _click(_get(Button.class, spec -> spec.withId("save-policy")));

        assertThat(_find(ConfirmDialog.class, spec -> spec.withId("conflict-dialog"))).hasSize(1);
        assertThat(policies.current().policyVersion()).isEqualTo(before.policyVersion() + 1);
        assertThat(policies.current().note()).isEqualTo("Saved by someone else meanwhile");
    }

    @Test
    void isOnlyForCoordinators() {
        RoleAccess.assertRefused(context, PolicyView.class, "policy", SignedInUi.RECIPIENT, SignedInUi.PROVIDER,
                SignedInUi.ADMIN);
    }

    private static IntegerField field(String id) {
        return _get(IntegerField.class, spec -> spec.withId(id));
    }
}
