package org.scfledger.api.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.party.PartyId;

/** An issued API key as stored: never the secret, only its hash. */
public record Credential(long id, String keyId, PartyId party, String user, Access access, Instant createdAt,
        @Nullable Instant revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }

    Caller caller() {
        return new Caller(id, keyId, party, user, access);
    }
}
