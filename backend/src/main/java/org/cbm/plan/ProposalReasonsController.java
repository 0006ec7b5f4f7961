package org.cbm.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.cbm.matching.Match;
import org.cbm.matching.MatchService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/matches")
@Tag(name = "Matches")
class ProposalReasonsController {

    /**
     * Why the published plan pairs the match's package with its offer; {@code planId} is {@code null} and there are
     * no reasons when the published plan does not hold that pair (a later plan dropped it, or none is published).
     */
    record MatchReasons(String matchId, String planId, List<ProposalReason> reasons) {
    }

    private final MatchService matches;
    private final ProposalReasons proposalReasons;

    ProposalReasonsController(MatchService matches, ProposalReasons proposalReasons) {
        this.matches = matches;
        this.proposalReasons = proposalReasons;
    }

    @GetMapping("/{id}/reasons")
    @Operation(summary = "Why the published plan proposes this match, in the terms of the matching score: the rules "
            + "it passes, the coverage of the State's need before and after, the State's priority, the provider's "
            + "interest, the previous plan's pair and the provider's share against the cap")
    MatchReasons reasons(@PathVariable String id) {
        Match match = matches.get(id);
        Match.Pair pair = match.pair();
        return proposalReasons.published()
                .flatMap(plan -> plan.reasonsFor(pair.packageId(), pair.offerId())
                        .map(reasons -> new MatchReasons(id, plan.id(), reasons)))
                .orElse(new MatchReasons(id, null, List.of()));
    }
}
