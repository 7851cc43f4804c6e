package org.scfledger.api.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.scfledger.api.security.Access;
import org.scfledger.api.security.CredentialStore;
import org.scfledger.api.security.PartyDirectory;
import org.scfledger.core.party.PartyId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ledger api-key}: issues an API key straight into the ledger's database. This is how the first key (the
 * operator's) comes to be; every other key can then be issued over the API.
 */
@Command(name = "api-key", mixinStandardHelpOptions = true,
        description = {"Issue an API key for a user at a party; the key is printed once and only its hash is kept.",
                "The first key is the operator's: ledger api-key --party operator --user <you>.",
                "The server must have started once on this data folder (it creates the tables)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:issued", "1:the party is not registered or the ledger cannot be reached"})
final class ApiKeyCommand implements Callable<Integer> {

    @Mixin
    LedgerDatabaseOptions ledger;

    @Option(names = "--party", required = true, paramLabel = "PARTY",
            description = "The party the key acts for: 'operator', or a registered party's id.")
    String party;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "Who at the party holds the key (a person or a system).")
    String user;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExportCommand.quietLibraryLogging();
        try (var open = ledger.open("api-key")) {
            var partyId = PartyId.of(party);
            Access access;
            if (partyId.equals(PartyId.OPERATOR)) {
                access = Access.OPERATOR;
            } else {
                var registered = new PartyDirectory(open.journal()).find(partyId);
                if (registered.isEmpty()) {
                    err.println("ledger api-key: there is no party " + party + "; the operator registers parties first");
                    return 1;
                }
                access = PartyDirectory.accessOf(partyId, registered.get().roles());
            }
            var issued = new CredentialStore(open.pool(), Clock.systemUTC()).issue(partyId, user, access);
            out.println("API key for " + user + " at " + party + " (" + access.name().toLowerCase(java.util.Locale.ROOT) + "):");
            out.println();
            out.println("  " + issued.key());
            out.println();
            out.println("Send it as 'Authorization: Bearer <key>'. It is shown this once; the ledger keeps only its hash.");
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            err.println("ledger api-key: " + ExportCommand.rootMessage(e));
            return 1;
        }
    }
}
