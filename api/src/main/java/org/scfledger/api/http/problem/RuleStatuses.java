package org.scfledger.api.http.problem;

import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * The HTTP status of each business-rule refusal. The default is 409: the request was sound, the ledger's state does
 * not allow it (already confirmed, limit exceeded, encumbered). What is named here differs.
 */
final class RuleStatuses {

    /** The request names something that does not exist, or pieces that do not fit together: sound JSON, wrong meaning. */
    private static final Set<String> UNPROCESSABLE = Set.of("party-not-registered", "party-role-missing", "member-not-admitted",
            "member-not-eligible", "asset-type-not-eligible", "receivable-program-mismatch", "order-parties-mismatch",
            "holder-is-debtor", "encumbrance-mismatch", "encumbrance-holder-mismatch", "split-not-conserving",
            "settlement-amount-mismatch", "receivable-same-holder", "tenor-exceeds-maximum");

    /** Amounts in a currency other than the program's or the order's: malformed input, like an over-precise amount. */
    private static final Set<String> BAD_REQUEST = Set.of("currency-mismatch", "order-currency-mismatch");

    private RuleStatuses() {
    }

    static HttpStatus of(String code) {
        if (code.equals("not-permitted")) {
            return HttpStatus.FORBIDDEN;
        }
        if (BAD_REQUEST.contains(code)) {
            return HttpStatus.BAD_REQUEST;
        }
        if (UNPROCESSABLE.contains(code) || code.endsWith("-not-found")) {
            return HttpStatus.UNPROCESSABLE_ENTITY;
        }
        return HttpStatus.CONFLICT;
    }
}
