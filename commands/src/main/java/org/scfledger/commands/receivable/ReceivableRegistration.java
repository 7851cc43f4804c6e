package org.scfledger.commands.receivable;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.jspecify.annotations.Nullable;
import org.scfledger.commands.trade.Invoice;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.RegisterReceivable;
import org.scfledger.core.trade.InvoiceId;

/**
 * The creditor registers a receivable and, in the same unit of work, each of its invoices that exists records that the
 * receivable rests on it ({@code InvoiceBackingReceivable}): one asset counts once, so such an invoice is refused on a line
 * on its own ({@code invoice-behind-receivable}) until the receivable is settled. Invoices the ledger does not know are
 * left to the three-way match.
 */
public final class ReceivableRegistration {

    private final Repository<Receivable> receivables;
    private final @Nullable Repository<Invoice> invoices;

    /** {@code invoices}: where the receivable's invoices are loaded; without it, the receivable is registered alone. */
    public ReceivableRegistration(Repository<Receivable> receivables, @Nullable Repository<Invoice> invoices) {
        this.receivables = receivables;
        this.invoices = invoices;
    }

    @CommandHandler
    public ReceivableId register(RegisterReceivable command) throws Exception {
        receivables.newInstance(() -> new Receivable(command));
        Repository<Invoice> repository = invoices;
        if (repository != null) {
            for (InvoiceId invoiceId : command.invoiceIds()) {
                Aggregate<Invoice> invoice;
                try {
                    invoice = repository.load(invoiceId.value());
                } catch (AggregateNotFoundException unknown) {
                    continue;
                }
                invoice.execute(i -> i.backReceivable(command.receivableId(), command.registeredOn()));
            }
        }
        return command.receivableId();
    }
}
