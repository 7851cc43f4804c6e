package org.scfledger.commands.receivable;

/**
 * Told by {@link ReceivableSettlement}, inside the settlement's unit of work, of each part paid to the funder of a
 * FINANCING encumbrance; whatever it writes is appended with the settlement or not at all, and a refusal it throws
 * refuses the whole payment.
 */
@FunctionalInterface
public interface FinancedPartPayments {

    /** Nothing beyond the receivable's own events (the settlement on its own). */
    FinancedPartPayments NONE = paid -> {
    };

    void paid(FinancedPartPaid paid);
}
