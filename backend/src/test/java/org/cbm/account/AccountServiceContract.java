package org.cbm.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.Set;
import org.cbm.audit.AuditEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** User accounts; run against the embedded server and against a real MongoDB. */
abstract class AccountServiceContract {

    @Autowired
    AccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    MongoOperations mongo;

    @BeforeEach
    void noAccounts() {
        repository.deleteAll();
        mongo.remove(query(where("entityType").is("UserAccount")), AuditEvent.class);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
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

    @Test
    void theSignedInUserChoosesTheirLanguageAndTheChangeIsAudited() {
        UserAccount amina = accounts.create("amina@example.org", "Amina Otieno", "correct horse battery",
                Set.of(Role.RECIPIENT), "KEN", "en");
        SignedIn.as(amina);

        UserAccount changed = accounts.changeLanguage("ar");

        assertThat(changed.preferredLanguage()).isEqualTo("ar");
        assertThat(changed.version()).isEqualTo(amina.version() + 1);
        assertThat(repository.findById(amina.id()).orElseThrow().preferredLanguage()).isEqualTo("ar");
        assertThat(accounts.preferredLanguage()).contains("ar");
        assertThat(mongo.find(query(where("entityId").is(amina.id())), AuditEvent.class)).singleElement()
                .satisfies(event -> assertThat(event.actor() + " " + event.action() + " " + event.before() + " -> "
                        + event.after()).isEqualTo("amina@example.org CHANGE_LANGUAGE en -> ar"));
    }

    @Test
    void everyOneOfTheSixUnLanguagesMayBeChosen() {
        SignedIn.as(accounts.create("wei@example.org", "Wei", "correct horse battery", Set.of(Role.ADMIN), "CHN", "en"));

        for (String language : new String[] {"fr", "es", "ru", "zh", "ar", "en"}) {
            assertThat(accounts.changeLanguage(language).preferredLanguage()).isEqualTo(language);
            assertThat(accounts.preferredLanguage()).contains(language);
        }
    }

    @Test
    void anyOtherLanguageIsRefusedNamingTheFieldAndNothingChanges() {
        UserAccount amina = accounts.create("amina@example.org", "Amina Otieno", "correct horse battery",
                Set.of(Role.RECIPIENT), "KEN", "fr");
        SignedIn.as(amina);

        for (String language : Arrays.asList("de", "pt", "EN", "", "english", null)) {
            assertThatThrownBy(() -> accounts.changeLanguage(language)).as(language)
                    .isInstanceOfSatisfying(ConstraintViolationException.class, e ->
                            assertThat(e.getConstraintViolations()).singleElement()
                                    .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("language")));
        }
        assertThatThrownBy(() -> accounts.changeLanguage("de"))
                .hasMessageContaining("must be one of the six official UN languages: en, fr, es, ru, zh, ar");
        UserAccount stored = repository.findById(amina.id()).orElseThrow();
        assertThat(stored.preferredLanguage()).isEqualTo("fr");
        assertThat(stored.version()).isEqualTo(amina.version());
    }

    @Test
    void choosingTheSameLanguageAgainStoresNothing() {
        UserAccount amina = accounts.create("amina@example.org", "Amina Otieno", "correct horse battery",
                Set.of(Role.RECIPIENT), "KEN", "fr");
        SignedIn.as(amina);

        accounts.changeLanguage("fr");

        assertThat(repository.findById(amina.id()).orElseThrow().version()).isEqualTo(amina.version());
        assertThat(mongo.find(query(where("entityId").is(amina.id())), AuditEvent.class)).isEmpty();
    }

    @Test
    void aChangeOfTheLanguageMovesTheVersionSoThatAChangeBasedOnTheOldAccountFails() {
        UserAccount amina = accounts.create("amina@example.org", "Amina Otieno", "correct horse battery",
                Set.of(Role.RECIPIENT), "KEN", "en");
        UserAccount seenByAnAdministrator = repository.findById(amina.id()).orElseThrow();
        SignedIn.as(amina);

        accounts.changeLanguage("es");
        seenByAnAdministrator.administer("Amina O.", Set.of(Role.RECIPIENT), "KEN", "en", true);

        assertThatThrownBy(() -> repository.save(seenByAnAdministrator)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(repository.findById(amina.id()).orElseThrow().preferredLanguage()).isEqualTo("es");
    }

    @Test
    void withoutASignedInUserThereIsNoLanguageToReadOrChange() {
        assertThat(accounts.preferredLanguage()).isEmpty();
        assertThatThrownBy(() -> accounts.changeLanguage("fr")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
