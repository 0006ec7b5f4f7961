package org.cbm.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.cbm.EmbeddedMongoTest;
import org.cbm.account.Role;
import org.cbm.account.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** The published plan's contents are read once per published plan, and only by those signed in. */
@EmbeddedMongoTest
class PublishedPlanContentsTest {

    private static final String INSTANCE = """
            {"format": "cbm-instance/1", "id": "cached", "recipients": [], "providers": [], "offers": [], "packages": []}""";

    @Autowired
    PublishedPlanContents publishedPlan;

    @Autowired
    MongoOperations mongo;

    @BeforeEach
    void noPlans() {
        mongo.remove(new Query(), MatchingPlan.class);
        mongo.dropCollection(PublishedPlanPointer.class);
        SignedIn.as("kristjan@example.org", "EST", Role.PROVIDER);
    }

    @AfterEach
    void signOut() {
        SignedIn.out();
    }

    @Test
    void theContentsAreReadOnceUntilAnotherPlanIsPublished() {
        assertThat(publishedPlan.current()).isEmpty();
        mongo.insert(PlanFixture.plan("plan-cached-1", PlanStatus.PUBLISHED, null, INSTANCE));
        mongo.insert(PlanFixture.publishedPointer("plan-cached-1"));

        PlanContents first = publishedPlan.current().orElseThrow();
        assertThat(first.plan().id()).isEqualTo("plan-cached-1");
        assertThat(first.instance().id()).isEqualTo("cached");
        assertThat(publishedPlan.current()).containsSame(first);

        mongo.insert(PlanFixture.plan("plan-cached-2", PlanStatus.PUBLISHED, "plan-cached-1", INSTANCE));
        mongo.updateFirst(query(where("_id").is(PublishedPlanPointer.ID)), Update.update("planId", "plan-cached-2"),
                PublishedPlanPointer.class);

        PlanContents second = publishedPlan.current().orElseThrow();
        assertThat(second.plan().id()).isEqualTo("plan-cached-2");
        assertThat(publishedPlan.current()).containsSame(second);
    }

    @Test
    void aPlanReadBeforeItsStatusSaysPublishedIsNotKept() {
        mongo.insert(PlanFixture.plan("plan-cached-3", PlanStatus.DRAFT, null, INSTANCE));
        mongo.insert(PlanFixture.publishedPointer("plan-cached-3"));

        PlanContents early = publishedPlan.current().orElseThrow();
        mongo.updateFirst(query(where("_id").is("plan-cached-3")), Update.update("status", PlanStatus.PUBLISHED),
                MatchingPlan.class);

        assertThat(publishedPlan.current()).get().isNotSameAs(early)
                .satisfies(contents -> assertThat(contents.plan().status()).isEqualTo(PlanStatus.PUBLISHED));
    }

    @Test
    void nobodySignedInReadsNothing() {
        mongo.insert(PlanFixture.plan("plan-cached-4", PlanStatus.PUBLISHED, null, INSTANCE));
        mongo.insert(PlanFixture.publishedPointer("plan-cached-4"));
        SignedIn.out();

        assertThatThrownBy(publishedPlan::current).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
