package de.consortium.domain.project;

/** Reads a registered project's terms; throws {@link de.consortium.domain.rules.UnknownReference} if none. */
@FunctionalInterface
public interface ProjectTermsLookup {

    ProjectTerms termsOf(String projectId);
}
