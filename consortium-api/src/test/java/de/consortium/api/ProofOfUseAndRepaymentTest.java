package de.consortium.api;

import com.jayway.jsonpath.DocumentContext;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The end of a phase over REST: final installment, proof of use and its audit, a repayment claim. */
class ProofOfUseAndRepaymentTest extends ApiTest {

    private static final String PROJECT = "SC20-PROOF";
    private static final String LHM = "/api/projects/" + PROJECT + "/partners/LHM";
    private static final String FINAL_REQUEST = """
            {"requestId": "LHM-FINAL", "requestedOn": "2021-07-05", "periodStart": "2021-01-01",
             "periodEnd": "2021-06-30", "payoutDate": "2021-07-31", "finalInstallment": true,
             "costs": [{"year": 2021, "costLine": "2.1.1", "amount": 100000.00}]}""";
    private static final String COMPLETE_PROOF = """
            {"proofId": "%s", "phase": "B", "submittedOn": "2021-07-10", "documents": ["UPDATED_STRATEGY",
             "RESULTS_REPORT", "KNOWLEDGE_TRANSFER_EVIDENCE", "CHARTER_COMPLIANCE_CONFIRMATION",
             "INVOICE_CONFIRMATION", "RECORD_RETENTION_COMMITMENT"]}""";

    @Test
    void theFinalInstallmentWaitsForTheAcceptedProofOfUseAndPaidMoneyCanBeReclaimed() {
        CutRequests.munichFunded(http, PROJECT);
        HttpClient munich = http.as("lhm");
        HttpClient approver = http.as("kfw-approver");
        HttpClient payer = http.as("kfw-payer");
        munich.command(LHM + "/request-disbursement", FINAL_REQUEST);
        approver.command(LHM + "/disbursements/LHM-FINAL/approve", "{\"approvedOn\": \"2021-07-20\"}");
        assertThat(payer.post(LHM + "/disbursements/LHM-FINAL/pay", "{\"paidOn\": \"2021-07-31\"}")
                .getStatusCode().value()).isEqualTo(409);

        assertThat(munich.post(LHM + "/submit-proof-of-use", COMPLETE_PROOF.formatted("P1")
                .replace("\"RESULTS_REPORT\",", "")).getStatusCode().value()).isEqualTo(409);
        munich.command(LHM + "/submit-proof-of-use", COMPLETE_PROOF.formatted("P1"));
        approver.command(LHM + "/proofs-of-use/P1/object",
                "{\"objectedOn\": \"2021-07-15\", \"objections\": \"results report incomplete\"}");
        munich.command(LHM + "/submit-proof-of-use", COMPLETE_PROOF.formatted("P2").replace("07-10", "07-16"));
        approver.command(LHM + "/proofs-of-use/P2/accept", "{\"acceptedOn\": \"2021-07-25\"}");
        payer.command(LHM + "/disbursements/LHM-FINAL/pay", "{\"paidOn\": \"2021-07-31\"}");

        // a refused claim leaves its id free for the corrected one
        assertThat(approver.post(LHM + "/claim-repayment", """
                {"claimId": "C1", "claimedOn": "2023-01-31", "requestId": "LHM-FINAL", "amount": 9999999.00,
                 "reason": "more than was paid"}""").getBody()).contains("repayment-within-paid");
        DocumentContext claim = approver.command(LHM + "/claim-repayment", """
                {"claimId": "C1", "claimedOn": "2023-01-31", "requestId": "LHM-FINAL", "amount": 10000.00,
                 "reason": "results report incomplete after all"}""");
        assertThat(claim.read("$.claimId", String.class)).isEqualTo("C1");
        assertThat(claim.read("$.requestId", String.class)).isNull();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            DocumentContext read = http.read("/api/projects/" + PROJECT + "/disbursements");
            assertThat(read.read("$.proofsOfUse[*].status", List.class)).containsExactly("OBJECTED", "ACCEPTED");
            assertThat(read.read("$.disbursements[*].status", List.class)).containsExactly("PAID");
            // 10,000.00 EUR from 01.08.2021 to 31.12.2022 at 4.12 % (518 days): 584.70; January 2023 at 6.62 %: 56.22
            assertThat(read.read("$.repaymentClaims[*].interest", List.class)).containsExactly(640.92);
        });
    }
}
