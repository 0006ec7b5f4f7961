package org.cbm.veto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.cbm.EmbeddedMongoTest;
import org.cbm.account.Role;
import org.cbm.account.SignedIn;
import org.cbm.audit.AuditEvent;
import org.cbm.problem.InvalidFieldException;
import org.cbm.problem.StaleVersionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;

/** A recipient State's officials choose the providers it does not accept assistance from; nobody else can. */
@EmbeddedMongoTest
class ProviderVetoServiceTest {

    @Autowired
    ProviderVetoService vetoes;

    @Autowired
    MongoOperations mongo;

    @BeforeEach
    void noVetoesAndSignedInForKenya() {
        mongo.remove(new Query(), ProviderVetoes.class);
        mongo.remove(query(where("entityType").is("ProviderVetoes")), AuditEvent.class);
        SignedIn.as("amina@example.org", "KEN", Role.RECIPIENT);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void aStateVetoesProvidersAndChangesItsMindBasedOnWhatItRead() {
        ProviderVetoes none = vetoes.mine();
        assertThat(none.providerIds()).isEmpty();
        assertThat(none.version()).isNull();

        ProviderVetoes first = vetoes.replaceMine(null, List.of("NOR", "EST"));
        assertThat(first.providerIds()).containsExactly("EST", "NOR");
        ProviderVetoes second = vetoes.replaceMine(first.version(), List.of("NOR"));

        assertThat(vetoes.mine().providerIds()).containsExactly("NOR");
        assertThat(vetoes.mine().version()).isEqualTo(second.version());
        assertThatThrownBy(() -> vetoes.replaceMine(first.version(), List.of()))
                .isInstanceOf(StaleVersionException.class);
        assertThat(mongo.find(query(where("entityType").is("ProviderVetoes").and("entityId").is("KEN")),
                AuditEvent.class)).extracting(AuditEvent::before, AuditEvent::after)
                .containsExactlyInAnyOrder(tuple("", "EST, NOR"),
                        tuple("EST, NOR", "NOR"));
    }

    @Test
    void unknownOrganisationsAndTheStateItselfAreRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> vetoes.replaceMine(null, List.of("EST", "no-such-provider", "KEN")))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("'no-such-provider' is not a registered organisation")
                .hasMessageContaining("'KEN' is your own State");
        assertThatThrownBy(() -> vetoes.replaceMine(null, null)).isInstanceOf(InvalidFieldException.class);

        assertThat(mongo.findAll(ProviderVetoes.class)).isEmpty();
    }

    @Test
    void atMostAHundredProvidersAreVetoedAndALongerListIsRefusedBeforeItIsLookedUp() {
        List<String> tooMany = IntStream.rangeClosed(1, ProviderVetoes.MAX_PROVIDERS + 1)
                .mapToObj(i -> "provider-" + i).toList();

        assertThatThrownBy(() -> vetoes.replaceMine(null, tooMany))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("providerIds"))
                .hasMessage("may name at most 100 providers, not 101");
        assertThat(mongo.findAll(ProviderVetoes.class)).isEmpty();
    }

    @Test
    void everyStatesVetoesAreForCoordinatorsOnly() {
        vetoes.replaceMine(null, List.of("NOR"));

        assertThatThrownBy(vetoes::all).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("lucia@example.org", "un-coordination", Role.COORDINATOR);
        assertThat(vetoes.all()).containsExactly(entry("KEN", Set.of("NOR")));
    }

    @Test
    void onlyTheOfficialsOfARecipientStateVeto() {
        SignedIn.as("kristjan@example.org", "EST", Role.PROVIDER);
        assertThatThrownBy(() -> vetoes.replaceMine(null, List.of("NOR"))).isInstanceOf(AccessDeniedException.class);
        SignedIn.as("lucia@example.org", "un-coordination", Role.COORDINATOR, Role.RECIPIENT);
        assertThatThrownBy(() -> vetoes.replaceMine(null, List.of("NOR"))).isInstanceOf(AccessDeniedException.class);

        assertThat(mongo.findAll(ProviderVetoes.class)).isEmpty();
    }
}
