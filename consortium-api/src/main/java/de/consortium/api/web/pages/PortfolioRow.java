package de.consortium.api.web.pages;

import de.consortium.projections.budget.GrantDrawdown;
import de.consortium.projections.status.ProjectSummary;

/** A project in the portfolio: its summary and how far its grant is drawn. */
public record PortfolioRow(ProjectSummary project, GrantDrawdown drawdown) {
}
