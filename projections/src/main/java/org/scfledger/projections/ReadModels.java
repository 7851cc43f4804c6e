package org.scfledger.projections;

import java.util.List;
import org.scfledger.projections.collateral.CollateralRegister;
import org.scfledger.projections.creditline.MemberLines;
import org.scfledger.projections.creditline.ProgramLines;
import org.scfledger.projections.financing.FinancingBook;
import org.scfledger.projections.receivable.ReceivableBook;

/** Every read model of the ledger, one instance of each: the live projector and the as-of replays share them. */
public final class ReadModels {

    public static final ProgramLines PROGRAM_LINES = new ProgramLines();
    public static final MemberLines MEMBER_LINES = new MemberLines();
    public static final FinancingBook FINANCINGS = new FinancingBook();
    public static final ReceivableBook RECEIVABLES = new ReceivableBook();
    public static final CollateralRegister COLLATERAL = new CollateralRegister();

    public static final List<ReadModel<?>> ALL =
            List.of(PROGRAM_LINES, MEMBER_LINES, FINANCINGS, RECEIVABLES, COLLATERAL);

    private ReadModels() {
    }
}
