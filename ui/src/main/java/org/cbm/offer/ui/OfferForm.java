package org.cbm.offer.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.cbm.forms.Fields;
import org.cbm.offer.Offer;
import org.cbm.offer.OfferService;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;

/**
 * What a provider offers: themes, languages, expert-days, when, and to whom by objective criteria only (UN
 * region, income group; nothing chosen means everyone). Each entry is checked for a friendly message next to its
 * field; the service checks again on save.
 */
class OfferForm extends FormLayout {

    /** The entries, for the binder (an offer itself is changed only through the service). */
    static final class Entries {
        private String title;
        private String description;
        private Set<Theme> themes = Set.of();
        private Set<String> languages = Set.of();
        private Integer capacityDays;
        private LocalDate start;
        private LocalDate end;
        private Set<Region> regions = Set.of();
        private Set<IncomeGroup> incomeGroups = Set.of();

        static Entries of(Offer offer) {
            Entries entries = new Entries();
            entries.title = offer.title();
            entries.description = offer.description();
            entries.themes = offer.themes();
            entries.languages = offer.languages();
            entries.capacityDays = offer.capacityDays();
            entries.start = offer.start();
            entries.end = offer.end();
            entries.regions = offer.eligibleRegions();
            entries.incomeGroups = offer.eligibleIncomeGroups();
            return entries;
        }

        OfferService.OfferInput input(Long version) {
            return new OfferService.OfferInput(version, title, description, themes, languages, capacityDays, start,
                    end, regions, incomeGroups);
        }
    }

    private final Binder<Entries> binder = new Binder<>();
    private final Entries entries = new Entries();
    private final TextField title = new TextField(getTranslation("offer.field.title"));
    private final TextArea description = new TextArea(getTranslation("offer.field.description"));
    private final MultiSelectComboBox<Theme> themes = new MultiSelectComboBox<>(getTranslation("offer.field.themes"));
    private final MultiSelectComboBox<String> languages = Fields.languages(getTranslation("offer.field.languages"));
    private final IntegerField capacity = Fields.expertDays(getTranslation("offer.field.capacity"));
    private final DatePicker start = Fields.datePicker(getTranslation("offer.field.start"));
    private final DatePicker end = Fields.datePicker(getTranslation("offer.field.end"));
    private final MultiSelectComboBox<Region> regions = new MultiSelectComboBox<>(getTranslation("offer.field.regions"));
    private final MultiSelectComboBox<IncomeGroup> incomeGroups =
            new MultiSelectComboBox<>(getTranslation("offer.field.incomeGroups"));
    private boolean changed;

    OfferForm() {
        title.setId("offer-title");
        title.setMaxLength(200);
        description.setId("offer-description");
        description.setMaxLength(5000);
        description.setMinHeight("8em");
        themes.setId("offer-themes");
        themes.setItems(Fields.byThemeName(List.of(Theme.values())));
        themes.setItemLabelGenerator(Fields::themeName);
        languages.setId("offer-languages");
        capacity.setId("offer-capacity");
        start.setId("offer-start");
        end.setId("offer-end");
        regions.setId("offer-regions");
        regions.setItems(Region.values());
        regions.setItemLabelGenerator(region -> getTranslation("region." + region.name()));
        regions.setHelperText(getTranslation("offer.field.eligibility.help"));
        incomeGroups.setId("offer-income-groups");
        incomeGroups.setItems(IncomeGroup.values());
        incomeGroups.setItemLabelGenerator(group -> getTranslation("income." + group.name()));
        incomeGroups.setHelperText(getTranslation("offer.field.eligibility.help"));
        bindFields();
        binder.addValueChangeListener(change -> changed = true);
        start.addValueChangeListener(change -> {
            if (end.getValue() != null) {
                binder.validate();
            }
        });

        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        add(title, 2);
        add(description, 2);
        add(themes, languages, start, end, capacity);
        add(new H2(getTranslation("offer.eligibility.heading")), 2);
        add(new Paragraph(getTranslation("offer.eligibility.intro")), 2);
        add(regions, incomeGroups);
    }

    private void bindFields() {
        binder.forField(title).asRequired(getTranslation("form.required")).bind(e -> e.title, (e, v) -> e.title = v);
        binder.forField(description).bind(e -> e.description, (e, v) -> e.description = v);
        binder.forField(themes).asRequired(getTranslation("offer.themes.required"))
                .bind(e -> e.themes, (e, v) -> e.themes = v);
        binder.forField(languages).asRequired(getTranslation("form.languages.required"))
                .bind(e -> e.languages, (e, v) -> e.languages = v);
        binder.forField(capacity).asRequired(getTranslation("form.required"))
                .withValidator(days -> days > 0, getTranslation("form.days.positive"))
                .bind(e -> e.capacityDays, (e, v) -> e.capacityDays = v);
        binder.forField(start).asRequired(getTranslation("form.required")).bind(e -> e.start, (e, v) -> e.start = v);
        binder.forField(end).asRequired(getTranslation("form.required"))
                .withValidator(day -> start.getValue() == null || !day.isBefore(start.getValue()),
                        getTranslation("form.end.beforeStart"))
                .bind(e -> e.end, (e, v) -> e.end = v);
        binder.forField(regions).bind(e -> e.regions, (e, v) -> e.regions = v);
        binder.forField(incomeGroups).bind(e -> e.incomeGroups, (e, v) -> e.incomeGroups = v);
    }

    /** Shows a stored offer, or an empty form for {@code null}, dropping whatever was entered. */
    void show(Offer offer) {
        binder.readBean(offer == null ? new Entries() : Entries.of(offer));
        changed = false;
    }

    boolean hasChanges() {
        return changed;
    }

    /** Checks every field (all messages at once); the offer as entered when all are right. */
    Optional<OfferService.OfferInput> validInput(Long version) {
        boolean valid = binder.validate().isOk();
        return valid && binder.writeBeanIfValid(entries) ? Optional.of(entries.input(version)) : Optional.empty();
    }

    void setEditable(boolean editable) {
        Stream.<HasValue<?, ?>>of(title, description, themes, languages, capacity, start, end, regions, incomeGroups)
                .forEach(field -> field.setReadOnly(!editable));
    }
}
