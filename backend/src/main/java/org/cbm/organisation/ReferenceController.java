package org.cbm.organisation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.List;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "Reference data", description = "UN member States and the fixed list of themes")
class ReferenceController {

    /** A State with what the matching rules use of it. */
    record StateView(String iso3, String name, Region region, IncomeGroup incomeGroup, boolean ldc, boolean lldc,
            boolean sids, List<String> officialLanguages, int priorityWeight) {
    }

    private final OrganisationDirectory organisations;

    ReferenceController(OrganisationDirectory organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/states")
    @Operation(summary = "The 193 UN member States with region, income group, LDC/LLDC/SIDS status and priority weight")
    List<StateView> states() {
        return organisations.states().stream().sorted(Comparator.comparing(Organisation::id)).map(state -> {
            StateProfile profile = state.stateProfile();
            return new StateView(state.id(), state.name(), profile.region(), profile.incomeGroup(), profile.ldc(),
                    profile.lldc(), profile.sids(), profile.officialLanguages(), profile.priorityWeight());
        }).toList();
    }

    @GetMapping("/themes")
    @Operation(summary = "The capacity-building themes")
    List<Theme> themes() {
        return List.of(Theme.values());
    }
}
