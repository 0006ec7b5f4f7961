package org.cbm.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbm.solver.instance.OrganisationKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/organisations")
@Tag(name = "Administration: organisations", description = "States and partner organisations (administrators)")
class AdminOrganisationController {

    record OrganisationView(String id, Long version, String name, OrganisationKind kind, String summary) {
        static OrganisationView of(Organisation organisation) {
            return new OrganisationView(organisation.id(), organisation.version(), organisation.name(),
                    organisation.kind(), organisation.summary());
        }
    }

    record Rename(Long version, String name) {
    }

    private final OrganisationAdministration organisations;

    AdminOrganisationController(OrganisationAdministration organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "Organisations, optionally of one kind")
    PagedModel<OrganisationView> list(@RequestParam(required = false) OrganisationKind kind,
            @Parameter(description = "part of the name, in any case") @RequestParam(required = false) String q,
            Pageable pageable) {
        return new PagedModel<>(organisations.list(kind, q, pageable).map(OrganisationView::of));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a partner organisation (States come from the reference list)")
    OrganisationView register(@RequestBody OrganisationAdministration.NewPartner partner) {
        return OrganisationView.of(organisations.registerPartner(partner));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename a partner organisation")
    OrganisationView rename(@PathVariable String id, @RequestBody Rename rename) {
        return OrganisationView.of(organisations.renamePartner(id, rename.version(), rename.name()));
    }
}
