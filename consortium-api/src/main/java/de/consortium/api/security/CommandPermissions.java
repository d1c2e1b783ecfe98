package de.consortium.api.security;

import de.consortium.domain.application.SubmitApplication;
import de.consortium.domain.costplan.SetCostPlan;
import de.consortium.domain.disbursement.ApproveDisbursement;
import de.consortium.domain.disbursement.PayDisbursement;
import de.consortium.domain.disbursement.RejectDisbursement;
import de.consortium.domain.disbursement.RequestDisbursement;
import de.consortium.domain.document.DeleteDocument;
import de.consortium.domain.document.RecordDocument;
import de.consortium.domain.grant.RecordGrantDecision;
import de.consortium.domain.partner.JoinConsortium;
import de.consortium.domain.project.PartnerId;
import de.consortium.domain.project.RegisterProject;
import de.consortium.domain.proofofuse.AcceptProofOfUse;
import de.consortium.domain.proofofuse.ObjectToProofOfUse;
import de.consortium.domain.proofofuse.SubmitProofOfUse;
import de.consortium.domain.repayment.ClaimRepayment;
import de.consortium.domain.resolution.PassCouncilResolution;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Who may send which command, in one table: the consortium lead registers its project, the partners and their cost
 * plans; a partner's project lead acts only for that partner; only the funder decides, pays, audits and reclaims;
 * an operator deletes documents whose retention has run out; auditors and dashboards only read. A command not in
 * the table is refused.
 */
@Component
public class CommandPermissions {

    private final ProjectLeads leads;
    private final Map<Class<?>, BiConsumer<Object, Actor>> permissions;

    CommandPermissions(ProjectLeads leads) {
        this.leads = leads;
        this.permissions = Map.ofEntries(
                Map.entry(RegisterProject.class, (command, actor) ->
                        requirePartnerRole(actor, Role.CONSORTIUM_LEAD, ((RegisterProject) command).leadPartner())),
                leadOfProject(JoinConsortium.class, JoinConsortium::partnerId),
                leadOfProject(SetCostPlan.class, SetCostPlan::partnerId),
                projectLead(PassCouncilResolution.class, PassCouncilResolution::partnerId),
                projectLead(SubmitApplication.class, SubmitApplication::partnerId),
                projectLead(RequestDisbursement.class, RequestDisbursement::partnerId),
                projectLead(SubmitProofOfUse.class, SubmitProofOfUse::partnerId),
                funder(RecordGrantDecision.class),
                funder(ApproveDisbursement.class),
                funder(RejectDisbursement.class),
                funder(PayDisbursement.class),
                funder(AcceptProofOfUse.class),
                funder(ObjectToProofOfUse.class),
                funder(ClaimRepayment.class),
                projectLead(RecordDocument.class, RecordDocument::partnerId),
                operator(DeleteDocument.class));
    }

    public void check(Object command, Actor actor) {
        BiConsumer<Object, Actor> permission = permissions.get(command.getClass());
        if (permission == null) {
            throw new AccessDeniedException("No one may send " + command.getClass().getSimpleName() + ".");
        }
        permission.accept(command, actor);
    }

    private <C> Map.Entry<Class<?>, BiConsumer<Object, Actor>> leadOfProject(Class<C> type,
                                                                             Function<C, PartnerId> partner) {
        return Map.entry(type, (command, actor) -> {
            String projectId = partner.apply(type.cast(command)).projectId();
            // an unknown project is left to the command, which answers 404
            leads.leadOf(projectId).ifPresent(lead -> requirePartnerRole(actor, Role.CONSORTIUM_LEAD, lead));
        });
    }

    private static <C> Map.Entry<Class<?>, BiConsumer<Object, Actor>> projectLead(Class<C> type,
                                                                                  Function<C, PartnerId> partner) {
        return Map.entry(type, (command, actor) ->
                requirePartnerRole(actor, Role.PROJECT_LEAD, partner.apply(type.cast(command)).partnerCode()));
    }

    private static Map.Entry<Class<?>, BiConsumer<Object, Actor>> funder(Class<?> type) {
        return Map.entry(type, (command, actor) -> {
            if (!actor.roles().contains(Role.FUNDER)) {
                throw new AccessDeniedException("Only the funder may " + describe(type) + ".");
            }
        });
    }

    private static Map.Entry<Class<?>, BiConsumer<Object, Actor>> operator(Class<?> type) {
        return Map.entry(type, (command, actor) -> {
            if (!actor.roles().contains(Role.OPERATOR)) {
                throw new AccessDeniedException("Only an operator may " + describe(type) + ".");
            }
        });
    }

    private static void requirePartnerRole(Actor actor, Role role, String partner) {
        if (!actor.actsFor(role, partner)) {
            throw new AccessDeniedException(actor.name() + " may not act as " + role.name().toLowerCase()
                    .replace('_', ' ') + " for " + partner + ".");
        }
    }

    private static String describe(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
    }
}
