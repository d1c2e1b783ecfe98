package de.consortium.api.operations;

import de.consortium.api.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/operations/replays")
@Tag(name = "Operations", description = "Rebuilding read models from the event history")
class OperationsController {

    private final ReplayCoordinator replays;

    OperationsController(ReplayCoordinator replays) {
        this.replays = replays;
    }

    @PostMapping("/{processor}")
    @Operation(operationId = "rebuildReadModel",
            summary = "Rebuild a read model (project-status, budget, resolutions, disbursements) on all nodes")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @ApiResponse(responseCode = "409", description = "A rebuild of this read model is under way (rule"
            + " one-replay-at-a-time).")
    ResponseEntity<ReplayProgress> replay(@PathVariable String processor) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(replays.request(processor, Actor.current().name()));
    }

    @PostMapping("/{processor}/restart")
    @Operation(operationId = "restartRebuild",
            summary = "Start a rebuild that is under way over again, on all nodes")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<ReplayProgress> restart(@PathVariable String processor) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(replays.restart(processor, Actor.current().name()));
    }

    @DeleteMapping("/{processor}")
    @Operation(operationId = "cancelRebuild",
            summary = "Cancel a rebuild that has not reset the read model yet; the processor goes on where it was")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ApiResponse(responseCode = "409", description = "The rebuild has already reset the read model (rule"
            + " rebuild-cancelled-before-reset).")
    ResponseEntity<Void> cancel(@PathVariable String processor) {
        replays.cancel(processor, Actor.current().name());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{processor}")
    @Operation(operationId = "getRebuild",
            summary = "How far the rebuild of a read model has come")
    ReplayProgress progress(@PathVariable String processor) {
        return replays.progress(processor);
    }
}
