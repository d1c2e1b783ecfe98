package de.consortium.api.security;

/** What a user may do; partner-bound roles apply to the partners named in the user's account or token. */
public enum Role {
    /** Registers the joint project, its partners and their cost plans (for projects its partner leads). */
    CONSORTIUM_LEAD,
    /** Acts for its own partner city: resolutions, application, disbursement requests, proofs of use. */
    PROJECT_LEAD,
    /** The funder: grant decisions, approving, rejecting and paying disbursements, proofs of use, repayments. */
    FUNDER,
    /** Reads everything, including the event history. */
    AUDITOR,
    /** Reads the read models. */
    DASHBOARD,
    /** Runs the system: rebuilds read models, reads metrics and health details. */
    OPERATOR,
    /** Monitoring (Prometheus): reads metrics, among them money per partner, and health details. */
    MONITORING;

    static final String PARTNER_PREFIX = "PARTNER_";

    String authority() {
        return "ROLE_" + name();
    }
}
