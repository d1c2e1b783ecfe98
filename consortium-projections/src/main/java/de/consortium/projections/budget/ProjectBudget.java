package de.consortium.projections.budget;

import java.math.BigDecimal;
import java.util.List;

/** The joint project's budget: the sum of its partners' plans and drawdowns, and each partner's. */
public record ProjectBudget(String projectId, BigDecimal eligibleCosts, BigDecimal grant, BigDecimal ownShare,
                            GrantDrawdown drawdown, List<YearTotal> years, List<PartnerBudget> partners) {

    /** A year of the whole project's plan: its partners' eligible costs, grants and own shares, and per line. */
    public record YearTotal(int year, BigDecimal eligibleCosts, BigDecimal grant, BigDecimal ownShare,
                            List<BudgetLine> lines) {
    }
}
