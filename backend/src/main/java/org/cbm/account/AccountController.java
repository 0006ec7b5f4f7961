package org.cbm.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "My account", description = "The signed-in user, their language and their personal API tokens")
class AccountController {

    record TokenRequest(@NotBlank @Size(max = 100) String name) {
    }

    /** A token without its secret. */
    record TokenView(String id, String name, Instant createdAt, Instant revokedAt) {
        static TokenView of(ApiToken token) {
            return new TokenView(token.id(), token.name(), token.createdAt(), token.revokedAt());
        }
    }

    /** A new token: {@code token} is the value to send as {@code Authorization: Bearer ...}, shown only now. */
    record IssuedTokenView(TokenView details, String token) {
    }

    /** The language of my web pages and e-mails: en, fr, es, ru, zh or ar. */
    record LanguageView(String language) {
    }

    private final CurrentActor currentActor;
    private final ApiTokens apiTokens;
    private final AccountService accounts;

    AccountController(CurrentActor currentActor, ApiTokens apiTokens, AccountService accounts) {
        this.currentActor = currentActor;
        this.apiTokens = apiTokens;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Who is signed in: user, organisation and roles")
    Actor me() {
        return currentActor.require();
    }

    @PutMapping("/language")
    @Operation(summary = "Change the language of my web pages and e-mails: en, fr, es, ru, zh or ar")
    LanguageView changeLanguage(@RequestBody LanguageView choice) {
        return new LanguageView(accounts.changeLanguage(choice.language()).preferredLanguage());
    }

    @GetMapping("/tokens")
    @Operation(summary = "My API tokens (without their secrets)")
    List<TokenView> tokens() {
        return apiTokens.mine().stream().map(TokenView::of).toList();
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an API token; its value is shown in this response only")
    IssuedTokenView createToken(@Valid @RequestBody TokenRequest request) {
        ApiTokens.IssuedToken issued = apiTokens.create(request.name());
        return new IssuedTokenView(TokenView.of(issued.token()), issued.value());
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of my API tokens")
    TokenView revokeToken(@PathVariable String id) {
        return TokenView.of(apiTokens.revoke(id));
    }
}
