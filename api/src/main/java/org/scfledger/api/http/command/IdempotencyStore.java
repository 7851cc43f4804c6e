package org.scfledger.api.http.command;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.party.PartyId;

/**
 * The first answer to each (party, Idempotency-Key), in {@code api_idempotency}. The first request claims the key
 * (an insert that only one can win, whatever the concurrency or the node), then records its answer; the others
 * wait for that answer and return it.
 */
final class IdempotencyStore {

    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final DataSource dataSource;
    private final Clock clock;

    IdempotencyStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * True if this request is the first with the key: it must now answer and {@link #record} or {@link #release}. A
     * claim left without an answer for {@link #ABANDONED_AFTER} (its server stopped mid-request) may be taken over.
     */
    boolean claim(PartyId party, String key, byte[] requestHash) {
        var now = clock.instant();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into api_idempotency"
                        + " (party_id, idempotency_key, request_hash, created_at) values (?, ?, ?, ?)"
                        + " on conflict (party_id, idempotency_key) do update set request_hash = excluded.request_hash,"
                        + " created_at = excluded.created_at where api_idempotency.status is null and api_idempotency.created_at < ?")) {
            insert.setString(1, party.value());
            insert.setString(2, key);
            insert.setBytes(3, requestHash);
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setTimestamp(5, Timestamp.from(now.minus(ABANDONED_AFTER)));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim an idempotency key: " + e.getMessage(), e);
        }
    }

    void record(PartyId party, String key, Answer answer) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update api_idempotency set status = ?, location = ?, body = ?"
                        + " where party_id = ? and idempotency_key = ?")) {
            update.setInt(1, answer.status());
            update.setString(2, answer.location());
            update.setString(3, answer.body());
            update.setString(4, party.value());
            update.setString(5, key);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record an idempotent answer: " + e.getMessage(), e);
        }
    }

    /** Gives the key up (the first request failed without an answer worth repeating): a retry starts afresh. */
    void release(PartyId party, String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from api_idempotency where party_id = ? and idempotency_key = ? and status is null")) {
            delete.setString(1, party.value());
            delete.setString(2, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not release an idempotency key: " + e.getMessage(), e);
        }
    }

    /** The key's state: empty if unclaimed; else whether it was claimed for the same request, and its answer if any. */
    Optional<Claimed> find(PartyId party, String key, byte[] requestHash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select request_hash, status, location, body from api_idempotency"
                        + " where party_id = ? and idempotency_key = ?")) {
            select.setString(1, party.value());
            select.setString(2, key);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                boolean sameRequest = Arrays.equals(result.getBytes(1), requestHash);
                int status = result.getInt(2);
                Answer answer = result.wasNull() ? null : new Answer(status, result.getString(3), result.getString(4));
                return Optional.of(new Claimed(sameRequest, answer));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read an idempotency key: " + e.getMessage(), e);
        }
    }

    /** An answer as sent: status, Location (if any) and the JSON body. */
    record Answer(int status, @Nullable String location, String body) {
    }

    record Claimed(boolean sameRequest, @Nullable Answer answer) {
    }
}
