package de.consortium.api.audit;

import org.springframework.lang.Nullable;

/**
 * The hash chain as it stands: it covers the history up to {@code coveredPosition} (-1: nothing yet) in
 * {@code length} links, the latest of which is {@code chainHash}.
 */
public record ChainHead(long coveredPosition, long length, @Nullable String chainHash) {
}
