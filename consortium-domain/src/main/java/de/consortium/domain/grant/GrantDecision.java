package de.consortium.domain.grant;

/** The funder's decision on an application: a grant awarded or refused. */
public sealed interface GrantDecision permits GrantAwarded, GrantRefused {
}
