package org.cbm.policy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/policy")
@Tag(name = "Policy", description = "The weights of the matching score, versioned")
class PolicyController {

    /** A new version: the values, and the version they were based on. */
    record PolicyChange(@NotNull @Positive Integer basedOnVersion, @NotNull @Valid PolicyValues values,
            @Size(max = 2000) String note) {
    }

    private final PolicyService policies;

    PolicyController(PolicyService policies) {
        this.policies = policies;
    }

    @GetMapping
    @Operation(summary = "The current policy version")
    MatchingPolicy current() {
        return policies.current();
    }

    @GetMapping("/versions")
    @Operation(summary = "Every policy version, newest first")
    PagedModel<MatchingPolicy> history(Pageable pageable) {
        return new PagedModel<>(policies.history(pageable));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save the next policy version (coordinators); 409 if another version came first")
    MatchingPolicy change(@Valid @RequestBody PolicyChange change) {
        return policies.change(change.basedOnVersion(), change.values(), change.note());
    }
}
