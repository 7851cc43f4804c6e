package org.scfledger.commands.receivable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.program.Program;
import org.scfledger.commands.trade.Invoice;
import org.scfledger.commands.trade.PurchaseOrder;
import org.scfledger.core.money.Money;
import org.scfledger.core.receivable.ConfirmReceivable;
import org.scfledger.core.receivable.ThreeWayMatch;
import org.scfledger.core.rules.RuleViolation;
import org.scfledger.core.trade.InvoiceId;

/**
 * The debtor's confirmation (确权), after the three-way match (DOMAIN.md, risk controls): the order is accepted and not
 * cancelled, between the debtor (buyer) and the creditor (seller); every invoice is issued by the creditor to the
 * debtor against that order and counts on it (not cancelled); the program is the debtor's; all are in the receivable's
 * currency; the invoices' total differs from the face by at most the program's tolerance (in percent of the face), and
 * the face exceeds the order amount by at most as much. Any disagreement refuses the confirmation with
 * {@code three-way-mismatch}, naming every one; nothing is written. The order, invoices and program are read in the same
 * unit of work and left unchanged.
 */
public final class ReceivableConfirmation {

    static final String MISMATCH = "three-way-mismatch";

    private final Repository<Receivable> receivables;
    private final Repository<PurchaseOrder> orders;
    private final Repository<Invoice> invoices;
    private final Repository<Program> programs;

    public ReceivableConfirmation(Repository<Receivable> receivables, Repository<PurchaseOrder> orders, Repository<Invoice> invoices,
            Repository<Program> programs) {
        this.receivables = receivables;
        this.orders = orders;
        this.invoices = invoices;
        this.programs = programs;
    }

    @CommandHandler
    public void confirm(ConfirmReceivable command) {
        Aggregate<Receivable> receivable = receivables.load(command.receivableId().value());
        Receivable.Claim claim = receivable.invoke(r -> r.claimToConfirm(command));
        ThreeWayMatch match = match(claim);
        receivable.execute(r -> r.confirm(command, match));
    }

    private ThreeWayMatch match(Receivable.Claim claim) {
        List<String> disagreements = new ArrayList<>();
        Money face = claim.faceAmount();

        BigDecimal tolerance = BigDecimal.ZERO;
        Program program = load(programs, claim.programId().toString());
        if (program == null) {
            disagreements.add("program " + claim.programId() + " does not exist");
        } else {
            tolerance = program.matchTolerancePercent();
            if (!program.coreEnterprise().equals(claim.debtor())) {
                disagreements.add("program " + claim.programId() + " is " + program.coreEnterprise() + "'s, not the debtor " + claim.debtor() + "'s");
            }
            if (!program.currency().equals(face.currency())) {
                disagreements.add("program " + claim.programId() + " is in " + program.currency() + ", the receivable in " + face.currency());
            }
        }
        Money allowed = face.times(tolerance.movePointLeft(2)).rounded();

        Money orderAmount = Money.zero(face.currency());
        PurchaseOrder order = load(orders, claim.orderId().value());
        if (order == null) {
            disagreements.add("order " + claim.orderId() + " does not exist");
        } else {
            orderAmount = order.amount();
            if (!order.buyer().equals(claim.debtor()) || !order.seller().equals(claim.creditor())) {
                disagreements.add("order " + claim.orderId() + " is from " + order.buyer() + " to " + order.seller()
                        + ", the receivable from " + claim.debtor() + " to " + claim.creditor());
            }
            if (!order.isAccepted()) {
                disagreements.add("order " + claim.orderId() + " is not accepted");
            }
            if (order.isCancelled()) {
                disagreements.add("order " + claim.orderId() + " is cancelled");
            }
            if (!order.amount().currency().equals(face.currency())) {
                disagreements.add("order " + claim.orderId() + " is in " + order.amount().currency() + ", the receivable in " + face.currency());
                orderAmount = Money.zero(face.currency());
            } else if (face.isGreaterThan(order.amount().plus(allowed))) {
                disagreements.add("the face " + face + " exceeds order " + claim.orderId() + "'s amount " + order.amount()
                        + " by more than the tolerance of " + tolerance.toPlainString() + "% (" + allowed + ")");
            }
        }

        Money invoiced = Money.zero(face.currency());
        for (InvoiceId invoiceId : claim.invoiceIds()) {
            Invoice invoice = load(invoices, invoiceId.value());
            if (invoice == null) {
                disagreements.add("invoice " + invoiceId + " does not exist");
                continue;
            }
            if (invoice.isCancelled()) {
                disagreements.add("invoice " + invoiceId + " is cancelled");
            }
            if (!invoice.issuer().equals(claim.creditor()) || !invoice.buyer().equals(claim.debtor())) {
                disagreements.add("invoice " + invoiceId + " is from " + invoice.issuer() + " to " + invoice.buyer()
                        + ", the receivable from " + claim.creditor() + " to " + claim.debtor());
            }
            if (!claim.orderId().equals(invoice.orderId()) || (order != null && !invoice.isCancelled() && !order.counts(invoiceId))) {
                disagreements.add("invoice " + invoiceId + " is not issued against order " + claim.orderId());
            }
            if (!invoice.amount().currency().equals(face.currency())) {
                disagreements.add("invoice " + invoiceId + " is in " + invoice.amount().currency() + ", the receivable in " + face.currency());
            } else {
                invoiced = invoiced.plus(invoice.amount());
            }
        }
        Money difference = face.minus(invoiced);
        difference = difference.isNegative() ? difference.negate() : difference;
        if (difference.isGreaterThan(allowed)) {
            disagreements.add("the invoices total " + invoiced + ", the face is " + face + ": " + difference
                    + " apart, more than the tolerance of " + tolerance.toPlainString() + "% (" + allowed + ")");
        }

        if (!disagreements.isEmpty()) {
            throw new RuleViolation(MISMATCH, "receivable " + claim.receivableId() + " does not match its order and invoices: "
                    + String.join("; ", disagreements));
        }
        return new ThreeWayMatch(claim.orderId(), orderAmount, claim.invoiceIds(), invoiced, face, tolerance, allowed, difference);
    }

    private static <T> @Nullable T load(Repository<T> repository, String id) {
        try {
            return repository.load(id).invoke(aggregate -> aggregate);
        } catch (AggregateNotFoundException e) {
            return null;
        }
    }
}
