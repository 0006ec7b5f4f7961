package org.cbm.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.cbm.RoleAccess;
import org.cbm.SignedInUi;
import org.cbm.audit.AuditEvent;
import org.cbm.audit.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/** Coordinators search the audit trail by entity, actor, action and period. */
@SpringBootTest
class AuditLogViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditLog auditLog;

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    void filtersTheTrailByEntityActorActionAndPeriod() {
        String entity = "audit-view-" + UUID.randomUUID();
        String actor = "auditor-" + UUID.randomUUID() + "@test.example";
        auditLog.record(actor, "Offer", entity, "CREATE", null, "created");
        auditLog.record(actor, "Offer", entity, "ACTIVATE", "DRAFT", "ACTIVE");
        auditLog.record("someone-else@test.example", "Offer", entity, "CLOSE", "ACTIVE", "CLOSED");
        SignedInUi.as(context, SignedInUi.COORDINATOR);
        UI.getCurrent().navigate(AuditLogView.class);

        assertThat(GridKt._size(events())).isGreaterThanOrEqualTo(3);
        assertThat(newest()).as("unfiltered trail").filteredOn(event -> event.entityId().equals(entity))
                .extracting(AuditEvent::action).containsExactlyInAnyOrder("CLOSE", "ACTIVATE", "CREATE");

        HasValueUtilsKt._setValue(text("audit-entity-id"), entity);
        search();
        assertThat(rows()).extracting(AuditEvent::action).containsExactlyInAnyOrder("CLOSE", "ACTIVATE", "CREATE");

        HasValueUtilsKt._setValue(text("audit-actor"), actor);
        search();
        assertThat(rows()).extracting(AuditEvent::action).containsExactlyInAnyOrder("ACTIVATE", "CREATE");

        HasValueUtilsKt._setValue(text("audit-action"), "CREATE");
        search();
        assertThat(rows()).extracting(AuditEvent::entityId).containsExactly(entity);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), today);
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("audit-to")), today);
        search();
        assertThat(rows()).hasSize(1);
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("audit-to")), null);
        HasValueUtilsKt._setValue(_get(DatePicker.class, spec -> spec.withId("audit-from")), today.plusDays(1));
        search();
        assertThat(rows()).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("audit-clear")));
        assertThat(GridKt._size(events())).isGreaterThanOrEqualTo(3);
        assertThat(newest()).as("trail after clearing").filteredOn(event -> event.entityId().equals(entity))
                .extracting(AuditEvent::action).containsExactlyInAnyOrder("CLOSE", "ACTIVATE", "CREATE");
    }

    @Test
    void isOnlyForCoordinators() {
        RoleAccess.assertRefused(context, AuditLogView.class, "audit", SignedInUi.RECIPIENT, SignedInUi.PROVIDER,
                SignedInUi.ADMIN);
    }

    private static void search() {
        _click(_get(Button.class, spec -> spec.withId("audit-search")));
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEvent> events() {
        return _get(Grid.class, spec -> spec.withId("audit-events"));
    }

    /** The newest rows only: the demo trail is long, and the grid lists the newest first. */
    private static List<AuditEvent> newest() {
        return rows(50);
    }

    private static List<AuditEvent> rows() {
        return rows(Integer.MAX_VALUE);
    }

    private static List<AuditEvent> rows(int atMost) {
        Grid<AuditEvent> grid = events();
        return IntStream.range(0, Math.min(atMost, GridKt._size(grid))).mapToObj(i -> GridKt._get(grid, i)).toList();
    }
}
