package org.cbm.solver.instance;

/** The fixed list of capacity-building themes of the matching model; a work package has one, an offer one or more. */
public enum Theme {
    STRATEGY_POLICY,
    LEGISLATION,
    INCIDENT_RESPONSE,
    CRITICAL_INFRASTRUCTURE,
    CYBERCRIME_FORENSICS,
    DIPLOMACY_NORMS,
    SKILLS_TRAINING,
    AWARENESS_LITERACY,
    STANDARDS_SECURE_DEVELOPMENT,
    SUPPLY_CHAIN_VULNERABILITY,
    DATA_PROTECTION,
    THREAT_INFORMATION_SHARING
}
