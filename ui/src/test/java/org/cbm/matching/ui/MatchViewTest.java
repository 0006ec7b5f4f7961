package org.cbm.matching.ui;

import org.cbm.SignedInUi;
import org.cbm.TestMarketplace;
import org.cbm.offer.Offer;
import org.cbm.request.AssistanceRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The views of matches, each test with its own published request of the demo recipient State (Kenya) and active
 * offer of the demo provider (Estonia), withdrawn and closed afterwards so that other tests see the demo as it was.
 */
@SpringBootTest
abstract class MatchViewTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MongoOperations mongo;

    @RegisterExtension
    final TestMarketplace marketplace = new TestMarketplace();

    AssistanceRequest request;
    Offer offer;

    @BeforeEach
    void ownData() {
        request = marketplace.publishedRequest("KEN", 15, 25);
        offer = marketplace.activeOffer("EST");
    }

    @AfterEach
    void closeUi() {
        SignedInUi.close();
    }
}
