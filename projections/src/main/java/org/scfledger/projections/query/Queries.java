package org.scfledger.projections.query;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.receivable.ReceivableId;

/**
 * The read side's query messages, answered by {@link ReadModelQueryHandlers}. A financing's figures are as of
 * {@code asOf}, or the ledger's business date today when it is null.
 */
public final class Queries {

    private Queries() {
    }

    public record MemberLine(ProgramId programId, PartyId member) {
    }

    public record MemberLines(MemberLineFilter filter, PageRequest page) {
    }

    public record ProgramLine(ProgramId programId) {
    }

    public record ProgramLines(ProgramLineFilter filter, PageRequest page) {
    }

    public record CoreEnterprise(PartyId coreEnterprise) {
    }

    public record Financing(FinancingId financingId, @Nullable LocalDate asOf) {
    }

    public record Financings(FinancingFilter filter, @Nullable LocalDate asOf, PageRequest page) {
    }

    public record Totals(FinancingFilter filter, TotalsBy by, @Nullable LocalDate asOf) {
    }

    public record Receivable(ReceivableId receivableId) {
    }

    public record Receivables(ReceivableFilter filter, PageRequest page) {
    }
}
