package org.cbm.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.cbm.RoleAccess;
import org.cbm.SignedInUi;
import org.cbm.organisation.Organisation;
import org.cbm.organisation.OrganisationAdministration;
import org.cbm.organisation.OrganisationDirectory;
import org.cbm.solver.instance.OrganisationKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/** Administrators list the organisations, register partner organisations and rename them. */
@SpringBootTest
class OrganisationsViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OrganisationAdministration administration;

    @Autowired
    OrganisationDirectory directory;

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }

    @Test
    void listsStatesWithTheirProfileAndPartnersByKind() {
        SignedInUi.as(context, SignedInUi.ADMIN);
        UI.getCurrent().navigate(OrganisationsView.class);

        assertThat(GridKt._size(grid())).isEqualTo(administration.list(null, null, PageRequest.of(0, 1)).getTotalElements());
        @SuppressWarnings("unchecked")
        Select<OrganisationKind> kind = _get(Select.class, spec -> spec.withId("organisation-kind-filter"));
        HasValueUtilsKt._setValue(kind, OrganisationKind.STATE);
        Grid<Organisation> states = grid();
        assertThat(GridKt._size(states)).isEqualTo(directory.states().size());
        IntStream.range(0, Math.min(20, GridKt._size(states))).forEach(i -> {
            assertThat(GridKt._get(states, i).kind()).isEqualTo(OrganisationKind.STATE);
            // name, id, kind, region, income group are all filled for a State
            assertThat(GridKt._getFormattedRow(states, i).subList(0, 5)).allSatisfy(cell -> assertThat(cell).isNotBlank());
        });
    }

    @Test
    void findsOrganisationsByPartOfTheirNameInAnyCase() {
        SignedInUi.as(context, SignedInUi.ADMIN);
        UI.getCurrent().navigate(OrganisationsView.class);
        TextField search = _get(TextField.class, spec -> spec.withId("organisation-search"));

        HasValueUtilsKt._setValue(search, "kENy");
        assertThat(GridKt._size(grid())).isOne();
        assertThat(GridKt._get(grid(), 0).id()).isEqualTo("KEN");
        // Typed text is text, not a pattern.
        HasValueUtilsKt._setValue(search, "(.*");
        assertThat(GridKt._size(grid())).isZero();
        HasValueUtilsKt._setValue(search, "");
        assertThat(GridKt._size(grid())).isEqualTo(administration.list(null, null, PageRequest.of(0, 1)).getTotalElements());
    }

    @Test
    void findsAndOrdersStatesByTheirNamesInTheReadersLanguage() {
        SignedInUi.as(context, SignedInUi.ADMIN);
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate(OrganisationsView.class);
        TextField search = _get(TextField.class, spec -> spec.withId("organisation-search"));

        HasValueUtilsKt._setValue(search, "allemagne");
        assertThat(GridKt._size(grid())).isOne();
        assertThat(GridKt._get(grid(), 0).id()).isEqualTo("DEU");
        // without its accent, and by its English name
        HasValueUtilsKt._setValue(search, "COTE D");
        assertThat(GridKt._get(grid(), 0).id()).isEqualTo("CIV");
        HasValueUtilsKt._setValue(search, "germany");
        assertThat(GridKt._get(grid(), 0).id()).isEqualTo("DEU");

        HasValueUtilsKt._setValue(search, "");
        List<String> names = IntStream.range(0, GridKt._size(grid()))
                .mapToObj(i -> GridKt._get(grid(), i).name(Locale.FRENCH)).toList();
        assertThat(names).contains("Égypte", "Zimbabwe").isSortedAccordingTo(Collator.getInstance(Locale.FRENCH)::compare);
    }

    @Test
    void registersAPartnerAndRenamesIt() {
        SignedInUi.as(context, SignedInUi.ADMIN);
        UI.getCurrent().navigate(OrganisationsView.class);
        String id = "test-academy-" + UUID.randomUUID().toString().substring(0, 8);

        HasValueUtilsKt._setValue(text("partner-id"), id);
        HasValueUtilsKt._setValue(text("partner-name"), "Test Cyber Academy");
        @SuppressWarnings("unchecked")
        Select<OrganisationKind> kind = _get(Select.class, spec -> spec.withId("partner-kind"));
        HasValueUtilsKt._setValue(kind, OrganisationKind.ACADEMIA);
        _click(_get(Button.class, spec -> spec.withId("register-partner")));

        Organisation registered = directory.find(id).orElseThrow();
        assertThat(registered.name()).isEqualTo("Test Cyber Academy");
        assertThat(registered.kind()).isEqualTo(OrganisationKind.ACADEMIA);
        assertThat(text("partner-id").getValue()).as("the form is emptied for the next one").isEmpty();

        @SuppressWarnings("unchecked")
        Select<OrganisationKind> filter = _get(Select.class, spec -> spec.withId("organisation-kind-filter"));
        HasValueUtilsKt._setValue(filter, OrganisationKind.ACADEMIA);
        Grid<Organisation> academia = grid();
        int row = IntStream.range(0, GridKt._size(academia)).filter(i -> GridKt._get(academia, i).id().equals(id))
                .findFirst().orElseThrow();
        Button rename = (Button) GridKt._getCellComponent(academia, row, "actions");
        assertThat(rename.getId()).contains("rename-" + id);
        _click(rename);
        HasValueUtilsKt._setValue(text("rename-name"), "Test Cyber Academy of the Sea");
        _click(_get(Button.class, spec -> spec.withId("save-rename")));

        assertThat(directory.find(id).orElseThrow().name()).isEqualTo("Test Cyber Academy of the Sea");
    }

    @Test
    void explainsAnInvalidIdentifierAndRegistersNothing() {
        SignedInUi.as(context, SignedInUi.ADMIN);
        UI.getCurrent().navigate(OrganisationsView.class);
        long before = administration.list(null, null, PageRequest.of(0, 1)).getTotalElements();

        TextField id = text("partner-id");
        HasValueUtilsKt._setValue(id, "not a slug!");
        _click(_get(Button.class, spec -> spec.withId("register-partner")));

        assertThat(id.isInvalid()).isTrue();
        assertThat(id.getErrorMessage()).isEqualTo(UI.getCurrent().getTranslation("organisations.id.pattern"));
        assertThat(text("partner-name").getErrorMessage())
                .isEqualTo(UI.getCurrent().getTranslation("organisations.name.required"));
        assertThat(administration.list(null, null, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
    }

    @Test
    void isOnlyForAdministrators() {
        RoleAccess.assertRefused(context, OrganisationsView.class, "organisations", SignedInUi.RECIPIENT,
                SignedInUi.PROVIDER, SignedInUi.COORDINATOR);
    }

    private static TextField text(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Organisation> grid() {
        return _get(Grid.class, spec -> spec.withId("organisations"));
    }
}
