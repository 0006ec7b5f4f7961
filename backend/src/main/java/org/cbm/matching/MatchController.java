package org.cbm.matching;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/matches")
@Tag(name = "Matches", description = "Proposals and their answers, confirmed matches and their delivery")
class MatchController {

    record DeclineReason(String reason) {
    }

    record CompletionReport(Integer rating, String comment) {
    }

    private final MatchService matches;

    MatchController(MatchService matches) {
        this.matches = matches;
    }

    @GetMapping
    @Operation(summary = "Matches of the signed-in official's State or organisation (all for coordinators), "
            + "filtered by request, offer and status (repeat it for several: status=PROPOSED&status=ACCEPTED_BY_PROVIDER)")
    PagedModel<MatchView> list(@RequestParam(required = false) Set<MatchStatus> status,
            @RequestParam(required = false) String requestId, @RequestParam(required = false) String offerId,
            Pageable pageable) {
        return new PagedModel<>(matches.list(new MatchService.MatchFilter(status, requestId, offerId), pageable)
                .map(MatchView::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One match")
    MatchView get(@PathVariable String id) {
        return MatchView.of(matches.get(id));
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Accept a proposal for your side; confirmed once both sides have accepted")
    MatchView accept(@PathVariable String id, @RequestParam Long version) {
        return MatchView.of(matches.accept(id, version));
    }

    @PostMapping("/{id}/decline")
    @Operation(summary = "Decline a proposal with a reason; the pair is never proposed again")
    MatchView decline(@PathVariable String id, @RequestParam Long version, @RequestBody DeclineReason body) {
        return MatchView.of(matches.decline(id, version, body.reason()));
    }

    @PostMapping("/{id}/start-delivery")
    @Operation(summary = "Report that the work of a confirmed match has started")
    MatchView startDelivery(@PathVariable String id, @RequestParam Long version) {
        return MatchView.of(matches.startDelivery(id, version));
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Report delivered assistance with a rating from 1 to 5 and a comment (recipient State)")
    MatchView complete(@PathVariable String id, @RequestParam Long version, @RequestBody CompletionReport body) {
        return MatchView.of(matches.complete(id, version, body.rating(), body.comment()));
    }
}
