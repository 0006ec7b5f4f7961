package org.cbm.policy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cbm.policy.MatchingPolicy;
import org.cbm.policy.PolicyService;
import org.cbm.shell.Feedback;
import org.cbm.shell.Formats;
import org.cbm.shell.MainLayout;
import org.springframework.data.domain.PageRequest;

/**
 * The weights of the matching score, each explained in plain words. Saving adds a new version of the policy (the
 * next solver runs use it); earlier versions stay in the history, so every plan names the weights it used.
 */
@Route(value = "policy", layout = MainLayout.class)
@Menu(title = "nav.policy", order = 55, icon = "SLIDERS")
@RolesAllowed("COORDINATOR")
class PolicyView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_WEIGHT = 1_000_000;
    private static final int NOTE_LENGTH = 2000;

    private final PolicyService policies;
    private final Binder<PolicyForm> binder = new Binder<>();
    private final Paragraph currentVersion = new Paragraph();
    private final Grid<MatchingPolicy> history = new Grid<>();
    private int editedVersion;

    PolicyView(PolicyService policies) {
        this.policies = policies;
        currentVersion.setId("policy-version");
        Button save = new Button(getTranslation("policy.save"), click -> save());
        save.setId("save-policy");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("policy.title")), new Paragraph(getTranslation("policy.intro")), currentVersion,
                form(), save, new H3(getTranslation("policy.history")), historyGrid());
        setMaxWidth("80rem");
        load();
    }

    private FormLayout form() {
        IntegerField tier1 = weight("policy-tier1", "policy.tier1", "policy.tier1.help");
        IntegerField tier2 = weight("policy-tier2", "policy.tier2", "policy.tier2.help");
        IntegerField tier3 = weight("policy-tier3", "policy.tier3", "policy.tier3.help");
        IntegerField tier4 = weight("policy-tier4", "policy.tier4", "policy.tier4.help");
        bindWeight(tier1, PolicyForm::getTier1, PolicyForm::setTier1, null);
        Binder.Binding<PolicyForm, Integer> second = bindWeight(tier2, PolicyForm::getTier2, PolicyForm::setTier2, tier1);
        Binder.Binding<PolicyForm, Integer> third = bindWeight(tier3, PolicyForm::getTier3, PolicyForm::setTier3, tier2);
        Binder.Binding<PolicyForm, Integer> fourth = bindWeight(tier4, PolicyForm::getTier4, PolicyForm::setTier4, tier3);
        // A change of a tier can make the next one valid or invalid: check it again.
        tier1.addValueChangeListener(change -> second.validate());
        tier2.addValueChangeListener(change -> third.validate());
        tier3.addValueChangeListener(change -> fourth.validate());

        IntegerField cap = weight("policy-cap", "policy.cap", "policy.cap.help");
        cap.setMax(100);
        cap.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(getTranslation("policy.cap.range"))
                .setMaxErrorMessage(getTranslation("policy.cap.range"))
                .setBadInputErrorMessage(getTranslation("policy.required")));
        cap.setSuffixComponent(new Span("%"));
        binder.forField(cap).asRequired(getTranslation("policy.required"))
                .withValidator(value -> value >= 0 && value <= 100, getTranslation("policy.cap.range"))
                .bind(PolicyForm::getConcentrationCapPercent, PolicyForm::setConcentrationCapPercent);
        IntegerField concentration = weight("policy-concentration", "policy.concentration", "policy.concentration.help");
        bindWeight(concentration, PolicyForm::getConcentrationPenalty, PolicyForm::setConcentrationPenalty, null);
        IntegerField stability = weight("policy-stability", "policy.stability", "policy.stability.help");
        bindWeight(stability, PolicyForm::getStabilityPenalty, PolicyForm::setStabilityPenalty, null);
        IntegerField interest = weight("policy-interest", "policy.interest", "policy.interest.help");
        bindWeight(interest, PolicyForm::getInterestBonus, PolicyForm::setInterestBonus, null);

        TextArea note = new TextArea(getTranslation("policy.note"));
        note.setId("policy-note");
        note.setHelperText(getTranslation("policy.note.help"));
        note.setMaxLength(NOTE_LENGTH);
        binder.forField(note).asRequired(getTranslation("policy.note.required"))
                .withValidator(text -> text.strip().length() <= NOTE_LENGTH, getTranslation("policy.note.length", NOTE_LENGTH))
                .bind(PolicyForm::getNote, PolicyForm::setNote);

        FormLayout form = new FormLayout(tier1, tier2, tier3, tier4, cap, concentration, stability, interest, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(note, 2);
        return form;
    }

    private IntegerField weight(String id, String labelKey, String helpKey) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setHelperText(getTranslation(helpKey));
        field.setMin(0);
        field.setMax(MAX_WEIGHT);
        field.setStepButtonsVisible(true);
        String outOfRange = getTranslation("policy.range", MAX_WEIGHT);
        field.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(outOfRange).setMaxErrorMessage(outOfRange)
                .setBadInputErrorMessage(getTranslation("policy.required")));
        return field;
    }

    /** A weight: required, not negative and, for the tiers after the first, not above the tier before it. */
    private Binder.Binding<PolicyForm, Integer> bindWeight(IntegerField field, ValueProvider<PolicyForm, Integer> getter,
            Setter<PolicyForm, Integer> setter, IntegerField previousTier) {
        Binder.BindingBuilder<PolicyForm, Integer> binding = binder.forField(field)
                .asRequired(getTranslation("policy.required"))
                .withValidator(value -> value >= 0 && value <= MAX_WEIGHT, getTranslation("policy.range", MAX_WEIGHT));
        if (previousTier != null) {
            binding = binding.withValidator(notAbove(previousTier));
        }
        return binding.bind(getter, setter);
    }

    private Validator<Integer> notAbove(IntegerField previousTier) {
        return (Integer value, ValueContext context) -> previousTier.getValue() == null || value <= previousTier.getValue()
                ? ValidationResult.ok()
                : ValidationResult.error(getTranslation("policy.tier.nonIncreasing", previousTier.getLabel()));
    }

    private void load() {
        MatchingPolicy current = policies.current();
        editedVersion = current.policyVersion();
        binder.readBean(PolicyForm.of(current.values()));
        currentVersion.setText(getTranslation("policy.current", current.policyVersion(), time(current),
                current.createdBy()));
        history.setItems(query -> policies.history(PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) policies.history(PageRequest.of(0, 1)).getTotalElements());
    }

    private void save() {
        PolicyForm form = new PolicyForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        // Another coordinator may have saved a version first: Feedback then offers to reload.
        Feedback.attempt(() -> policies.change(editedVersion, form.values(), form.getNote().strip()), this::load)
                .ifPresent(saved -> {
                    Feedback.success(getTranslation("policy.saved", saved.policyVersion()));
                    load();
                });
    }

    private Grid<MatchingPolicy> historyGrid() {
        history.setId("policy-history");
        history.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(MatchingPolicy::policyVersion).setHeader(getTranslation("policy.column.version"))
                .setAutoWidth(true);
        history.addColumn(this::time).setHeader(getTranslation("policy.column.created")).setAutoWidth(true);
        history.addColumn(MatchingPolicy::createdBy).setHeader(getTranslation("policy.column.by")).setAutoWidth(true);
        history.addColumn(policy -> getTranslation("policy.column.weightsValue",
                        policy.values().tierWeights().stream().map(String::valueOf).reduce((a, b) -> a + " / " + b).orElse(""),
                        policy.values().concentrationCapPercent(), policy.values().concentrationPenalty(),
                        policy.values().stabilityPenalty(), policy.values().interestBonus()))
                .setHeader(getTranslation("policy.column.weights")).setFlexGrow(2);
        history.addColumn(MatchingPolicy::note).setHeader(getTranslation("policy.column.note")).setFlexGrow(2);
        history.setHeight("20rem");
        return history;
    }

    private String time(MatchingPolicy policy) {
        return Formats.time(policy.createdAt(), getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("policy.title");
    }
}
