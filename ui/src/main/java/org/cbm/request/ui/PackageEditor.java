package org.cbm.request.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cbm.forms.Fields;
import org.cbm.request.RequestService;
import org.cbm.solver.instance.Theme;

/**
 * The fields of one work package, each with its own message when its entry cannot be right (a theme and a
 * language are needed, at least one expert-day, an end not before the start). The service checks again on save.
 */
class PackageEditor extends VerticalLayout {

    private final Binder<PackageForm> binder = new Binder<>();
    private final PackageForm form;
    private final H3 heading = new H3();
    private final ComboBox<Theme> theme = new ComboBox<>(getTranslation("packages.column.theme"));
    private final MultiSelectComboBox<String> languages = Fields.languages(getTranslation("packages.column.languages"));
    private final IntegerField days = Fields.expertDays(getTranslation("packages.column.days"));
    private final Select<Integer> urgency = new Select<>();
    private final DatePicker start = Fields.datePicker(getTranslation("packages.field.start"));
    private final DatePicker end = Fields.datePicker(getTranslation("packages.field.end"));
    private final Button remove = new Button(getTranslation("packages.remove"), VaadinIcon.TRASH.create());

    PackageEditor(PackageForm form, Consumer<PackageEditor> onRemove, Runnable onChange) {
        this.form = form;
        setPadding(false);
        addClassName("cbm-package");
        getStyle().set("border-top", "1px solid var(--lumo-contrast-20pct)");

        theme.setItems(Fields.byThemeName(List.of(Theme.values())));
        theme.setItemLabelGenerator(Fields::themeName);
        urgency.setLabel(getTranslation("packages.column.urgency"));
        urgency.setItems(1, 2, 3);
        urgency.setItemLabelGenerator(level -> getTranslation("urgency." + level));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> onRemove.accept(this));

        bindFields();
        binder.readBean(form);
        binder.addValueChangeListener(change -> onChange.run());
        // The end is checked against the start: a new start may make the end right or wrong.
        start.addValueChangeListener(change -> {
            if (end.getValue() != null) {
                binder.validate();
            }
        });

        HorizontalLayout header = new HorizontalLayout(heading, remove);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.expand(heading);
        FormLayout fields = new FormLayout(theme, languages, days, urgency, start, end);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        add(header, fields);
    }

    private void bindFields() {
        binder.forField(theme).asRequired(getTranslation("form.required"))
                .bind(PackageForm::getTheme, PackageForm::setTheme);
        binder.forField(languages).asRequired(getTranslation("form.languages.required"))
                .bind(PackageForm::getLanguages, PackageForm::setLanguages);
        binder.forField(days).asRequired(getTranslation("form.required"))
                .withValidator(value -> value > 0, getTranslation("form.days.positive"))
                .bind(PackageForm::getDays, PackageForm::setDays);
        binder.forField(urgency).asRequired(getTranslation("form.required"))
                .bind(PackageForm::getUrgency, PackageForm::setUrgency);
        binder.forField(start).asRequired(getTranslation("form.required"))
                .bind(PackageForm::getStart, PackageForm::setStart);
        binder.forField(end).asRequired(getTranslation("form.required"))
                .withValidator(value -> start.getValue() == null || !value.isBefore(start.getValue()),
                        getTranslation("form.end.beforeStart"))
                .bind(PackageForm::getEnd, PackageForm::setEnd);
    }

    /** Numbers the package as the n-th of the request (from 0), for its heading and the fields' ids. */
    void setPosition(int index) {
        heading.setText(getTranslation("packages.heading", index + 1));
        String prefix = "package-" + index + "-";
        theme.setId(prefix + "theme");
        languages.setId(prefix + "languages");
        days.setId(prefix + "days");
        urgency.setId(prefix + "urgency");
        start.setId(prefix + "start");
        end.setId(prefix + "end");
        remove.setId(prefix + "remove");
        remove.setAriaLabel(getTranslation("packages.remove.label", index + 1));
    }

    /** Checks every field, showing each one's message; the package as entered when all are right. */
    Optional<RequestService.PackageInput> validInput() {
        boolean valid = binder.validate().isOk();
        return valid && binder.writeBeanIfValid(form) ? Optional.of(form.input()) : Optional.empty();
    }

    void setEditable(boolean editable) {
        Stream.<HasValue<?, ?>>of(theme, languages, days, urgency, start, end)
                .forEach(field -> field.setReadOnly(!editable));
        remove.setVisible(editable);
    }
}
