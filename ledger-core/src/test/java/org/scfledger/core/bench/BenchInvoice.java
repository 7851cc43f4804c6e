package org.scfledger.core.bench;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;

/**
 * The benchmark's aggregate: every command creates a new one, which applies exactly one event of about
 * 500 bytes (the shape of the journal tests' {@code InvoiceRegistered}).
 */
public class BenchInvoice {

    /** Creates an invoice; {@code sequence} only varies the payload. */
    public record RegisterInvoice(String invoiceId, long sequence) {
    }

    public record InvoiceRegistered(String invoiceId, String issuerTaxId, String invoiceCode, String invoiceNumber,
            String buyer, String amount, String currency, String issuedOn, String description) {

        static InvoiceRegistered of(String invoiceId, long sequence) {
            return new InvoiceRegistered(invoiceId, "91310000MA1K4XYZ2B", "3100231130", number(sequence),
                    "91440300MA5F7ABCDE", "125000.00", "CNY", "2026-11-26",
                    "Steel coils, grade Q235B, 42 tonnes, delivered to the core enterprise's Shenzhen plant under order PO-2026-1188");
        }

        /** Eight digits, zero-padded (String.format would cost the driver more than Axon spends on the command). */
        private static String number(long sequence) {
            String digits = Long.toString(sequence % 100_000_000);
            return "00000000".substring(digits.length()) + digits;
        }
    }

    @AggregateIdentifier
    private String invoiceId;

    protected BenchInvoice() {
        // for Axon: aggregates are rebuilt from their events
    }

    @CommandHandler
    public BenchInvoice(RegisterInvoice command) {
        apply(InvoiceRegistered.of(command.invoiceId(), command.sequence()));
    }

    @EventSourcingHandler
    void on(InvoiceRegistered event) {
        this.invoiceId = event.invoiceId();
    }
}
