package de.consortium.domain.support;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Sets in messages iterate in one defined order, their elements' natural order (an enum's: the order of its
 * constants), so that a message serializes to the same bytes on every node and after every restart. Hash sets do
 * not: an enum's hash differs from JVM to JVM.
 */
public final class CanonicalSets {

    private CanonicalSets() {
    }

    /** An unmodifiable copy in natural order; {@code null} stays {@code null}. */
    public static <E extends Comparable<? super E>> SortedSet<E> of(Collection<E> elements) {
        return elements == null ? null : Collections.unmodifiableSortedSet(new TreeSet<>(elements));
    }
}
