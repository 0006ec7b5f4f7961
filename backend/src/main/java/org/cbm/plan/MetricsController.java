package org.cbm.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbm.problem.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/metrics")
@Tag(name = "Metrics", description = "Coverage and fairness figures of the published plan, and the marketplace's size")
class MetricsController {

    private final PlanFigures figures;

    MetricsController(PlanFigures figures) {
        this.figures = figures;
    }

    @GetMapping
    @Operation(summary = "Figures of the published plan: coverage overall and by region, priority group, income group "
            + "and theme, Jain index, minimum coverage, provider concentration")
    PlanFigures.Published published() {
        return figures.published().orElseThrow(() -> new NotFoundException("Published plan", "(none yet)"));
    }

    @GetMapping("/marketplace")
    @Operation(summary = "Expert-days requested in published requests and offered by active offers, now")
    PlanFigures.Marketplace marketplace() {
        return figures.marketplace();
    }
}
