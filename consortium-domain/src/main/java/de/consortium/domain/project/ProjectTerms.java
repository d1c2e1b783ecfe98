package de.consortium.domain.project;

/** What a partner city takes over from the joint project when it joins the consortium. */
public record ProjectTerms(String projectId, String leadPartner, java.time.LocalDate applicationDeadline,
                           RunningTime runningTime) {
}
