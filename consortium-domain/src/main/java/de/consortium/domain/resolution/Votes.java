package de.consortium.domain.resolution;

/** Votes as the minutes record them; any count the minutes do not give stays {@code null}. */
public record Votes(Integer inFavour, Integer against, Integer abstentions) {

    public Votes {
        for (Integer count : new Integer[]{inFavour, against, abstentions}) {
            if (count != null && count < 0) {
                throw new IllegalArgumentException("a vote count is never negative");
            }
        }
    }
}
