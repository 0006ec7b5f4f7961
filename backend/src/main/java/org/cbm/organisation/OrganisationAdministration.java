package org.cbm.organisation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cbm.account.CurrentActor;
import org.cbm.account.OrganisationCheck;
import org.cbm.audit.AuditLog;
import org.cbm.problem.ConflictException;
import org.cbm.problem.NotFoundException;
import org.cbm.problem.StaleVersionException;
import org.cbm.solver.instance.OrganisationKind;
import org.cbm.storage.Filters;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Administrators register partner organisations (companies, international organisations, civil society,
 * academia) and rename them. States come from the reference list of UN member States and are not edited here.
 */
@Service
public class OrganisationAdministration implements OrganisationCheck {

    /** A partner organisation; {@code id} is a short slug such as {@code baltic-cyber-academy}. */
    public record NewPartner(String id, String name, OrganisationKind kind) {
    }

    private final OrganisationRepository organisations;
    private final MongoOperations mongo;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;

    OrganisationAdministration(OrganisationRepository organisations, MongoOperations mongo, CurrentActor currentActor,
            AuditLog auditLog) {
        this.organisations = organisations;
        this.mongo = mongo;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
    }

    @Override
    public void requireExisting(String organisationId) {
        if (organisationId == null || !organisations.existsById(organisationId)) {
            throw new NotFoundException("Organisation", String.valueOf(organisationId));
        }
    }

    /**
     * Organisations of {@code kind} (null: all) whose id or name, in English or as readers of {@code locale} see it,
     * contains {@code text} regardless of case and accents (null or blank: any), in that language's alphabetical order
     * of those names. Stored names are English, so this is done in memory: the directory holds some hundreds of
     * organisations.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Organisation> list(OrganisationKind kind, String text, Locale locale) {
        String wanted = text == null ? "" : folded(text.strip());
        return (kind == null ? organisations.findAll() : organisations.findByKind(kind)).stream()
                .filter(organisation -> Stream.of(organisation.id(), organisation.name(), organisation.name(locale))
                        .anyMatch(name -> folded(name).contains(wanted)))
                .sorted(Organisation.byName(locale)).toList();
    }

    // "Côte d'Ivoire" is found by "cote": officials type names without accents as often as with them.
    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Organisations of {@code kind} (null: all) whose name contains {@code text} in any case (null or blank: any). */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<Organisation> list(OrganisationKind kind, String text, Pageable pageable) {
        return Filters.visible(new Criteria()).equal("kind", kind).containsText(text, "name")
                .page(mongo, pageable, Organisation.class);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Organisation registerPartner(NewPartner partner) {
        if (partner.kind() == null || partner.kind() == OrganisationKind.STATE) {
            throw new AccessDeniedException("States come from the reference list; register partner organisations here");
        }
        if (partner.id() != null && organisations.existsById(partner.id())) {
            throw new ConflictException("An organisation with the id " + partner.id() + " already exists");
        }
        Organisation created = organisations.insert(Organisation.partner(partner.id(), partner.name(), partner.kind()));
        auditLog.record(currentActor.require().email(), "Organisation", created.id(), "CREATE", null, created.summary());
        return created;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Organisation renamePartner(String id, Long version, String name) {
        Organisation partner = organisations.findById(id).filter(organisation -> !organisation.isState())
                .orElseThrow(() -> new NotFoundException("Partner organisation", id));
        StaleVersionException.require("Organisation", id, version, partner.version());
        String before = partner.summary();
        partner.rename(name);
        Organisation saved = organisations.save(partner);
        auditLog.record(currentActor.require().email(), "Organisation", id, "RENAME", before, saved.summary());
        return saved;
    }
}
