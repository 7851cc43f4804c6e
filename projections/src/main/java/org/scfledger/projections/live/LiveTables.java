package org.scfledger.projections.live;

import java.util.List;
import org.scfledger.projections.ReadModels;
import org.scfledger.projections.collateral.CollateralState;
import org.scfledger.projections.creditline.CreditLines;
import org.scfledger.projections.creditline.MemberLineState;
import org.scfledger.projections.creditline.ProgramState;
import org.scfledger.projections.financing.FinancingState;
import org.scfledger.projections.receivable.ReceivableState;

/** The read-model tables (V2__read_models.sql) and the columns each keeps beside its state. */
public final class LiveTables {

    public static final LiveTable<ProgramState> PROGRAM_LINES = new LiveTable<>(ReadModels.PROGRAM_LINES,
            "rm_program_line", List.of(
                    new Column<>("program_id", s -> s.programId().toString()),
                    new Column<>("core_enterprise", s -> s.coreEnterprise().toString()),
                    new Column<>("funder", s -> s.funder().toString()),
                    new Column<>("currency", s -> s.currency().getCurrencyCode()),
                    new Column<>("program_limit", s -> s.programLimit().amount()),
                    new Column<>("utilised", s -> CreditLines.programLine(s).utilised().amount()),
                    new Column<>("valid_to", ProgramState::validTo),
                    new Column<>("expired_on", ProgramState::expiredOn)));

    public static final LiveTable<MemberLineState> MEMBER_LINES = new LiveTable<>(ReadModels.MEMBER_LINES,
            "rm_member_line", List.of(
                    new Column<>("program_id", s -> s.programId().toString()),
                    new Column<>("member", s -> s.member().toString()),
                    new Column<>("side", s -> s.side().name()),
                    new Column<>("currency", s -> s.baseLimit().currency().getCurrencyCode()),
                    new Column<>("used", s -> s.reserved().plus(s.outstanding()).amount()),
                    new Column<>("suspended", MemberLineState::isSuspended),
                    new Column<>("shortfall", s -> s.reportedShortfall() != null)));

    public static final LiveTable<FinancingState> FINANCINGS = new LiveTable<>(ReadModels.FINANCINGS,
            "rm_financing", List.of(
                    new Column<>("financing_id", s -> s.financingId().toString()),
                    new Column<>("kind", s -> s.kind().name()),
                    new Column<>("program_id", s -> s.programId().toString()),
                    new Column<>("member", s -> s.member().toString()),
                    new Column<>("funder", s -> s.funder().toString()),
                    new Column<>("status", s -> s.status().name()),
                    new Column<>("currency", s -> s.amount().currency().getCurrencyCode()),
                    new Column<>("requested_amount", s -> s.amount().amount()),
                    new Column<>("principal", s -> s.disbursement() == null ? null : s.disbursement().principal().amount()),
                    new Column<>("outstanding_principal", s -> s.outstandingPrincipal().amount()),
                    new Column<>("oldest_unpaid_due", FinancingState::oldestUnpaidDue),
                    new Column<>("maturity", s -> s.schedule() == null || s.schedule().isFullyRepaid() ? null
                            : s.schedule().maturity()),
                    new Column<>("requested_on", FinancingState::requestedOn)));

    public static final LiveTable<ReceivableState> RECEIVABLES = new LiveTable<>(ReadModels.RECEIVABLES,
            "rm_receivable", List.of(
                    new Column<>("receivable_id", s -> s.receivableId().toString()),
                    new Column<>("original_id", s -> s.originalId().toString()),
                    new Column<>("program_id", s -> s.programId().toString()),
                    new Column<>("debtor", s -> s.debtor().toString()),
                    new Column<>("holder", s -> s.holder().toString()),
                    new Column<>("status", s -> s.status().name()),
                    new Column<>("currency", s -> s.faceAmount().currency().getCurrencyCode()),
                    new Column<>("face_amount", s -> s.faceAmount().amount()),
                    new Column<>("balance", s -> s.balance().amount()),
                    new Column<>("maturity_date", ReceivableState::maturityDate),
                    new Column<>("financing_id", ReceivableState::financingId)));

    public static final LiveTable<CollateralState> COLLATERAL = new LiveTable<>(ReadModels.COLLATERAL,
            "rm_collateral", List.of(
                    new Column<>("pledgor", s -> s.pledgor().toString()),
                    new Column<>("pledgee", s -> s.pledgee().toString()),
                    new Column<>("kind", s -> s.kind().name()),
                    new Column<>("status", s -> s.status().name()),
                    new Column<>("expires_on", CollateralState::expiresOn)));

    public static final List<LiveTable<?>> ALL =
            List.of(PROGRAM_LINES, MEMBER_LINES, FINANCINGS, RECEIVABLES, COLLATERAL);

    private LiveTables() {
    }
}
