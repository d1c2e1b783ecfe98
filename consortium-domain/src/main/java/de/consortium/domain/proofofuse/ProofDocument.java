package de.consortium.domain.proofofuse;

import de.consortium.domain.costplan.Phase;

import java.util.EnumSet;
import java.util.Set;

/** The documents that go with the proof of use (Verwendungsnachweis, form 600 000 4466), as the leaflet lists them. */
public enum ProofDocument {
    SMART_CITY_STRATEGY,
    STRATEGY_ADOPTION_CONFIRMATION,
    UPDATED_STRATEGY,
    RESULTS_REPORT,
    INVOICE_CONFIRMATION,
    KNOWLEDGE_TRANSFER_EVIDENCE,
    CHARTER_COMPLIANCE_CONFIRMATION,
    RECORD_RETENTION_COMMITMENT;

    public static Set<ProofDocument> requiredFor(Phase phase) {
        return phase == Phase.A
                ? EnumSet.of(SMART_CITY_STRATEGY, INVOICE_CONFIRMATION, STRATEGY_ADOPTION_CONFIRMATION,
                KNOWLEDGE_TRANSFER_EVIDENCE, CHARTER_COMPLIANCE_CONFIRMATION, RECORD_RETENTION_COMMITMENT)
                : EnumSet.of(UPDATED_STRATEGY, RESULTS_REPORT, KNOWLEDGE_TRANSFER_EVIDENCE,
                CHARTER_COMPLIANCE_CONFIRMATION, INVOICE_CONFIRMATION, RECORD_RETENTION_COMMITMENT);
    }
}
