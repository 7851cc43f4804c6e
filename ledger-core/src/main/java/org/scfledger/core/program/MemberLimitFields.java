package org.scfledger.core.program;

import org.scfledger.core.money.Money;

/** A member's base limit and cap, as commands give them: booked, not negative, one currency, cap ≥ base limit. */
final class MemberLimitFields {

    private MemberLimitFields() {
    }

    static void check(Money baseLimit, Money memberCap) {
        ProgramCommandFields.amount("baseLimit", baseLimit);
        ProgramCommandFields.amount("memberCap", memberCap);
        ProgramCommandFields.sameCurrency("memberCap", memberCap, "baseLimit", baseLimit.currency());
        if (memberCap.isLessThan(baseLimit)) {
            throw new IllegalArgumentException("memberCap (" + memberCap + ") must be at least baseLimit (" + baseLimit + ")");
        }
    }
}
