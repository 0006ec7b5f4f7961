package org.cbm.veto;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me/vetoes")
@Tag(name = "Provider vetoes", description = "The providers my State does not accept assistance from")
class ProviderVetoController {

    /** My State's vetoed providers; {@code version} is null until it first saves them. */
    record VetoesView(String stateId, Long version, Set<String> providerIds, Instant updatedAt) {
        static VetoesView of(ProviderVetoes vetoes) {
            return new VetoesView(vetoes.stateId(), vetoes.version(), vetoes.providerIds(), vetoes.updatedAt());
        }
    }

    /** The whole new list ([] for none), based on the version last read (null before the first save). */
    record VetoChange(Long version, List<String> providerIds) {
    }

    private final ProviderVetoService vetoes;

    ProviderVetoController(ProviderVetoService vetoes) {
        this.vetoes = vetoes;
    }

    @GetMapping
    @Operation(summary = "The providers my State vetoed (recipient officials)")
    VetoesView mine() {
        return VetoesView.of(vetoes.mine());
    }

    @PutMapping
    @Operation(summary = "Replace the providers my State vetoes: the solver proposes none of their offers to it",
            description = "Confirmed matches stand; open proposals stay until declined or replaced by the next "
                    + "published plan.")
    VetoesView replace(@RequestBody VetoChange change) {
        return VetoesView.of(vetoes.replaceMine(change.version(), change.providerIds()));
    }
}
