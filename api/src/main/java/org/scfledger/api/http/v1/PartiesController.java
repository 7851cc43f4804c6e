package org.scfledger.api.http.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.scfledger.api.http.command.CommandRequest;
import org.scfledger.api.http.problem.ApiProblem;
import org.scfledger.api.security.Access;
import org.scfledger.api.security.ApiKeyAuthenticator;
import org.scfledger.api.security.Caller;
import org.scfledger.api.security.Credential;
import org.scfledger.api.security.CredentialStore;
import org.scfledger.api.security.PartyDirectory;
import org.scfledger.core.party.ChangePartyRoles;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.party.RegisterParty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(Links.BASE + "/parties")
@Tag(name = "Parties", description = "The enterprises in programs, and their API keys. The operator registers parties and issues"
        + " their first keys; a party may issue and revoke keys for its own users.")
class PartiesController {

    private final PartyDirectory parties;
    private final CredentialStore credentials;
    private final ApiKeyAuthenticator authenticator;

    PartiesController(PartyDirectory parties, CredentialStore credentials, ApiKeyAuthenticator authenticator) {
        this.parties = parties;
        this.credentials = credentials;
        this.authenticator = authenticator;
    }

    @PostMapping
    @Operation(summary = "Register a party (operator)")
    @Accepts(value = RegisterParty.class, example = """
            {"partyId": "supplier-1", "legalName": "Shenzhen Precision Parts Co., Ltd.",
             "unifiedSocialCreditCode": "91440300MA5FQ2N7BM", "roles": ["SUPPLIER"]}""")
    ResponseEntity<?> register(@Parameter(hidden = true) CommandRequest request) {
        return request.send(RegisterParty.class, Map.of(),
                (command, result) -> Recorded.created(command.partyId().value(), Links.to("parties", command.partyId().value())));
    }

    @PutMapping("/{partyId}/roles")
    @Operation(summary = "Replace a party's roles (operator)")
    @Accepts(value = ChangePartyRoles.class, fromPath = "partyId", example = """
            {"roles": ["SUPPLIER", "DISTRIBUTOR"]}""")
    ResponseEntity<?> changeRoles(@PathVariable PartyId partyId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(ChangePartyRoles.class, Map.of("partyId", partyId),
                (command, result) -> Recorded.done(partyId.value(), Links.to("parties", partyId.value())));
    }

    @GetMapping("/{partyId}")
    @Operation(summary = "A registered party: legal name, credit code, roles")
    PartyDirectory.RegisteredParty party(@PathVariable PartyId partyId) {
        return parties.find(partyId).orElseThrow(() -> ApiProblem.notFound("there is no party " + partyId.value()));
    }

    @PostMapping("/{partyId}/credentials")
    @Operation(summary = "Issue an API key for a user at the party (operator, or the party itself)",
            description = "The key is in this answer only; the ledger keeps its hash. An auditor's key reads everything and"
                    + " writes nothing; the operator's administers.")
    @Accepts(value = KeyRequest.class, example = """
            {"user": "treasury-desk"}""")
    ResponseEntity<?> issue(@PathVariable PartyId partyId, @Parameter(hidden = true) CommandRequest request) {
        mayAdminister(request.caller(), partyId);
        Access access = partyId.equals(PartyId.OPERATOR) ? Access.OPERATOR : parties.find(partyId)
                .map(party -> PartyDirectory.accessOf(partyId, party.roles()))
                .orElseThrow(() -> new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "party-not-registered",
                        "there is no party " + partyId.value() + " to issue a key for", "partyId"));
        return request.run(KeyRequest.class, body -> {
            var issued = credentials.issue(partyId, body.user(), access);
            var credential = issued.credential();
            return ResponseEntity.status(HttpStatus.CREATED).body(new IssuedKey(credential.keyId(), issued.key().toString(),
                    partyId, credential.user(), credential.access(), credential.createdAt()));
        });
    }

    @GetMapping("/{partyId}/credentials")
    @Operation(summary = "The party's API keys, without their secrets (operator, auditors, or the party itself)")
    List<Credential> keys(@PathVariable PartyId partyId, @AuthenticationPrincipal Caller caller) {
        if (!caller.mayRead(partyId)) {
            throw Visibility.denied("the keys of " + partyId.value());
        }
        return credentials.ofParty(partyId);
    }

    @DeleteMapping("/{partyId}/credentials/{keyId}")
    @Operation(summary = "Revoke one of the party's API keys (operator, or the party itself)")
    ResponseEntity<Void> revoke(@PathVariable PartyId partyId, @PathVariable String keyId, @AuthenticationPrincipal Caller caller) {
        mayAdminister(caller, partyId);
        if (!credentials.revoke(partyId, keyId)) {
            throw ApiProblem.notFound(partyId.value() + " has no live key " + keyId);
        }
        authenticator.forget(keyId);
        return ResponseEntity.noContent().build();
    }

    private static void mayAdminister(Caller caller, PartyId partyId) {
        if (caller.access() != Access.OPERATOR && !caller.is(partyId)) {
            throw ApiProblem.forbidden("only the operator or " + partyId.value() + " itself manages its keys");
        }
    }

    /** @param user who at the party holds the key: a person or a system, 1 to 100 characters */
    record KeyRequest(@Schema(example = "treasury-desk") String user) {
        KeyRequest {
            if (user == null || user.isBlank() || user.length() > 100) {
                throw new IllegalArgumentException("user is required, 1 to 100 characters");
            }
        }
    }

    @Schema(description = "A new API key. Send it as 'Authorization: Bearer <key>'. It is shown this once.")
    record IssuedKey(String keyId, String key, PartyId party, String user, Access access, @Nullable Instant createdAt) {
    }
}
