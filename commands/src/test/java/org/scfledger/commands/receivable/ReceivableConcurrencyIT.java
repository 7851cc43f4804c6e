package org.scfledger.commands.receivable;

import org.scfledger.commands.testing.TwoInstances;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.credit.AdvanceRates;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.receivable.ConfirmReceivable;
import org.scfledger.core.receivable.EncumberReceivable;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableEncumbered;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.RegisterReceivable;
import org.scfledger.core.trade.AcceptOrder;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.RegisterOrder;

/**
 * "No double financing" for receivables on a real PostgreSQL, from two application instances at once: 200 requests to
 * pledge one confirmed receivable to 200 different financings. The journal's unique (aggregate, sequence) index lets one
 * append through; the losers are retried by the command gateway against the new state and refused by the rule
 * ({@code receivable-already-encumbered}), never by an infrastructure error.
 */
class ReceivableConcurrencyIT {

    static final int COMMANDS = 200;
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId BANK = PartyId.of("bank-1");
    static final LocalDate DAY = LocalDate.parse("2026-11-26");
    static final ReceivableId RCV = ReceivableId.of("AR-2026-0042");

    final TwoInstances instances = new TwoInstances();

    @AfterEach
    void stop() {
        instances.close();
    }

    @Test
    void a_receivable_is_encumbered_once_whatever_the_interleaving() throws Exception {
        var first = instances.first();
        var second = instances.second();
        ProgramId program = ProgramId.of("acme-2026");
        OrderId order = OrderId.of("2026-1188");
        org.scfledger.commands.testing.Parties.forProgram(first.gateway(), CORE, BANK);
        first.gateway().sendAndWait(new CreateProgram(program, CORE, BANK, Currency.getInstance("CNY"), Money.of("5000000.00", "CNY"),
                LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31"), AdvanceRates.defaults(),
                ProgramPricing.of(Rate.percent("4.35")), 180, new BigDecimal("0.5"), BANK));
        first.gateway().sendAndWait(new RegisterOrder(order, CORE, SUPPLIER, Money.of("113000.00", "CNY"), DAY, "Steel coils", CORE));
        second.gateway().sendAndWait(new AcceptOrder(order, DAY, SUPPLIER));
        InvoiceId invoice = first.gateway().sendAndWait(new IssueInvoice(SUPPLIER, "91310000MA1K4XYZ2B", "3100231130", "00012345", CORE,
                Money.of("113000.00", "CNY"), Money.of("13000.00", "CNY"), DAY, order, SUPPLIER));
        second.gateway().sendAndWait(new RegisterReceivable(RCV, SUPPLIER, CORE, Money.of("113000.00", "CNY"), DAY.plusDays(90),
                List.of(invoice), order, program, DAY, SUPPLIER));
        first.gateway().sendAndWait(new ConfirmReceivable(RCV, DAY, CORE));

        var outcomes = instances.race(COMMANDS, i -> new EncumberReceivable(RCV, Encumbrance.financing("FIN-" + i, BANK), DAY, SUPPLIER));

        assertThat(outcomes.succeeded()).hasSize(1);
        assertThat(outcomes.refusals()).hasSize(COMMANDS - 1).allMatch("receivable-already-encumbered"::equals);
        assertThat(instances.countInJournal(RCV.toString(), ReceivableEncumbered.class)).isEqualTo(1);
        var stored = (ReceivableEncumbered) second.axon().eventStore().readEvents(RCV.value()).asStream().map(Message::getPayload)
                .filter(ReceivableEncumbered.class::isInstance).findFirst().orElseThrow();
        assertThat(stored.encumbrance()).isEqualTo(Encumbrance.financing("FIN-" + outcomes.succeeded().get(0), BANK));
    }
}
