package org.cbm.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cbm.EmbeddedMongoTest;
import org.cbm.account.Role;
import org.cbm.account.SignedIn;
import org.cbm.solver.instance.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Offer titles by id, for pages that name the offers of a plan: drafts only for their own provider. */
@EmbeddedMongoTest
class OfferTitlesTest {

    private static final List<String> IDS = List.of("o-active", "o-draft", "o-unknown");

    @Autowired
    OfferService offerService;

    @Autowired
    OfferRepository offers;

    @BeforeEach
    void oneActiveOfferAndOneDraft() {
        offers.deleteAll();
        Offer active = Offer.draft("o-active", "EST", terms("Incident response coaching"));
        active.activate();
        offers.save(active);
        offers.save(Offer.draft("o-draft", "EST", terms("Forensics lab (draft)")));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void othersSeeTheTitlesOfOffersThatAreNoLongerDrafts() {
        SignedIn.as("lucia@example.org", "un-coordination", Role.COORDINATOR);

        assertThat(offerService.titles(IDS)).isEqualTo(Map.of("o-active", "Incident response coaching"));

        SignedIn.as("ola@example.org", "NOR", Role.PROVIDER);

        assertThat(offerService.titles(IDS)).isEqualTo(Map.of("o-active", "Incident response coaching"));
    }

    @Test
    void aProviderAlsoSeesTheTitlesOfItsOwnDrafts() {
        SignedIn.as("kristjan@example.org", "EST", Role.PROVIDER);

        assertThat(offerService.titles(IDS)).isEqualTo(Map.of("o-active", "Incident response coaching",
                "o-draft", "Forensics lab (draft)"));
    }

    private static Offer.Terms terms(String title) {
        return new Offer.Terms(title, null, Set.of(Theme.INCIDENT_RESPONSE), Set.of("en"), 40, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), null, null);
    }
}
