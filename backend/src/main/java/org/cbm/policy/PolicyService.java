package org.cbm.policy;

import java.time.Clock;
import org.cbm.account.CurrentActor;
import org.cbm.audit.AuditLog;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The current matching policy and its history of versions. */
@Service
public class PolicyService {

    private final MatchingPolicyRepository policies;
    private final CurrentActor currentActor;
    private final AuditLog auditLog;
    private final Clock clock;

    PolicyService(MatchingPolicyRepository policies, CurrentActor currentActor, AuditLog auditLog, Clock clock) {
        this.policies = policies;
        this.currentActor = currentActor;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The newest version; version 1 with the defaults is created the first time anyone asks. */
    public MatchingPolicy current() {
        return policies.findFirstByOrderByPolicyVersionDesc().orElseGet(this::createInitialVersion);
    }

    /**
     * Adds the next version of the policy, authored by the signed-in coordinator.
     *
     * @param basedOnVersion the version the author edited; if another change came first the new one is refused
     * @throws PolicyChangedException when {@code basedOnVersion} is no longer the current version
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    public MatchingPolicy change(int basedOnVersion, PolicyValues values, String note) {
        String author = currentActor.require().email();
        MatchingPolicy current = current();
        if (current.policyVersion() != basedOnVersion) {
            throw new PolicyChangedException(basedOnVersion, current.policyVersion());
        }
        MatchingPolicy next;
        try {
            next = policies.insert(new MatchingPolicy(null, basedOnVersion + 1, values, clock.instant(), author, note));
        } catch (DuplicateKeyException e) {
            throw new PolicyChangedException(basedOnVersion, basedOnVersion + 1);
        }
        auditLog.record(author, "MatchingPolicy", next.id(), "NEW_VERSION", current.summary(), next.summary());
        return next;
    }

    @PreAuthorize("isAuthenticated()")
    public Page<MatchingPolicy> history(Pageable pageable) {
        return policies.findAllByOrderByPolicyVersionDesc(pageable);
    }

    private MatchingPolicy createInitialVersion() {
        try {
            return policies.insert(new MatchingPolicy(null, 1, PolicyValues.DEFAULTS, clock.instant(), AuditLog.SYSTEM,
                    "Initial policy with the matching model's default weights"));
        } catch (DuplicateKeyException e) {
            return policies.findFirstByOrderByPolicyVersionDesc().orElseThrow(); // another node created it first
        }
    }
}
