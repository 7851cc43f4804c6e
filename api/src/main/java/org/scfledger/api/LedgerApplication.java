package org.scfledger.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The ledger server. Started by {@code ledger serve}; see {@link org.scfledger.api.cli.LedgerCli}. */
@SpringBootApplication
@EnableScheduling
@EnableConfigurationProperties(LedgerProperties.class)
public class LedgerApplication {
}
