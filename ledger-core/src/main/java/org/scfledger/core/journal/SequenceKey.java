package org.scfledger.core.journal;

/** An aggregate's event number: unique across the journal. */
record SequenceKey(String aggregateId, long sequence) {
}
