package org.cbm.demo;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cbm.account.AccountService;
import org.cbm.organisation.OrganisationDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Seeds the demonstration marketplace and one account per role at start-up, if demo mode is on (by default
 * exactly when the embedded database is in use; never in the {@code prod} profile). Everything has fixed ids,
 * and only what is missing is written, so restarts, and a restart after an interrupted seeding, never duplicate.
 * It writes documents in bulk through {@link MongoOperations}: each is validated like any other write.
 */
@Component
@Order(10)
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final DemoMode demoMode;
    private final DemoDataProperties properties;
    private final OrganisationDirectory organisations;
    private final AccountService accounts;
    private final MongoOperations mongo;

    DemoDataSeeder(DemoMode demoMode, DemoDataProperties properties, OrganisationDirectory organisations,
            AccountService accounts, MongoOperations mongo) {
        this.demoMode = demoMode;
        this.properties = properties;
        this.organisations = organisations;
        this.accounts = accounts;
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isActive()) {
            return;
        }
        DemoMarketplace.Contents demo = new DemoMarketplace(properties.seed(), organisations.states()).generate();
        int added = insertMissing(demo.partners(), org -> org.id())
                + insertMissing(demo.offers(), offer -> offer.id())
                + insertMissing(demo.requests(), request -> request.id())
                + insertMissing(demo.matches(), match -> match.id());
        for (DemoMode.DemoAccount account : demoMode.accounts()) {
            if (accounts.findByEmail(account.email()).isEmpty()) {
                accounts.create(account.email(), account.displayName(), properties.password(), Set.of(account.role()),
                        account.organisationId(), "en");
                added++;
            }
        }
        log.info("Demo data: {} requests, {} offers, {} matches; {} documents added", demo.requests().size(),
                demo.offers().size(), demo.matches().size(), added);
    }

    private <T> int insertMissing(List<T> documents, Function<T, String> idOf) {
        if (documents.isEmpty()) {
            return 0;
        }
        Class<?> type = documents.get(0).getClass();
        Set<String> existing = new HashSet<>(mongo.findDistinct(
                query(where("_id").in(documents.stream().map(idOf).toList())), "_id", type, String.class));
        List<T> missing = documents.stream().filter(document -> !existing.contains(idOf.apply(document))).toList();
        mongo.insertAll(missing);
        return missing.size();
    }
}
