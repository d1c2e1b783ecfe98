package de.consortium.api.audit;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/** Reads long sequences (the history, the chain) in pages, holding one page at a time. */
final class Paged {

    private Paged() {
    }

    /** Items read page by page, each page starting after the key of the last item read. */
    static <T> Iterable<T> items(LongFunction<List<T>> page, ToLongFunction<T> key, long start) {
        return () -> new Iterator<>() {
            private Iterator<T> current = page.apply(start).iterator();
            private T last;

            @Override
            public boolean hasNext() {
                if (!current.hasNext() && last != null) {
                    current = page.apply(key.applyAsLong(last)).iterator();
                    last = null;
                }
                return current.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                last = current.next();
                return last;
            }
        };
    }
}
