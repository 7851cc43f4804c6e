package org.scfledger.api.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.scfledger.core.party.PartyId;

/** The API keys, in {@code api_credential}: issued, looked up by key id, listed per party, revoked. */
public final class CredentialStore {

    private static final String COLUMNS = "id, key_id, party_id, user_name, access, created_at, revoked_at";

    private final DataSource dataSource;
    private final Clock clock;

    public CredentialStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** A new key for {@code user} at {@code party}; the returned key is the only time its secret is seen. */
    public IssuedKey issue(PartyId party, String user, Access access) {
        var key = ApiKey.generate();
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("insert into api_credential"
                        + " (key_id, secret_hash, party_id, user_name, access, created_at) values (?, ?, ?, ?, ?, ?) returning id")) {
            insert.setString(1, key.keyId());
            insert.setBytes(2, key.secretHash());
            insert.setString(3, party.value());
            insert.setString(4, user);
            insert.setString(5, access.name());
            insert.setTimestamp(6, Timestamp.from(now));
            try (ResultSet result = insert.executeQuery()) {
                result.next();
                return new IssuedKey(new Credential(result.getLong(1), key.keyId(), party, user, access, now, null), key);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a new API key: " + e.getMessage(), e);
        }
    }

    /** The live credential the key names, if its secret matches. */
    public Optional<Credential> authenticate(ApiKey key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select " + COLUMNS + ", secret_hash from api_credential where key_id = ? and revoked_at is null")) {
            select.setString(1, key.keyId());
            try (ResultSet result = select.executeQuery()) {
                if (!result.next() || !key.matches(result.getBytes(8))) {
                    return Optional.empty();
                }
                return Optional.of(read(result));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read API keys: " + e.getMessage(), e);
        }
    }

    public List<Credential> ofParty(PartyId party) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select " + COLUMNS + " from api_credential where party_id = ? order by id")) {
            select.setString(1, party.value());
            try (ResultSet result = select.executeQuery()) {
                var credentials = new ArrayList<Credential>();
                while (result.next()) {
                    credentials.add(read(result));
                }
                return credentials;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read API keys: " + e.getMessage(), e);
        }
    }

    /** Revokes one of the party's keys; false if the party has no such live key. */
    public boolean revoke(PartyId party, String keyId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update api_credential set revoked_at = ? where party_id = ? and key_id = ? and revoked_at is null")) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.setString(2, party.value());
            update.setString(3, keyId);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not revoke an API key: " + e.getMessage(), e);
        }
    }

    private static Credential read(ResultSet result) throws SQLException {
        Timestamp revoked = result.getTimestamp(7);
        return new Credential(result.getLong(1), result.getString(2), PartyId.of(result.getString(3)), result.getString(4),
                Access.valueOf(result.getString(5)), result.getTimestamp(6).toInstant(), revoked == null ? null : revoked.toInstant());
    }

    /** A credential and the key that goes with it, to hand to its holder once. */
    public record IssuedKey(Credential credential, ApiKey key) {
    }
}
