package de.consortium.api.web.pages;

import de.consortium.api.processing.StoredTokens;

import java.util.List;

/** A processor as the shared token store shows it; {@code lag} counts the events its slowest segment trails. */
public record ProcessorState(String name, List<StoredTokens.StoredToken> segments, long lowest, long lag) {
}
