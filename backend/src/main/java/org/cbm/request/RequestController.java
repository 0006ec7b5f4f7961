package org.cbm.request;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.cbm.organisation.PriorityGroup;
import org.cbm.solver.instance.IncomeGroup;
import org.cbm.solver.instance.Region;
import org.cbm.solver.instance.Theme;
import org.cbm.validation.LanguageCode;
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
@RequestMapping("/api/v1/requests")
@Tag(name = "Requests", description = "Recipient States' requests for assistance and their work packages")
class RequestController {

    private final RequestService requests;

    RequestController(RequestService requests) {
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "Requests the signed-in user may see, filtered by status and State, and as in the marketplace: "
            + "a work package with the theme, language and urgency given; the requesting State's region, income group "
            + "and priority group (LDC, LLDC, SIDS); text in the title or description")
    PagedModel<RequestView> list(@RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) String recipientId, @RequestParam(required = false) Theme theme,
            @RequestParam(required = false) Region region,
            @RequestParam(required = false) @LanguageCode String language,
            @RequestParam(required = false) @Min(1) @Max(3) Integer urgency,
            @RequestParam(required = false) IncomeGroup incomeGroup,
            @RequestParam(required = false) PriorityGroup priorityGroup,
            @RequestParam(required = false) @Size(max = 200) String text,
            Pageable pageable) {
        MarketplaceQuery search = new MarketplaceQuery(theme, region, language, urgency, incomeGroup, priorityGroup, text);
        return new PagedModel<>(requests.list(new RequestService.RequestFilter(status, recipientId), search, pageable)
                .map(RequestView::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One request with its work packages")
    RequestView get(@PathVariable String id) {
        return RequestView.of(requests.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a draft request of the signed-in official's State (recipients)")
    RequestView create(@RequestBody RequestService.RequestInput input) {
        return RequestView.of(requests.create(input));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a draft or published request; send the version you edited")
    RequestView revise(@PathVariable String id, @RequestBody RequestService.RequestInput input) {
        return RequestView.of(requests.revise(id, input));
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft: providers see it and the solver takes it into account")
    RequestView publish(@PathVariable String id, @RequestParam Long version) {
        return RequestView.of(requests.publish(id, version));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw a draft or published request")
    RequestView withdraw(@PathVariable String id, @RequestParam Long version) {
        return RequestView.of(requests.withdraw(id, version));
    }

    @PostMapping("/{id}/interest")
    @Operation(summary = "Mark the signed-in provider's interest in a published request (providers)")
    RequestView markInterest(@PathVariable String id) {
        return RequestView.of(requests.markInterest(id));
    }
}
