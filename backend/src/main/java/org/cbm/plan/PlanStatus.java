package org.cbm.plan;

/** The life of a plan: a solver run makes a draft, a coordinator may publish it; a newer publication supersedes it. */
public enum PlanStatus {
    RUNNING,
    DRAFT,
    PUBLISHED,
    SUPERSEDED,
    CANCELLED,
    FAILED
}
