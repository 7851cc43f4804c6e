package org.scfledger.projections.creditline;

import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramEvent;
import org.scfledger.core.program.ProgramEvent.DrawdownReserved;
import org.scfledger.core.program.ProgramEvent.MemberAdmitted;
import org.scfledger.core.program.ProgramEvent.PrincipalDrawn;
import org.scfledger.core.program.ProgramEvent.PrincipalRepaid;
import org.scfledger.core.program.ProgramEvent.ProgramCreated;
import org.scfledger.core.program.ProgramEvent.ProgramExpired;
import org.scfledger.core.program.ProgramEvent.ProgramLimitChanged;
import org.scfledger.core.program.ProgramEvent.ReservationReleased;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;

/**
 * A program as the credit-line read model folds it: its terms, and what each member uses of its limit (by member id,
 * in the order of the ids: the order of admission would not survive every store of the state (the live tables once
 * kept it as {@code jsonb}, which does not keep an object's key order), and a live view must not differ from an as-of
 * replay).
 */
public record ProgramState(
        ProgramId programId,
        PartyId coreEnterprise,
        PartyId funder,
        Currency currency,
        Money programLimit,
        LocalDate validFrom,
        LocalDate validTo,
        AdvanceRates advanceRates,
        ProgramPricing pricing,
        int maxTenorDays,
        @Nullable LocalDate expiredOn,
        Map<String, MemberUse> members) {

    public ProgramState {
        members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(members)));
    }

    static ProgramState created(ProgramCreated event) {
        return new ProgramState(event.programId(), event.coreEnterprise(), event.funder(), event.currency(),
                event.programLimit(), event.validFrom(), event.validTo(), event.advanceRates(), event.pricing(),
                event.maxTenorDays(), null, Map.of());
    }

    /** The fold: this program after {@code event}. Events that change no program-wide figure leave it as it is. */
    ProgramState apply(ProgramEvent event) {
        if (event instanceof ProgramLimitChanged e) {
            return withLimit(e.programLimit());
        }
        if (event instanceof ProgramExpired e) {
            return expired(e.businessDate());
        }
        if (event instanceof MemberAdmitted e) {
            return withMember(new MemberUse(e.member(), e.side(), zero(), zero()));
        }
        if (event instanceof DrawdownReserved e) {
            return withUse(e.member(), e.amount(), zero());
        }
        if (event instanceof ReservationReleased e) {
            return withUse(e.member(), e.amount().negate(), zero());
        }
        if (event instanceof PrincipalDrawn e) {
            return withUse(e.member(), e.amount().negate(), e.amount());
        }
        if (event instanceof PrincipalRepaid e) {
            return withUse(e.member(), zero(), e.principal().negate());
        }
        return this;
    }

    public boolean isExpired() {
        return expiredOn != null;
    }

    private Money zero() {
        return Money.zero(currency);
    }

    private ProgramState withLimit(Money limit) {
        return new ProgramState(programId, coreEnterprise, funder, currency, limit, validFrom, validTo, advanceRates,
                pricing, maxTenorDays, expiredOn, members);
    }

    private ProgramState expired(LocalDate on) {
        return new ProgramState(programId, coreEnterprise, funder, currency, programLimit, validFrom, validTo,
                advanceRates, pricing, maxTenorDays, on, members);
    }

    private ProgramState withMember(MemberUse use) {
        Map<String, MemberUse> changed = new LinkedHashMap<>(members);
        changed.put(use.member().value(), use);
        return new ProgramState(programId, coreEnterprise, funder, currency, programLimit, validFrom, validTo,
                advanceRates, pricing, maxTenorDays, expiredOn, changed);
    }

    private ProgramState withUse(PartyId member, Money reservedChange, Money outstandingChange) {
        MemberUse use = members.get(member.value());
        if (use == null) {
            throw new IllegalStateException("Program " + programId + " has no member " + member);
        }
        return withMember(new MemberUse(member, use.side(), use.reserved().plus(reservedChange),
                use.outstanding().plus(outstandingChange)));
    }
}
