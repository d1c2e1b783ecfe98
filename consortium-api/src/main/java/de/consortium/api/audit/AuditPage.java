package de.consortium.api.audit;

import org.springframework.lang.Nullable;
import java.util.List;

/**
 * A page of the history: the matching events, the position up to which the history was read for it, and the link
 * to the next page ({@code null} at the end).
 */
public record AuditPage(List<AuditEntry> events, long scannedTo, @Nullable String next) {
}
