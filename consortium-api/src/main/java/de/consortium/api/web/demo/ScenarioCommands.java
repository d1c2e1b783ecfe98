package de.consortium.api.web.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.consortium.api.web.application.SubmitApplicationRequest;
import de.consortium.api.web.costplan.SetCostPlanRequest;
import de.consortium.api.web.disbursement.ApproveDisbursementRequest;
import de.consortium.api.web.disbursement.PayDisbursementRequest;
import de.consortium.api.web.disbursement.RejectDisbursementRequest;
import de.consortium.api.web.disbursement.RequestDisbursementRequest;
import de.consortium.api.web.grant.RecordGrantDecisionRequest;
import de.consortium.api.web.partner.JoinConsortiumRequest;
import de.consortium.api.web.project.RegisterProjectRequest;
import de.consortium.api.web.proofofuse.AcceptProofOfUseRequest;
import de.consortium.api.web.proofofuse.ObjectToProofOfUseRequest;
import de.consortium.api.web.proofofuse.SubmitProofOfUseRequest;
import de.consortium.api.web.repayment.ClaimRepaymentRequest;
import de.consortium.api.web.resolution.PassCouncilResolutionRequest;
import de.consortium.domain.project.PartnerId;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.stream.Collectors;

/** Turns a scenario step into its command through the same request types and validation as the REST API. */
@Component
class ScenarioCommands {

    private final ObjectMapper mapper;
    private final Validator validator;

    ScenarioCommands(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    Object toCommand(String projectId, Scenario.Step step) {
        PartnerId partner = step.partner() == null ? null : new PartnerId(projectId, step.partner());
        return switch (step.command()) {
            case "register-project" -> read(step, RegisterProjectRequest.class).toCommand();
            case "join-consortium" -> read(step, JoinConsortiumRequest.class).toCommand(projectId);
            case "set-cost-plan" -> read(step, SetCostPlanRequest.class).toCommand(partner);
            case "pass-council-resolution" -> read(step, PassCouncilResolutionRequest.class).toCommand(partner);
            case "submit-application" -> read(step, SubmitApplicationRequest.class).toCommand(partner);
            case "record-grant-decision" -> read(step, RecordGrantDecisionRequest.class).toCommand(partner);
            case "request-disbursement" -> {
                RequestDisbursementRequest request = read(step, RequestDisbursementRequest.class);
                yield request.toCommand(partner, request.requestId());
            }
            case "approve-disbursement" -> read(step, ApproveDisbursementRequest.class).toCommand(partner, step.id());
            case "reject-disbursement" -> read(step, RejectDisbursementRequest.class).toCommand(partner, step.id());
            case "pay-disbursement" -> read(step, PayDisbursementRequest.class).toCommand(partner, step.id());
            case "submit-proof-of-use" -> {
                SubmitProofOfUseRequest request = read(step, SubmitProofOfUseRequest.class);
                yield request.toCommand(partner, request.proofId());
            }
            case "accept-proof-of-use" -> read(step, AcceptProofOfUseRequest.class).toCommand(partner, step.id());
            case "object-to-proof-of-use" -> read(step, ObjectToProofOfUseRequest.class).toCommand(partner, step.id());
            case "claim-repayment" -> {
                ClaimRepaymentRequest request = read(step, ClaimRepaymentRequest.class);
                yield request.toCommand(partner, request.claimId());
            }
            default -> throw new IllegalArgumentException("unknown command '" + step.command() + "'");
        };
    }

    private <T> T read(Scenario.Step step, Class<T> type) {
        T request;
        try {
            request = mapper.treeToValue(step.body(), type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable body of " + step.command() + ": " + e.getOriginalMessage(),
                    e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("invalid body of " + step.command() + ": " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")));
        }
        return request;
    }
}
