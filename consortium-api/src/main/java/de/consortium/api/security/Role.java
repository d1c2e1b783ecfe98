package de.consortium.api.security;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    private static final Map<String, Role> BY_AUTHORITY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Role::authority, role -> role));

    private final String authority = "ROLE_" + name();

    String authority() {
        return authority;
    }

    /** The role a granted authority names, if it names one: looked up, as every request asks for each authority. */
    static Optional<Role> ofAuthority(String authority) {
        return Optional.ofNullable(BY_AUTHORITY.get(authority));
    }
}
