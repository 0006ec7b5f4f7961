package org.cbm.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** User accounts; run against the embedded server and against a real MongoDB. */
abstract class AccountServiceContract {

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @BeforeEach
    void noAccounts() {
        repository.deleteAll();
    }

    @Test
    void storesOnlyAHashOfThePasswordAndFindsTheAccountWhateverTheCaseOfTheEmail() {
        accounts.create("Amina.Otieno@Example.org", "Amina Otieno", "correct horse battery", Set.of(Role.RECIPIENT),
                "KEN", "fr");

        UserAccount stored = accounts.findByEmail("amina.otieno@example.ORG").orElseThrow();
        assertThat(stored.email()).isEqualTo("amina.otieno@example.org");
        assertThat(stored.passwordHash()).startsWith("$2").doesNotContain("correct horse");
        assertThat(stored.isEnabled()).isTrue();
        assertThat(stored.preferredLanguage()).isEqualTo("fr");
    }

    @Test
    void anEmailAddressBelongsToOneAccountOnly() {
        accounts.create("official@example.org", "First", "secret-1", Set.of(Role.PROVIDER), "EST", "en");

        assertThatThrownBy(() -> accounts.create("OFFICIAL@example.org", "Second", "secret-2", Set.of(Role.ADMIN), "EST", "en"))
                .isInstanceOf(EmailAlreadyUsedException.class)
                .hasMessageContaining("official@example.org");
        assertThat(repository.count()).isEqualTo(1);
    }

    @Test
    void anInvalidAccountIsRefusedNamingEachField() {
        assertThatThrownBy(() -> accounts.create("not-an-email", " ", "secret", Set.of(), "", "english"))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e ->
                        assertThat(e.getConstraintViolations()).extracting(v -> v.getPropertyPath().toString())
                                .containsExactlyInAnyOrder("email", "displayName", "roles", "organisationId",
                                        "preferredLanguage"));
        assertThat(repository.count()).isZero();
    }
}
