package bench.axon;

import bench.axon.Messages.ApproveDisbursement;
import bench.axon.Messages.DisbursementApproved;
import bench.axon.Messages.DisbursementPaid;
import bench.axon.Messages.DisbursementRequested;
import bench.axon.Messages.Join;
import bench.axon.Messages.Joined;
import bench.axon.Messages.PassResolution;
import bench.axon.Messages.PayDisbursement;
import bench.axon.Messages.RequestDisbursement;
import bench.axon.Messages.ResolutionPassed;
import bench.mix.Ledger;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A partner: its commands checked against its ledger, its events change it. */
@Aggregate(snapshotTriggerDefinition = "partnerSnapshots")
public class PartnerAccount {

    @AggregateIdentifier
    private String id;
    private Ledger ledger;

    protected PartnerAccount() {
    }

    @CommandHandler
    PartnerAccount(Join command) {
        apply(new Joined(command.id()));
    }

    @CommandHandler
    long handle(PassResolution command) {
        Ledger.checkResolution(command.resolution(), LocalDate.now());
        apply(new ResolutionPassed(id, command.resolution()));
        return ledger.version();
    }

    @CommandHandler
    long handle(RequestDisbursement command) {
        ledger.checkRequest(command.request(), LocalDate.now());
        apply(new DisbursementRequested(id, command.request()));
        return ledger.version();
    }

    @CommandHandler
    long handle(ApproveDisbursement command) {
        ledger.checkApproval(command.requestId(), command.approval(), LocalDate.now());
        apply(new DisbursementApproved(id, command.requestId(), command.approval()));
        return ledger.version();
    }

    @CommandHandler
    long handle(PayDisbursement command) {
        ledger.checkPayment(command.requestId(), command.payment(), LocalDate.now());
        apply(new DisbursementPaid(id, command.requestId(), command.payment()));
        return ledger.version();
    }

    @EventSourcingHandler
    void on(Joined event) {
        id = event.id();
        ledger = Ledger.OPENED;
    }

    @EventSourcingHandler
    void on(ResolutionPassed event) {
        ledger = ledger.afterResolution();
    }

    @EventSourcingHandler
    void on(DisbursementRequested event) {
        ledger = ledger.afterRequest(event.request());
    }

    @EventSourcingHandler
    void on(DisbursementApproved event) {
        ledger = ledger.afterApproval();
    }

    @EventSourcingHandler
    void on(DisbursementPaid event) {
        ledger = ledger.afterPayment();
    }
}
