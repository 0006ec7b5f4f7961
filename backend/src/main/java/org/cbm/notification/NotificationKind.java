package org.cbm.notification;

/** What an e-mail tells its recipient; each kind has its own subject and texts in every language. */
public enum NotificationKind {
    /** A proposal that the recipient has to accept or decline. */
    PROPOSAL_NEW,
    /** One party accepted a proposal. */
    PROPOSAL_ACCEPTED,
    /** One party declined a proposal, with a reason. */
    PROPOSAL_DECLINED,
    /** Both parties accepted: the match is confirmed. */
    MATCH_CONFIRMED,
    /** A proposal still waits for the recipient's answer. */
    PROPOSAL_REMINDER
}
