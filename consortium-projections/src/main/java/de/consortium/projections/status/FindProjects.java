package de.consortium.projections.status;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of the registered projects, by project id; deadlines before {@code today} are marked overdue.
 *
 * @param after        the page starts after this project id (null: at the first project)
 * @param limit        at most this many projects
 * @param partnerCodes only projects one of these partners leads or has joined (null: every project)
 */
public record FindProjects(LocalDate today, String after, int limit, List<String> partnerCodes) {

    /** Every project. */
    public static FindProjects all(LocalDate today) {
        return new FindProjects(today, null, Integer.MAX_VALUE, null);
    }
}
