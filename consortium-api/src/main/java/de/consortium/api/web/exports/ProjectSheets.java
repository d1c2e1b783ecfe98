package de.consortium.api.web.exports;

import de.consortium.api.messaging.Queries;
import de.consortium.projections.budget.BudgetLine;
import de.consortium.projections.budget.FindBudget;
import de.consortium.projections.budget.PartnerBudget;
import de.consortium.projections.budget.ProjectBudget;
import de.consortium.projections.disbursement.DisbursementView;
import de.consortium.projections.disbursement.FindDisbursements;
import de.consortium.projections.disbursement.ProjectDisbursements;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A project's read models as sheets, headed in the reader's language (German unless chosen otherwise). */
@Component
public class ProjectSheets {

    private final Queries queries;
    private final MessageSource messages;

    ProjectSheets(Queries queries, MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    public Sheet of(String projectId, ExportedSheet sheet) {
        queries.requireProject(projectId);
        return switch (sheet) {
            case BUDGET -> budget(queries.ask(new FindBudget(projectId), ProjectBudget.class));
            case DISBURSEMENTS -> disbursements(queries.ask(new FindDisbursements(projectId),
                    ProjectDisbursements.class));
            case PROOF_OF_USE -> proofOfUse(queries.ask(new FindBudget(projectId), ProjectBudget.class));
        };
    }

    private Sheet budget(ProjectBudget budget) {
        List<List<Object>> rows = new ArrayList<>();
        for (PartnerBudget partner : budget.partners()) {
            partner.years().forEach(year -> year.lines().forEach(line -> rows.add(List.of(partner.name(),
                    year.year(), line.costLine(), line.title(), line.plannedCosts(), line.grant(), line.ownShare(),
                    line.requestedCosts(), line.approvedCosts(), line.paidCosts(), line.remainingCosts()))));
        }
        return new Sheet(heading("export.budget"), headings("partner.name", "budget.year", "export.costLine",
                "export.costLineTitle", "budget.planned", "budget.granted", "budget.ownShare",
                "budget.requestedCosts", "budget.approvedCosts", "budget.paidCosts", "budget.remainingCosts"), rows);
    }

    private Sheet disbursements(ProjectDisbursements disbursements) {
        List<List<Object>> rows = new ArrayList<>();
        for (DisbursementView d : disbursements.disbursements()) {
            rows.add(Arrays.asList(d.partnerCode(), d.requestId(), d.phase().name(),
                    heading(d.finalInstallment() ? "export.yes" : "export.no"), d.requestedOn(), d.periodStart(),
                    d.periodEnd(), d.payoutDate(), d.eligibleCosts(), d.grantAmount(),
                    heading("disbursement.status." + d.status().name()), d.approvedOn(), d.approvedBy(),
                    d.rejectedOn(), d.rejectionReason(), d.paidOn(), d.paidBy()));
        }
        return new Sheet(heading("export.disbursements"), headings("partner.name", "export.request",
                "budget.phase", "export.finalInstallment", "export.requestedOn", "export.periodStart",
                "export.periodEnd", "export.payoutDate", "budget.eligible", "budget.granted", "export.status",
                "export.approvedOn", "export.approvedBy", "export.rejectedOn", "export.rejectionReason",
                "export.paidOn", "export.paidBy"), rows);
    }

    /** Per partner and cost line over all years: planned, incurred (requested), the grant on it, and paid. */
    private Sheet proofOfUse(ProjectBudget budget) {
        List<List<Object>> rows = new ArrayList<>();
        for (PartnerBudget partner : budget.partners()) {
            Map<String, BudgetLine> byLine = new LinkedHashMap<>();
            partner.years().forEach(year -> year.lines().forEach(line -> byLine.merge(line.costLine(), line,
                    ProjectSheets::sum)));
            byLine.forEach((code, total) -> rows.add(List.of(partner.name(), code, total.title(),
                    total.plannedCosts(), total.requestedCosts(), total.grant(), total.paidCosts())));
        }
        return new Sheet(heading("export.proofOfUse"), headings("partner.name", "export.costLine",
                "export.costLineTitle", "budget.planned", "export.incurred", "budget.granted", "budget.paidCosts"),
                rows);
    }

    /** One cost line's figures of two years together. */
    private static BudgetLine sum(BudgetLine a, BudgetLine b) {
        return new BudgetLine(a.costLine(), a.title(), a.plannedCosts().add(b.plannedCosts()),
                a.grant().add(b.grant()), a.ownShare().add(b.ownShare()), a.requestedCosts().add(b.requestedCosts()),
                a.approvedCosts().add(b.approvedCosts()), a.paidCosts().add(b.paidCosts()),
                a.remainingCosts().add(b.remainingCosts()));
    }

    private List<String> headings(String... keys) {
        return Arrays.stream(keys).map(this::heading).toList();
    }

    private String heading(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
