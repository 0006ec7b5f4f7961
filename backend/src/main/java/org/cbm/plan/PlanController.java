package org.cbm.plan;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.cbm.problem.NotFoundException;
import org.cbm.solver.plan.Plan;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "Solver runs, drafts and the published plan (coordinators)")
class PlanController {

    private final PlanService plans;

    PlanController(PlanService plans) {
        this.plans = plans;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start a solver run on the marketplace as it is now; 409 while another run is in progress")
    PlanView start(@RequestParam(defaultValue = "30") @Min(1) @Max(PlanService.MAX_SECONDS) int seconds) {
        return PlanView.of(plans.start(seconds));
    }

    @GetMapping
    @Operation(summary = "Plans, newest first")
    PagedModel<PlanView> list(@RequestParam(required = false) PlanStatus status, Pageable pageable) {
        return new PagedModel<>(plans.list(status, pageable).map(PlanView::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One plan with its status, progress (best score over time), figures and assignments")
    PlanView get(@PathVariable String id) {
        return PlanView.of(plans.get(id));
    }

    @GetMapping("/{id}/progress")
    @Operation(summary = "The best score over time of a run, for watching it live")
    List<ProgressPoint> progress(@PathVariable String id) {
        return plans.get(id).progress();
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Stop a running plan")
    PlanView cancel(@PathVariable String id) {
        return PlanView.of(plans.cancel(id));
    }

    @GetMapping("/{id}/comparison")
    @Operation(summary = "The plan side by side with the published one: figures, pairs added, kept and dropped")
    PlanComparison compare(@PathVariable String id) {
        return plans.compare(id);
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a feasible draft; its new pairs become proposals, dropped proposals are withdrawn")
    PlanView publish(@PathVariable String id) {
        return PlanView.of(plans.publish(id));
    }

    @GetMapping("/{id}/instance")
    @Operation(summary = "The exact cbm-instance/1 the plan was solved from, to re-check it independently")
    ResponseEntity<String> instance(@PathVariable String id) {
        return attachment(id + ".instance.json", plans.get(id).instanceJson());
    }

    @GetMapping("/{id}/plan")
    @Operation(summary = "The plan as a cbm-plan/1 file with its score")
    ResponseEntity<Plan> planFile(@PathVariable String id) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + ".plan.json\"")
                .body(plans.asPlanFile(id));
    }

    @GetMapping("/{id}/explanation")
    @Operation(summary = "Points per assignment, the reason for each unassigned package, and the plan's metrics")
    ResponseEntity<String> explanation(@PathVariable String id) {
        String explanation = plans.get(id).explanationJson();
        if (explanation == null) {
            throw new NotFoundException("Explanation of plan", id);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(explanation);
    }

    private static ResponseEntity<String> attachment(String filename, String json) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"").body(json);
    }
}
