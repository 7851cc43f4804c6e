package org.scfledger.core.receivable;

import static org.scfledger.core.receivable.ReceivableFields.original;
import static org.scfledger.core.rules.CommandFields.positive;
import static org.scfledger.core.rules.CommandFields.required;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.OrderId;

/**
 * The creditor (a supplier) registers what the debtor (the core enterprise) owes it, resting on an order and the
 * invoices issued against it, under a program. Not yet confirmed: only the debtor's confirmation makes it an asset.
 *
 * @param faceAmount what the debtor owes at maturity, in the receivable's currency (incl. tax)
 */
public record RegisterReceivable(
        @TargetAggregateIdentifier ReceivableId receivableId,
        PartyId creditor,
        PartyId debtor,
        Money faceAmount,
        LocalDate maturityDate,
        List<InvoiceId> invoiceIds,
        OrderId orderId,
        ProgramId programId,
        LocalDate registeredOn,
        PartyId actingParty) {

    /** A receivable rests on at most this many invoices. */
    public static final int MAX_INVOICES = 100;

    public RegisterReceivable {
        original(receivableId, "receivableId");
        required(creditor, "creditor");
        required(debtor, "debtor");
        positive(faceAmount, "faceAmount");
        required(maturityDate, "maturityDate");
        required(invoiceIds, "invoiceIds");
        invoiceIds = List.copyOf(invoiceIds);
        if (invoiceIds.isEmpty() || invoiceIds.size() > MAX_INVOICES) {
            throw new IllegalArgumentException("invoiceIds must name 1 to " + MAX_INVOICES + " invoices, got " + invoiceIds.size());
        }
        if (new HashSet<>(invoiceIds).size() != invoiceIds.size()) {
            throw new IllegalArgumentException("invoiceIds must not name an invoice twice: " + invoiceIds);
        }
        required(orderId, "orderId");
        required(programId, "programId");
        required(registeredOn, "registeredOn");
        required(actingParty, "actingParty");
        if (creditor.equals(debtor)) {
            throw new IllegalArgumentException("debtor must differ from creditor: " + creditor);
        }
        if (maturityDate.isBefore(registeredOn)) {
            throw new IllegalArgumentException("maturityDate " + maturityDate + " is before registeredOn " + registeredOn);
        }
    }
}
