package org.scfledger.commands.trade;

import org.scfledger.commands.testing.TwoInstances;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.trade.EncumberInvoice;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.trade.InvoiceEvent.InvoiceEncumbered;
import org.scfledger.core.trade.InvoiceEvent.InvoiceIssued;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.TaxAuthorityVerdict;
import org.scfledger.core.trade.VerifyInvoice;

/**
 * "No double financing" and "an invoice key is unique forever" on a real PostgreSQL, from two application
 * instances at once: two Axon configurations, each with its own journal and connection pool on one database.
 * The journal's unique (aggregate, sequence) index lets one append through; the losers are retried by the
 * command gateway against the new state and refused by the rule, never by an infrastructure error.
 */
class InvoiceConcurrencyIT {

    static final int COMMANDS = 200;
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId BANK = PartyId.of("bank-1");
    static final LocalDate DAY = LocalDate.parse("2026-11-26");

    final TwoInstances instances = new TwoInstances();

    @AfterEach
    void stop() {
        instances.close();
    }

    @Test
    void an_invoice_key_is_issued_once_whatever_the_interleaving() throws Exception {
        var first = instances.first();
        var second = instances.second();
        IntFunction<IssueInvoice> issue = i -> new IssueInvoice(SUPPLIER, "91310000MA1K4XYZ2B", "3100231130", "00012345", CORE,
                Money.of("1000.00", "CNY").plus(Money.of(i + ".00", "CNY")), Money.of("0.00", "CNY"), DAY, SUPPLIER);
        InvoiceId invoice = issue.apply(0).invoiceId();

        var outcomes = instances.race(COMMANDS, issue);

        assertThat(outcomes.succeeded()).hasSize(1);
        assertThat(outcomes.refusals()).hasSize(COMMANDS - 1).allMatch("invoice-already-issued"::equals);
        assertThat(instances.countInJournal(invoice.toString(), InvoiceIssued.class)).isEqualTo(1);
        var stored = (InvoiceIssued) first.payloads(invoice.toString()).get(0);
        assertThat(stored.amount()).isEqualTo(issue.apply(outcomes.succeeded().get(0)).amount());
    }

    @Test
    void an_invoice_is_encumbered_once_whatever_the_interleaving() throws Exception {
        var first = instances.first();
        var second = instances.second();
        InvoiceId invoice = first.gateway().sendAndWait(new IssueInvoice(SUPPLIER, "91310000MA1K4XYZ2B", "3100231130", "00012345",
                CORE, Money.of("113000.00", "CNY"), Money.of("13000.00", "CNY"), DAY, SUPPLIER));
        second.gateway().sendAndWait(new VerifyInvoice(invoice, TaxAuthorityVerdict.AUTHENTIC, "VRF-1", DAY, PartyId.OPERATOR));
        IntFunction<EncumberInvoice> encumber = i -> new EncumberInvoice(invoice, Encumbrance.financing("FIN-" + i, BANK), DAY, SUPPLIER);

        var outcomes = instances.race(COMMANDS, encumber);

        assertThat(outcomes.succeeded()).hasSize(1);
        assertThat(outcomes.refusals()).hasSize(COMMANDS - 1).allMatch("invoice-already-encumbered"::equals);
        assertThat(instances.countInJournal(invoice.toString(), InvoiceEncumbered.class)).isEqualTo(1);
        var stored = (InvoiceEncumbered) second.payloads(invoice.toString()).get(2);
        assertThat(stored.encumbrance()).isEqualTo(encumber.apply(outcomes.succeeded().get(0)).encumbrance());
    }
}
