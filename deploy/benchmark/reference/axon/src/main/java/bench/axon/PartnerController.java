package bench.axon;

import bench.axon.Messages.ApproveDisbursement;
import bench.axon.Messages.Join;
import bench.axon.Messages.PassResolution;
import bench.axon.Messages.PayDisbursement;
import bench.axon.Messages.RequestDisbursement;
import bench.mix.Approval;
import bench.mix.DisbursementRequest;
import bench.mix.Payment;
import bench.mix.Resolution;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** The benchmark's commands over REST, each sent through Axon's command gateway and waited for. */
@RestController
@RequestMapping("/api/projects/{project}/partners")
class PartnerController {

    private final CommandGateway gateway;

    PartnerController(CommandGateway gateway) {
        this.gateway = gateway;
    }

    record JoinRequest(String partnerCode) {
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> join(@PathVariable String project, @RequestBody JoinRequest join) {
        gateway.sendAndWait(new Join(project + "/" + join.partnerCode()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("version", 0));
    }

    @PostMapping("/{code}/pass-council-resolution")
    ResponseEntity<Map<String, Object>> pass(@PathVariable String project, @PathVariable String code,
                                             @RequestBody Resolution resolution) {
        return accepted(new PassResolution(project + "/" + code, resolution));
    }

    @PostMapping("/{code}/request-disbursement")
    ResponseEntity<Map<String, Object>> request(@PathVariable String project, @PathVariable String code,
                                                @RequestBody DisbursementRequest request) {
        return accepted(new RequestDisbursement(project + "/" + code, request));
    }

    @PostMapping("/{code}/disbursements/{id}/approve")
    ResponseEntity<Map<String, Object>> approve(@PathVariable String project, @PathVariable String code,
                                                @PathVariable String id, @RequestBody Approval approval) {
        return accepted(new ApproveDisbursement(project + "/" + code, id, approval));
    }

    @PostMapping("/{code}/disbursements/{id}/pay")
    ResponseEntity<Map<String, Object>> pay(@PathVariable String project, @PathVariable String code,
                                            @PathVariable String id, @RequestBody Payment payment) {
        return accepted(new PayDisbursement(project + "/" + code, id, payment));
    }

    private ResponseEntity<Map<String, Object>> accepted(Object command) {
        Long version = gateway.sendAndWait(command);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("version", version));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Map<String, Object>> unknown() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("detail", "no such partner"));
    }
}
