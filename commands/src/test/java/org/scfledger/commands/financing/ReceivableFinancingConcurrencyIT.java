package org.scfledger.commands.financing;

import org.scfledger.commands.testing.Parties;
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
import org.scfledger.core.financing.FinancingEvent.FinancingRequestRefused;
import org.scfledger.core.financing.FinancingEvent.FinancingRequested;
import org.scfledger.core.financing.FinancingEvent.ReceivableFinancingTerms;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.financing.ReceivableInterestMode;
import org.scfledger.core.financing.RequestReceivableFinancing;
import org.scfledger.core.money.Money;
import org.scfledger.core.money.Rate;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.AdmitMember;
import org.scfledger.core.program.CreateProgram;
import org.scfledger.core.program.MemberSide;
import org.scfledger.core.program.ProgramEvent.DrawdownReserved;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.program.ProgramPricing;
import org.scfledger.core.receivable.ConfirmReceivable;
import org.scfledger.core.receivable.ReceivableEvent.ReceivableEncumbered;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.receivable.RegisterReceivable;
import org.scfledger.core.trade.AcceptOrder;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.RegisterOrder;

/**
 * "No double financing" through the receivable financing flow, on a real PostgreSQL, from two application instances at
 * once: 200 {@link RequestReceivableFinancing} for one confirmed receivable, each under its own financing id. Each is one
 * unit of work over the receivable, the program and a new financing; the journal lets one through, the losers are
 * retried against the new state and refused by the receivable ({@code receivable-already-encumbered}, thrown, nothing
 * written): one encumbrance, one reservation, one financing.
 */
class ReceivableFinancingConcurrencyIT {

    static final int COMMANDS = 200;
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId BANK = PartyId.of("bank-1");
    static final LocalDate DAY = LocalDate.parse("2026-11-26");
    static final ReceivableId RCV = ReceivableId.of("AR-2026-0042");
    static final ProgramId PROGRAM = ProgramId.of("acme-2026");

    final TwoInstances instances = new TwoInstances();

    @AfterEach
    void stop() {
        instances.close();
    }

    @Test
    void one_receivable_backs_one_financing_whatever_the_interleaving() throws Exception {
        var first = instances.first();
        var second = instances.second();
        OrderId order = OrderId.of("2026-1188");
        Parties.forProgram(first.gateway(), CORE, BANK, SUPPLIER);
        first.gateway().sendAndWait(new CreateProgram(PROGRAM, CORE, BANK, Currency.getInstance("CNY"), Money.of("5000000.00", "CNY"),
                LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31"), AdvanceRates.defaults(),
                ProgramPricing.of(Rate.percent("4.35")), 180, new BigDecimal("0.5"), BANK));
        second.gateway().sendAndWait(new AdmitMember(PROGRAM, SUPPLIER, MemberSide.SUPPLIER, Money.of("1000000.00", "CNY"),
                Money.of("1000000.00", "CNY"), BANK));
        first.gateway().sendAndWait(new RegisterOrder(order, CORE, SUPPLIER, Money.of("113000.00", "CNY"), DAY, "Steel coils", CORE));
        second.gateway().sendAndWait(new AcceptOrder(order, DAY, SUPPLIER));
        InvoiceId invoice = first.gateway().sendAndWait(new IssueInvoice(SUPPLIER, "91310000MA1K4XYZ2B", "3100231130", "00012345", CORE,
                Money.of("113000.00", "CNY"), Money.of("13000.00", "CNY"), DAY, order, SUPPLIER));
        second.gateway().sendAndWait(new RegisterReceivable(RCV, SUPPLIER, CORE, Money.of("113000.00", "CNY"), DAY.plusDays(90),
                List.of(invoice), order, PROGRAM, DAY, SUPPLIER));
        first.gateway().sendAndWait(new ConfirmReceivable(RCV, DAY, CORE));

        // A recorded refusal would return normally: the count of FinancingRequestRefused below rules it out.
        var outcomes = instances.race(COMMANDS, n -> new RequestReceivableFinancing(FinancingId.of("RF-" + n), PROGRAM, RCV,
                Money.of("80000.00", "CNY"), ReceivableInterestMode.AT_MATURITY, DAY, SUPPLIER));

        assertThat(outcomes.succeeded()).hasSize(1);
        assertThat(outcomes.refusals()).hasSize(COMMANDS - 1).allMatch("receivable-already-encumbered"::equals);
        int winner = outcomes.succeeded().get(0);
        assertThat(instances.countInJournal(RCV.toString(), ReceivableEncumbered.class)).isEqualTo(1);
        assertThat(instances.countInJournal(PROGRAM.toString(), DrawdownReserved.class)).isEqualTo(1);
        assertThat(instances.countInJournal(null, FinancingRequested.class)).isEqualTo(1);
        assertThat(instances.countInJournal(null, ReceivableFinancingTerms.class)).isEqualTo(1);
        assertThat(instances.countInJournal(null, FinancingRequestRefused.class)).isZero();
        var stored = (ReceivableEncumbered) second.axon().eventStore().readEvents(RCV.value()).asStream().map(Message::getPayload)
                .filter(ReceivableEncumbered.class::isInstance).findFirst().orElseThrow();
        assertThat(stored.encumbrance()).isEqualTo(Encumbrance.financing("RF-" + winner, BANK));
        assertThat(first.axon().eventStore().readEvents(FinancingId.of("RF-" + winner).toString()).asStream()
                .map(Message::getPayload).findFirst().orElseThrow()).isInstanceOf(FinancingRequested.class);
    }
}
