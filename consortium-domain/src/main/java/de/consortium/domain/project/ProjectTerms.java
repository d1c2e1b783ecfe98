package de.consortium.domain.project;

import java.time.LocalDate;

/** What a partner city takes over from the joint project when it joins the consortium. */
public record ProjectTerms(String projectId, String leadPartner, LocalDate applicationDeadline,
                           RunningTime runningTime) {
}
