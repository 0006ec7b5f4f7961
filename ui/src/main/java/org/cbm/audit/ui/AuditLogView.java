package org.cbm.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.cbm.audit.AuditEvent;
import org.cbm.audit.AuditLog;
import org.cbm.forms.Fields;
import org.cbm.shell.MainLayout;
import org.springframework.data.domain.PageRequest;

/**
 * The audit trail: every change of state, who made it and what the item was before and after, newest first,
 * loaded page by page; filtered by entity, actor, action and period (days in UTC).
 */
@Route(value = "audit", layout = MainLayout.class)
@Menu(title = "nav.audit", order = 60, icon = "LIST")
@RolesAllowed("COORDINATOR")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    /** The kinds of items the services record; others can still be typed in. */
    static final List<String> ENTITY_TYPES = List.of("AssistanceRequest", "Offer", "Match", "Plan", "MatchingPolicy",
            "Organisation", "UserAccount", "ProviderVetoes", "ApiToken");

    private final AuditLog auditLog;
    private final ComboBox<String> entityType = new ComboBox<>();
    private final TextField entityId = new TextField();
    private final TextField actor = new TextField();
    private final TextField action = new TextField();
    private final DatePicker from = Fields.datePicker(getTranslation("audit.from"));
    private final DatePicker to = Fields.datePicker(getTranslation("audit.to"));
    private final Grid<AuditEvent> events = new Grid<>();
    private AuditLog.AuditFilter filter = new AuditLog.AuditFilter(null, null, null, null, null, null);

    AuditLogView(AuditLog auditLog) {
        this.auditLog = auditLog;
        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")), filters(), eventsGrid());
        setSizeFull();
    }

    private FormLayout filters() {
        entityType.setId("audit-entity-type");
        entityType.setLabel(getTranslation("audit.entityType"));
        entityType.setItems(ENTITY_TYPES);
        entityType.setAllowCustomValue(true);
        entityType.addCustomValueSetListener(custom -> entityType.setValue(custom.getDetail()));
        entityType.setClearButtonVisible(true);
        entityId.setId("audit-entity-id");
        entityId.setLabel(getTranslation("audit.entityId"));
        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.actor"));
        actor.setHelperText(getTranslation("audit.actor.help"));
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.action"));
        action.setHelperText(getTranslation("audit.action.help"));
        from.setId("audit-from");
        to.setId("audit-to");
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        to.addValueChangeListener(change -> from.setMax(change.getValue()));
        List.of(entityId, actor, action).forEach(field -> field.setClearButtonVisible(true));
        List.of(from, to).forEach(field -> field.setClearButtonVisible(true));

        Button search = new Button(getTranslation("common.search"), click -> search());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation("audit.clear"), click -> clear());
        clear.setId("audit-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div buttons = new Div(search, clear);
        buttons.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "end");
        FormLayout form = new FormLayout(entityType, entityId, actor, action, from, to, buttons);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 4));
        return form;
    }

    private void search() {
        filter = new AuditLog.AuditFilter(blankToNull(entityType.getValue()), blankToNull(entityId.getValue()),
                blankToNull(actor.getValue()), blankToNull(action.getValue()), startOf(from.getValue()),
                startOf(to.getValue() == null ? null : to.getValue().plusDays(1)));
        events.getDataProvider().refreshAll();
    }

    private void clear() {
        entityType.clear();
        entityId.clear();
        actor.clear();
        action.clear();
        from.clear();
        to.clear();
        search();
    }

    private Grid<AuditEvent> eventsGrid() {
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(ZoneOffset.UTC);
        events.setId("audit-events");
        events.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        events.addColumn(event -> time.format(event.at())).setHeader(getTranslation("audit.column.at")).setAutoWidth(true);
        events.addColumn(AuditEvent::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        events.addColumn(AuditEvent::entityType).setHeader(getTranslation("audit.entityType")).setAutoWidth(true);
        events.addColumn(AuditEvent::entityId).setHeader(getTranslation("audit.entityId")).setAutoWidth(true);
        events.addColumn(AuditEvent::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        events.addColumn(AuditEvent::after).setHeader(getTranslation("audit.column.after")).setFlexGrow(3);
        events.setItemDetailsRenderer(new ComponentRenderer<>(event -> {
            Div details = new Div(new Paragraph(getTranslation("audit.before", orNone(event.before()))),
                    new Paragraph(getTranslation("audit.after", orNone(event.after()))));
            details.getStyle().set("white-space", "pre-wrap");
            return details;
        }));
        events.setItems(query -> auditLog.search(filter, PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) auditLog.search(filter, PageRequest.of(0, 1)).getTotalElements());
        events.setSizeFull();
        events.setMinHeight("24rem");
        return events;
    }

    private String orNone(String text) {
        return text == null || text.isBlank() ? getTranslation("common.none") : text;
    }

    /** The start of a day in UTC, the time zone the trail is shown in. */
    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
