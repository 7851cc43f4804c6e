package org.scfledger.api.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.scfledger.api.calendar.BusinessCalendar;
import org.scfledger.api.readside.ReadSideStatus;
import org.scfledger.api.security.Access;
import org.scfledger.api.security.CredentialStore;
import org.scfledger.core.party.PartyId;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo program into a running server through its REST API, on loopback: the operator registers the parties
 * and issues a key for each, then each party writes its part of {@link DemoScript} with its own key. Only the first
 * operator key is issued directly, as {@code ledger api-key --party operator} would.
 *
 * <p>Loading again writes nothing twice: each write is answered from the first load's answer to the same
 * Idempotency-Key, and the business dates are those of the first load (found from the program's start). Meant for a
 * fresh data folder: ids such as core-1 and P-AUTO must not be taken by anything else.
 */
@Component
@ConditionalOnProperty(name = "ledger.demo", havingValue = "true")
public class DemoLoader {

    private static final String OPERATOR = "operator";

    private final CredentialStore credentials;
    private final ReadSideStatus readSide;
    private final Clock clock;
    private final ZoneId businessZone;

    DemoLoader(CredentialStore credentials, ReadSideStatus readSide, Clock clock, BusinessCalendar calendar) {
        this.credentials = credentials;
        this.readSide = readSide;
        this.clock = clock;
        this.businessZone = calendar.zone();
    }

    /** Loads the demo through the API on {@code port} of this host, and issues a new key for each party. */
    public DemoLogins load(int port) {
        var client = new DemoClient("http://127.0.0.1:" + port);
        String operator = credentials.issue(PartyId.OPERATOR, "demo-admin", Access.OPERATOR).key().toString();
        DemoScript.registerParties(client, operator);

        var keys = new HashMap<String, String>();
        var logins = new ArrayList<DemoLogins.Login>();
        keys.put(OPERATOR, operator);
        logins.add(new DemoLogins.Login(OPERATOR, "OPERATOR", "(runs the ledger)", "demo-admin", "OPERATOR", operator));
        for (DemoParty party : DemoParty.ALL) {
            JsonNode issued = client.write("POST", "/api/v1/parties/" + party.id() + "/credentials", operator,
                    DemoScript.obj("user", party.user()), null, 201);
            String key = issued.path("key").asText();
            keys.put(party.id(), key);
            logins.add(new DemoLogins.Login(party.id(), String.join(", ", party.roles()), party.legalName(), party.user(),
                    party.variable(), key));
        }

        LocalDate anchor = anchor(client, operator);
        new DemoScript(client, keys, anchor).run();
        // The demo is read at once: let the read models show all of it first.
        readSide.awaitCaughtUp();
        return new DemoLogins(DemoScript.PROGRAM, anchor, client.recorded(), client.replayed(), List.copyOf(logins));
    }

    /** Today in the business time zone, or, if the program was created by an earlier load, that load's day. */
    private LocalDate anchor(DemoClient client, String operatorKey) {
        readSide.awaitCaughtUp();
        JsonNode program = client.find("/api/v1/programs/" + DemoScript.PROGRAM, operatorKey);
        if (program == null) {
            return LocalDate.now(clock.withZone(businessZone));
        }
        return LocalDate.parse(program.path("validFrom").asText()).plusDays(DemoScript.PROGRAM_STARTED_DAYS_BEFORE);
    }
}
