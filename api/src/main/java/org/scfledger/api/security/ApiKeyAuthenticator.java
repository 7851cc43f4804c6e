package org.scfledger.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks presented keys against the store, remembering a good key briefly so that a busy client does not cost a
 * database read per request. Revoking through the API forgets the key at once; revoking in the database directly
 * takes effect within {@link #REMEMBERED}.
 */
public final class ApiKeyAuthenticator {

    static final Duration REMEMBERED = Duration.ofSeconds(30);
    private static final int MAX_REMEMBERED = 10_000;

    private final CredentialStore credentials;
    private final Clock clock;
    private final ConcurrentHashMap<String, Remembered> remembered = new ConcurrentHashMap<>();

    public ApiKeyAuthenticator(CredentialStore credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    public Optional<Caller> authenticate(ApiKey key) {
        Instant now = clock.instant();
        String presented = key.toString();
        var known = remembered.get(presented);
        if (known != null && known.until().isAfter(now)) {
            return Optional.of(known.caller());
        }
        var credential = credentials.authenticate(key);
        if (credential.isEmpty()) {
            remembered.remove(presented);
            return Optional.empty();
        }
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(presented, new Remembered(credential.get().caller(), now.plus(REMEMBERED)));
        return Optional.of(credential.get().caller());
    }

    public void forget(String keyId) {
        remembered.values().removeIf(entry -> entry.caller().keyId().equals(keyId));
    }

    private record Remembered(Caller caller, Instant until) {
    }
}
