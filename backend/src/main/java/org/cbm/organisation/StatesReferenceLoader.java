package org.cbm.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cbm.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Keeps the 193 UN member States in the database in line with {@code reference/states.csv} at every start:
 * missing States are added, changed ones updated, unchanged ones left alone, so restarts never duplicate.
 * Each addition or change is recorded in the audit trail.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StatesReferenceLoader implements ApplicationRunner {

    static final String RESOURCE = "reference/states.csv";
    private static final Logger log = LoggerFactory.getLogger(StatesReferenceLoader.class);

    private final OrganisationRepository organisations;
    private final AuditLog auditLog;

    StatesReferenceLoader(OrganisationRepository organisations, AuditLog auditLog) {
        this.organisations = organisations;
        this.auditLog = auditLog;
    }

    @Override
    public void run(ApplicationArguments args) {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            load(StatesCsv.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Returns how many States were added or updated. */
    int load(List<StatesCsv.Row> rows) {
        Map<String, Organisation> existing = organisations.findAllById(rows.stream().map(StatesCsv.Row::iso3).toList())
                .stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
        List<Organisation> changed = new ArrayList<>();
        Map<String, String> before = new HashMap<>();
        for (StatesCsv.Row row : rows) {
            Organisation state = existing.get(row.iso3());
            if (state == null) {
                changed.add(Organisation.state(row.iso3(), row.name(), row.profile()));
            } else {
                String summary = state.summary();
                if (state.updateState(row.name(), row.profile())) {
                    before.put(state.id(), summary);
                    changed.add(state);
                }
            }
        }
        for (Organisation state : organisations.saveAll(changed)) {
            auditLog.record(AuditLog.SYSTEM, "Organisation", state.id(), before.containsKey(state.id()) ? "UPDATE" : "CREATE",
                    before.get(state.id()), state.summary());
        }
        log.info("Reference data: {} UN member States, {} added or updated", rows.size(), changed.size());
        return changed.size();
    }
}
