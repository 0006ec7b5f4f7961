package org.cbm.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cbm.EmbeddedMongoTest;
import org.cbm.account.Role;
import org.cbm.account.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Answering proposals through the API: who may act, the lifecycle, and two people acting at the same moment. */
@EmbeddedMongoTest
@AutoConfigureMockMvc
class MatchApiTest {

    private static final Authentication KENYA = SignedIn.authentication("amina@example.org", "KEN", Role.RECIPIENT);
    private static final Authentication GHANA = SignedIn.authentication("kofi@example.org", "GHA", Role.RECIPIENT);
    private static final Authentication ESTONIA = SignedIn.authentication("kristjan@example.org", "EST", Role.PROVIDER);
    private static final Authentication NORWAY = SignedIn.authentication("ola@example.org", "NOR", Role.PROVIDER);
    private static final Authentication COORDINATOR = SignedIn.authentication("lucia@example.org", "un-coordination", Role.COORDINATOR);

    @Autowired
    MockMvc mvc;

    @Autowired
    MatchRepository matches;

    @BeforeEach
    void oneProposal() {
        matches.deleteAll();
        matches.save(Match.propose("m-1", new Match.Pair("r-1", "p-1", "KEN", "o-1", "EST"), "plan-1",
                Instant.parse("2027-01-10T10:00:00Z")));
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void bothSidesAcceptAndTheMatchIsConfirmedOnBothSides() throws Exception {
        mvc.perform(post("/api/v1/matches/m-1/accept").param("version", "0").with(authentication(ESTONIA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED_BY_PROVIDER"));
        mvc.perform(post("/api/v1/matches/m-1/accept").param("version", "1").with(authentication(KENYA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CONFIRMED"));

        for (Authentication side : new Authentication[] {KENYA, ESTONIA}) {
            mvc.perform(get("/api/v1/matches").param("status", "CONFIRMED").with(authentication(side)))
                    .andExpect(jsonPath("$.content[*].id", containsInAnyOrder("m-1")));
        }
    }

    @Test
    void theListTakesSeveralStatusesAndListsAMatchInAnyOfThem() throws Exception {
        Instant at = Instant.parse("2027-01-11T10:00:00Z");
        Match declined = Match.propose("m-2", new Match.Pair("r-1", "p-2", "KEN", "o-1", "EST"), "plan-1", at);
        declined.decline(Side.RECIPIENT, "amina@example.org", "Not needed any more", at);
        Match accepted = Match.propose("m-3", new Match.Pair("r-1", "p-3", "KEN", "o-1", "EST"), "plan-1", at);
        accepted.accept(Side.PROVIDER, at);
        matches.saveAll(List.of(declined, accepted));

        mvc.perform(get("/api/v1/matches").param("status", "PROPOSED", "ACCEPTED_BY_PROVIDER").with(authentication(KENYA)))
                .andExpect(jsonPath("$.content[*].id", containsInAnyOrder("m-1", "m-3")));
        mvc.perform(get("/api/v1/matches").param("status", "DECLINED").with(authentication(KENYA)))
                .andExpect(jsonPath("$.content[*].id", containsInAnyOrder("m-2")));
        mvc.perform(get("/api/v1/matches").with(authentication(KENYA)))
                .andExpect(jsonPath("$.content[*].id", containsInAnyOrder("m-1", "m-2", "m-3")));
        mvc.perform(get("/api/v1/matches").param("status", "PROPOSED", "NO_SUCH_STATUS").with(authentication(KENYA)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void otherTenantsDoNotSeeTheMatchAndCoordinatorsSeeButDoNotAnswer() throws Exception {
        for (Authentication other : new Authentication[] {GHANA, NORWAY}) {
            mvc.perform(get("/api/v1/matches/m-1").with(authentication(other))).andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/matches/m-1/accept").param("version", "0").with(authentication(other)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/matches").with(authentication(other))).andExpect(jsonPath("$.content").isEmpty());
        }
        mvc.perform(get("/api/v1/matches/m-1").with(authentication(COORDINATOR))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/matches/m-1/accept").param("version", "0").with(authentication(COORDINATOR)))
                .andExpect(status().isForbidden());
        assertThat(matches.findById("m-1").orElseThrow().status()).isEqualTo(MatchStatus.PROPOSED);
    }

    @Test
    void aDeclineNeedsAReason() throws Exception {
        mvc.perform(decline(KENYA, 0, "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decline.reason"));
        mvc.perform(decline(KENYA, 0, "The dates clash with our elections")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"))
                .andExpect(jsonPath("$.decline.side").value("RECIPIENT"));
    }

    @Test
    void aTransitionTheLifecycleDoesNotAllowIsAConflictNamingTheStatus() throws Exception {
        mvc.perform(post("/api/v1/matches/m-1/start-delivery").param("version", "0").with(authentication(ESTONIA)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Match m-1 is PROPOSED and cannot become IN_DELIVERY; from PROPOSED it may become [ACCEPTED_BY_PROVIDER, ACCEPTED_BY_RECIPIENT, DECLINED, WITHDRAWN]"));
    }

    @Test
    void twoAnswersAtTheSameMomentLeaveAValidStateAndOneConflict() throws Exception {
        for (int round = 0; round < 10; round++) {
            oneProposal();
            MockHttpServletRequestBuilder recipientAnswer = round % 2 == 0
                    ? post("/api/v1/matches/m-1/accept").param("version", "0").with(authentication(KENYA))
                    : decline(KENYA, 0, "No longer needed");
            List<Integer> statuses = simultaneously(
                    () -> mvc.perform(post("/api/v1/matches/m-1/accept").param("version", "0").with(authentication(ESTONIA)))
                            .andReturn().getResponse().getStatus(),
                    () -> mvc.perform(recipientAnswer).andReturn().getResponse().getStatus());

            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
            Match stored = matches.findById("m-1").orElseThrow();
            assertThat(stored.version()).isEqualTo(1);
            assertThat(stored.status()).isIn(MatchStatus.ACCEPTED_BY_PROVIDER, MatchStatus.ACCEPTED_BY_RECIPIENT, MatchStatus.DECLINED);
        }
    }

    private MockHttpServletRequestBuilder decline(Authentication who, long version, String reason) {
        return post("/api/v1/matches/m-1/decline").param("version", String.valueOf(version)).with(authentication(who))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"" + reason + "\"}");
    }

    @SafeVarargs
    private static List<Integer> simultaneously(Callable<Integer>... calls) throws Exception {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> call : calls) {
                results.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
