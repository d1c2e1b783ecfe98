package de.consortium.domain.money;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Hands out a whole number of cents by exact shares so that the parts add up to it (the largest remainder method):
 * every part first gets the whole cents of its exact share; the cents left over go one each to the parts with the
 * largest remainders, on a tie to the earlier part.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * The parts of {@code total} whose exact shares are {@code numerators[i] / denominator} cents; the total lies
     * between the sum of the shares rounded down and rounded up, as a sum rounded once does.
     */
    public static long[] split(long total, long[] numerators, long denominator) {
        long[] parts = new long[numerators.length];
        long[] remainders = new long[numerators.length];
        long given = 0;
        List<Integer> withRemainder = new ArrayList<>();
        for (int i = 0; i < numerators.length; i++) {
            parts[i] = Math.floorDiv(numerators[i], denominator);
            remainders[i] = Math.floorMod(numerators[i], denominator);
            given = Math.addExact(given, parts[i]);
            if (remainders[i] > 0) {
                withRemainder.add(i);
            }
        }
        long leftOver = total - given;
        if (leftOver < 0 || leftOver > withRemainder.size()) {
            throw new IllegalArgumentException(total + " cents cannot be split by these shares, whose whole cents"
                    + " add up to " + given + " and " + withRemainder.size() + " of which have a remainder");
        }
        withRemainder.sort(Comparator.comparingLong((Integer i) -> remainders[i]).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int i = 0; i < leftOver; i++) {
            parts[withRemainder.get(i)]++;
        }
        return parts;
    }
}
