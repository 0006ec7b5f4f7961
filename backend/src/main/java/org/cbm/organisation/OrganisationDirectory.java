package org.cbm.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.cbm.solver.instance.OrganisationKind;
import org.springframework.stereotype.Service;

/** Looks up the States and partner organisations of the marketplace. */
@Service
public class OrganisationDirectory {

    private final OrganisationRepository organisations;

    OrganisationDirectory(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public Optional<Organisation> find(String id) {
        return organisations.findById(id);
    }

    /** The organisations with these ids, by id; unknown ids are left out. */
    public Map<String, Organisation> findAll(Collection<String> ids) {
        return organisations.findAllById(ids).stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
    }

    /** Every organisation: the 193 States and the partners, a few hundred at most. */
    public List<Organisation> all() {
        return organisations.findAll();
    }

    public List<Organisation> states() {
        return organisations.findByKind(OrganisationKind.STATE);
    }

    /**
     * The ids of the States whose profile passes the test, e.g. all small island developing States. There are 193
     * States, so reading them all is cheap; other lists filter on these ids rather than copying State profiles.
     */
    public Set<String> stateIds(Predicate<StateProfile> profile) {
        return states().stream().filter(state -> profile.test(state.stateProfile())).map(Organisation::id)
                .collect(Collectors.toSet());
    }
}
