package org.cbm.veto;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cbm.account.Actor;
import org.cbm.account.CurrentActor;
import org.cbm.audit.AuditLog;
import org.cbm.organisation.Organisation;
import org.cbm.organisation.OrganisationDirectory;
import org.cbm.problem.InvalidFieldException;
import org.cbm.problem.StaleVersionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A recipient State's officials choose the providers it does not accept assistance from. The next solver run
 * proposes none of their offers for the State's packages; matches already confirmed stand, and open proposals stay
 * until the State declines them or the next published plan replaces them.
 */
@Service
public class ProviderVetoService {

    private final ProviderVetoRepository vetoes;
    private final OrganisationDirectory organisations;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;

    ProviderVetoService(ProviderVetoRepository vetoes, OrganisationDirectory organisations, CurrentActor currentActor,
            AuditLog auditLog) {
        this.vetoes = vetoes;
        this.organisations = organisations;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
    }

    /** The vetoes of the signed-in official's State (none yet: an empty list without version). */
    @PreAuthorize("hasRole('RECIPIENT')")
    public ProviderVetoes mine() {
        String stateId = myState(currentActor.require()).id();
        return vetoes.findById(stateId).orElseGet(() -> ProviderVetoes.none(stateId));
    }

    /**
     * Whom the signed-in official's State may veto: every organisation but itself, by name for readers of
     * {@code locale}.
     */
    @PreAuthorize("hasRole('RECIPIENT')")
    public List<Organisation> vetoable(Locale locale) {
        String stateId = myState(currentActor.require()).id();
        return organisations.all().stream().filter(organisation -> !organisation.id().equals(stateId))
                .sorted(Organisation.byName(locale)).toList();
    }

    /**
     * Replaces the vetoes of the signed-in official's State with {@code providerIds} (empty: none), a change based on
     * {@code version} (null before the first).
     */
    @PreAuthorize("hasRole('RECIPIENT')")
    public ProviderVetoes replaceMine(Long version, Collection<String> providerIds) {
        Actor actor = currentActor.require();
        Organisation state = myState(actor);
        Set<String> chosen = valid(state, providerIds);
        ProviderVetoes current = vetoes.findById(state.id()).orElseGet(() -> ProviderVetoes.none(state.id()));
        StaleVersionException.require("The provider vetoes of", state.id(), version, current.version());
        Set<String> before = new TreeSet<>(current.providerIds());
        if (before.equals(chosen)) {
            return current;
        }
        current.replace(chosen);
        ProviderVetoes saved = vetoes.save(current);
        auditLog.record(actor.email(), "ProviderVetoes", state.id(), "CHANGE", String.join(", ", before),
                String.join(", ", chosen));
        return saved;
    }

    private Organisation myState(Actor actor) {
        return organisations.find(actor.organisationId()).filter(Organisation::isState)
                .orElseThrow(() -> new AccessDeniedException("Only the officials of a recipient State veto providers"));
    }

    private Set<String> valid(Organisation state, Collection<String> providerIds) {
        if (providerIds == null) {
            throw new InvalidFieldException("providerIds", "is required: the full list of vetoed providers, [] for none");
        }
        if (providerIds.stream().anyMatch(id -> id == null || id.isBlank())) {
            throw new InvalidFieldException("providerIds", "must not contain empty ids");
        }
        Set<String> chosen = new TreeSet<>(providerIds);
        if (chosen.size() > ProviderVetoes.MAX_PROVIDERS) {
            throw new InvalidFieldException("providerIds", "may name at most " + ProviderVetoes.MAX_PROVIDERS
                    + " providers, not " + chosen.size());
        }
        Map<String, Organisation> found = organisations.findAll(chosen);
        List<String> problems = new ArrayList<>();
        chosen.stream().filter(id -> !found.containsKey(id))
                .forEach(id -> problems.add("'" + id + "' is not a registered organisation"));
        if (chosen.contains(state.id())) {
            problems.add("'" + state.id() + "' is your own State: its offers are never proposed to it anyway");
        }
        if (!problems.isEmpty()) {
            throw new InvalidFieldException("providerIds", String.join("; ", problems));
        }
        return chosen;
    }

    /**
     * Every State's vetoes, by State id, for the solver's view of the marketplace: taken when a coordinator starts a
     * run. A State's vetoes are shown to it and to coordinators only, so no one else reads them all.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public Map<String, Set<String>> all() {
        Map<String, Set<String>> all = new TreeMap<>();
        vetoes.findAll().forEach(veto -> all.put(veto.stateId(), veto.providerIds()));
        return all;
    }
}
