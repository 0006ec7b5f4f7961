package org.cbm.offer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cbm.solver.instance.Theme;
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
@RequestMapping("/api/v1/offers")
@Tag(name = "Offers", description = "Providers' offers of expert-days")
class OfferController {

    private final OfferService offers;

    OfferController(OfferService offers) {
        this.offers = offers;
    }

    @GetMapping
    @Operation(summary = "Offers the signed-in user may see, filtered by status, provider and theme")
    PagedModel<OfferView> list(@RequestParam(required = false) OfferStatus status,
            @RequestParam(required = false) String providerId, @RequestParam(required = false) Theme theme,
            Pageable pageable) {
        return new PagedModel<>(offers.list(new OfferService.OfferFilter(status, providerId, theme), pageable)
                .map(OfferView::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One offer")
    OfferView get(@PathVariable String id) {
        return OfferView.of(offers.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a draft offer of the signed-in official's organisation (providers)")
    OfferView create(@RequestBody OfferService.OfferInput input) {
        return OfferView.of(offers.create(input));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a draft or active offer; send the version you edited")
    OfferView revise(@PathVariable String id, @RequestBody OfferService.OfferInput input) {
        return OfferView.of(offers.revise(id, input));
    }

    @PostMapping("/{id}/activate")
    @Operation(summary = "Activate a draft offer: the solver may then propose it")
    OfferView activate(@PathVariable String id, @RequestParam Long version) {
        return OfferView.of(offers.activate(id, version));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close an offer: it is no longer proposed")
    OfferView close(@PathVariable String id, @RequestParam Long version) {
        return OfferView.of(offers.close(id, version));
    }
}
