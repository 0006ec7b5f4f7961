package org.cbm.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbm.problem.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/metrics")
@Tag(name = "Metrics", description = "Coverage and fairness figures of the published plan")
class MetricsController {

    /**
     * The published plan's figures, and its metrics as the matching model defines them: coverage per State, Jain
     * index, minimum coverage, coverage by priority weight, provider concentration (HHI) per State.
     */
    record PublishedMetrics(String planId, Long soft, PlanSummary summary, JsonNode metrics) {
    }

    private final PlanService plans;
    private final ObjectMapper json;

    MetricsController(PlanService plans, ObjectMapper json) {
        this.plans = plans;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "Figures of the published plan: coverage, Jain index, minimum coverage, provider concentration")
    PublishedMetrics published() throws JsonProcessingException {
        MatchingPlan plan = plans.published().orElseThrow(() -> new NotFoundException("Published plan", "(none yet)"));
        return new PublishedMetrics(plan.id(), plan.soft(), plan.summary(), json.readTree(plan.explanationJson()).get("metrics"));
    }
}
