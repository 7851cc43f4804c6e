package org.scfledger.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The ledger server. Started by {@code ledger serve}; see {@link org.scfledger.api.cli.LedgerCli}. */
@SpringBootApplication
public class LedgerApplication {
}
