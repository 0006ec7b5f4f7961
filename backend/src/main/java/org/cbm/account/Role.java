package org.cbm.account;

/** What a user may do; a user belongs to one organisation and may hold several roles. */
public enum Role {
    /** Official of a recipient State: posts requests, answers proposals, reports on delivery. */
    RECIPIENT,
    /** Official of a provider (donor State or partner): posts offers, marks interest, answers proposals. */
    PROVIDER,
    /** UN coordinator: runs the solver, publishes plans, tunes the policy, oversees fairness and the audit trail. */
    COORDINATOR,
    /** Manages organisations and user accounts. */
    ADMIN
}
