package org.scfledger.commands.program;

import java.time.LocalDate;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.rules.RuleViolation;

/**
 * When a program lends: from {@code validFrom} to {@code validTo}, both inclusive, until it is expired. Shared by every
 * command that starts or extends lending (admissions, assets, reservations, disbursements); repayments and asset
 * removals are never refused for validity, a program runs off after it ends.
 */
record ProgramValidity(LocalDate validFrom, LocalDate validTo, boolean expired) {

    static final String EXPIRED = "program-expired";
    static final String NOT_YET_VALID = "program-not-yet-valid";
    static final String STILL_VALID = "program-still-valid";

    /** Members may draw on {@code businessDate}: the program has begun and has not ended. */
    void requireInForceOn(ProgramId program, LocalDate businessDate) {
        requireNotEndedOn(program, businessDate);
        if (businessDate.isBefore(validFrom)) {
            throw new RuleViolation(NOT_YET_VALID, "Program " + program + " lends from " + validFrom + ", not on " + businessDate);
        }
    }

    /** The program has not ended by {@code businessDate} (it may not have begun: members are onboarded before). */
    void requireNotEndedOn(ProgramId program, LocalDate businessDate) {
        requireNotExpired(program);
        if (businessDate.isAfter(validTo)) {
            throw new RuleViolation(EXPIRED, "Program " + program + " lent until " + validTo + ", not on " + businessDate);
        }
    }

    void requireNotExpired(ProgramId program) {
        if (expired) {
            throw new RuleViolation(EXPIRED, "Program " + program + " has expired");
        }
    }

    /** The program may be expired on {@code businessDate}: its last day has come (the end-of-day run) or gone. */
    void requireExpirableOn(ProgramId program, LocalDate businessDate) {
        requireNotExpired(program);
        if (businessDate.isBefore(validTo)) {
            throw new RuleViolation(STILL_VALID, "Program " + program + " is valid until " + validTo
                    + " and cannot be expired on " + businessDate);
        }
    }

    ProgramValidity expire() {
        return new ProgramValidity(validFrom, validTo, true);
    }
}
