package org.scfledger.api;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ledger's own settings ({@code ledger.*}).
 *
 * @param dataDir            where the self-started database, the signing keys and the audit exports live
 * @param suite              the algorithm suite a new ledger is created with: SHA256-ED25519 or SM3-SM2
 * @param appRole            the restricted database role the application runs as
 * @param checkpointInterval how often a signed checkpoint is taken when the journal has grown
 */
@ConfigurationProperties("ledger")
public record LedgerProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("SHA256-ED25519") String suite,
        @DefaultValue("ledger_app") String appRole,
        @DefaultValue("PT1M") Duration checkpointInterval) {

    public Path keyDir() {
        return dataDir.resolve("keys");
    }

    /** Where export jobs write their files. */
    public Path exportDir() {
        return dataDir.resolve("exports");
    }
}
