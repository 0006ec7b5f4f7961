package org.cbm.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Set;
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
@RequestMapping("/api/v1/admin/users")
@Tag(name = "Administration: users", description = "User accounts (administrators)")
class AdminUserController {

    /** An account as administrators see it: never the password hash. */
    record UserView(String id, Long version, String email, String displayName, Set<Role> roles, String organisationId,
            String preferredLanguage, boolean enabled, Instant lockedUntil, Instant createdAt) {

        static UserView of(UserAccount account) {
            return new UserView(account.id(), account.version(), account.email(), account.displayName(), account.roles(),
                    account.organisationId(), account.preferredLanguage(), account.isEnabled(), account.lockedUntil(),
                    account.createdAt());
        }
    }

    private final UserAdministration users;

    AdminUserController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "User accounts, optionally of one organisation")
    PagedModel<UserView> list(@RequestParam(required = false) String organisationId,
            @Parameter(description = "part of the e-mail address or name, in any case") @RequestParam(required = false)
            String q, Pageable pageable) {
        return new PagedModel<>(users.list(organisationId, q, pageable).map(UserView::of));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account in an existing organisation; 409 if the e-mail address is taken")
    UserView create(@RequestBody UserAdministration.NewUser user) {
        return UserView.of(users.create(user));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an account's name, roles, organisation, language or enabled flag")
    UserView change(@PathVariable String id, @RequestBody UserAdministration.UserChange change) {
        return UserView.of(users.change(id, change));
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Lift the lock that repeated failed sign-ins put on an account")
    UserView unlock(@PathVariable String id) {
        return UserView.of(users.unlock(id));
    }
}
