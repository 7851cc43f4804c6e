package org.scfledger.api.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a demo load did, and how to log in as each party: a key issued now for each (keys are shown once, so every
 * load issues new ones).
 *
 * @param anchor   the day the demo's business dates count from (the first load's today, in the business time zone)
 * @param recorded writes the ledger recorded during this load
 * @param replayed writes answered from an earlier load (the same Idempotency-Key): nothing was written again
 */
public record DemoLogins(String program, LocalDate anchor, int recorded, int replayed, List<Login> logins) {

    public DemoLogins {
        logins = List.copyOf(logins);
    }

    /**
     * @param variable the shell variable the key is exported as
     * @param key      {@code lk.<keyId>.<secret>}, for 'Authorization: Bearer'
     */
    public record Login(String party, String role, String legalName, String user, String variable, String key) {
    }

    public Optional<Login> of(String party) {
        return logins.stream().filter(login -> login.party().equals(party)).findFirst();
    }

    /** The key of {@code party}; the operator's is under "operator". */
    public String keyOf(String party) {
        return of(party).map(Login::key).orElseThrow(() -> new IllegalArgumentException("the demo has no party " + party));
    }

    /** The text {@code ledger serve --demo} prints once the demo is loaded. */
    public String describe(String baseUrl) {
        var text = new StringBuilder();
        String rule = "=".repeat(100);
        text.append('\n').append(rule).append('\n');
        if (recorded == 0) {
            text.append("Demo program ").append(program).append(" was already loaded (business dates around ").append(anchor)
                    .append("): nothing was written again.\n");
        } else {
            text.append("Demo program ").append(program).append(" loaded through the API, business dates around ").append(anchor)
                    .append(": ").append(recorded).append(" writes recorded");
            text.append(replayed > 0 ? ", " + replayed + " already there.\n" : ".\n");
        }
        text.append("\nLog in as any party with its API key, issued now (the ledger keeps only its hash; run --demo again for new keys):\n\n");
        text.append(String.format("  %-14s %-27s %-44s %s%n", "party", "role", "legal name", "key (Authorization: Bearer ...)"));
        for (Login login : logins) {
            text.append(String.format("  %-14s %-27s %-44s %s%n", login.party(), login.role(), login.legalName(), login.key()));
        }
        text.append("\nReady to paste into a shell:\n\n");
        text.append("  export LEDGER=").append(baseUrl).append('\n');
        for (Login login : logins) {
            text.append("  export ").append(login.variable()).append('=').append(login.key()).append('\n');
        }
        text.append("\nThen, for example, supplier-1's credit line:\n\n");
        text.append("  curl -s -H \"Authorization: Bearer $SUPPLIER1\" $LEDGER/api/v1/programs/").append(program)
                .append("/members/supplier-1\n");
        text.append("\nThe walkthrough (docs/walkthrough.md) goes on from here; the API is described at ").append(baseUrl)
                .append("/swagger-ui.html\n");
        text.append(rule).append('\n');
        return text.toString();
    }
}
