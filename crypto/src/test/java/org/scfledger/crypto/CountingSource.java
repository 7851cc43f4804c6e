package org.scfledger.crypto;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Wraps a source and records how it was called, to pin the "one round trip, O(log n) nodes" promise. */
final class CountingSource implements SubtreeSource {

    private final SubtreeSource delegate;
    int calls;
    int nodesLoaded;
    final Set<NodeId> lastRequest = new HashSet<>();

    CountingSource(SubtreeSource delegate) {
        this.delegate = delegate;
    }

    @Override
    public Map<NodeId, byte[]> load(Set<NodeId> nodes) {
        calls++;
        nodesLoaded += nodes.size();
        lastRequest.clear();
        lastRequest.addAll(nodes);
        return delegate.load(nodes);
    }

    void reset() {
        calls = 0;
        nodesLoaded = 0;
        lastRequest.clear();
    }
}
