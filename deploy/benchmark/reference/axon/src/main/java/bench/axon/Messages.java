package bench.axon;

import bench.mix.Approval;
import bench.mix.DisbursementRequest;
import bench.mix.Payment;
import bench.mix.Resolution;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commands and events of the minimal Axon application. */
final class Messages {

    private Messages() {
    }

    record Join(@TargetAggregateIdentifier String id) {
    }

    record PassResolution(@TargetAggregateIdentifier String id, Resolution resolution) {
    }

    record RequestDisbursement(@TargetAggregateIdentifier String id, DisbursementRequest request) {
    }

    record ApproveDisbursement(@TargetAggregateIdentifier String id, String requestId, Approval approval) {
    }

    record PayDisbursement(@TargetAggregateIdentifier String id, String requestId, Payment payment) {
    }

    record Joined(String id) {
    }

    record ResolutionPassed(String id, Resolution resolution) {
    }

    record DisbursementRequested(String id, DisbursementRequest request) {
    }

    record DisbursementApproved(String id, String requestId, Approval approval) {
    }

    record DisbursementPaid(String id, String requestId, Payment payment) {
    }
}
