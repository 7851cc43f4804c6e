package org.scfledger.core.journal;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;

/**
 * Aggregate snapshots: a cache of the journal, kept beside it (never in it), one per aggregate, replaced
 * when a later one is taken. Losing them costs only replay time.
 */
final class SnapshotStore {

    private final Journal journal;

    SnapshotStore(Journal journal) {
        this.journal = journal;
    }

    void store(DomainEventMessage<?> snapshot, Serializer serializer) {
        var payload = snapshot.serializePayload(serializer, byte[].class);
        var metadata = snapshot.serializeMetaData(serializer, byte[].class);
        journal.query(connection -> {
            try (var statement = connection.prepareStatement("insert into aggregate_snapshot (aggregate_id, aggregate_sequence,"
                    + " aggregate_type, event_id, event_type, event_revision, occurred_at, payload, metadata)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (aggregate_id) do update set"
                    + " aggregate_sequence = excluded.aggregate_sequence, aggregate_type = excluded.aggregate_type,"
                    + " event_id = excluded.event_id, event_type = excluded.event_type, event_revision = excluded.event_revision,"
                    + " occurred_at = excluded.occurred_at, payload = excluded.payload, metadata = excluded.metadata"
                    + " where aggregate_snapshot.aggregate_sequence < excluded.aggregate_sequence")) {
                statement.setString(1, snapshot.getAggregateIdentifier());
                statement.setLong(2, snapshot.getSequenceNumber());
                statement.setString(3, snapshot.getType());
                statement.setString(4, snapshot.getIdentifier());
                statement.setString(5, payload.getType().getName());
                statement.setString(6, payload.getType().getRevision());
                statement.setString(7, snapshot.getTimestamp().toString());
                statement.setBytes(8, payload.getData());
                statement.setBytes(9, metadata.getData());
                return statement.executeUpdate();
            }
        });
    }

    Optional<DomainEventData<?>> read(String aggregateId) {
        return journal.query(connection -> {
            try (var statement = connection.prepareStatement("select aggregate_type, aggregate_sequence, event_id, occurred_at,"
                    + " event_type, event_revision, payload, metadata from aggregate_snapshot where aggregate_id = ?")) {
                statement.setString(1, aggregateId);
                try (var result = statement.executeQuery()) {
                    if (!result.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new GenericDomainEventEntry<>(result.getString(1), aggregateId, result.getLong(2),
                            result.getString(3), result.getString(4), result.getString(5), result.getString(6),
                            result.getBytes(7), result.getBytes(8)));
                }
            }
        });
    }
}
