package org.scfledger.projections;

import java.util.ArrayList;
import java.util.List;

/** The one list operation the folds need: an immutable list with one more item at its end. */
public final class Lists {

    private Lists() {
    }

    public static <T> List<T> append(List<T> list, T item) {
        List<T> more = new ArrayList<>(list.size() + 1);
        more.addAll(list);
        more.add(item);
        return List.copyOf(more);
    }
}
