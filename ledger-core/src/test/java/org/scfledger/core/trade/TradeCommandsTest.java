package org.scfledger.core.trade;

import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.asset.EncumbranceKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/** Malformed trade commands are refused before any aggregate sees them, naming the field. */
class TradeCommandsTest {

    static final PartyId CORE = PartyId.of("core-1");
    static final PartyId SUPPLIER = PartyId.of("supplier-7");
    static final OrderId ORDER = OrderId.of("2026-1188");
    static final LocalDate DAY = LocalDate.parse("2026-11-26");

    static Money cny(String amount) {
        return Money.of(amount, "CNY");
    }

    static IssueInvoice issue(String taxId, Money amount, Money tax, PartyId buyer) {
        return new IssueInvoice(SUPPLIER, taxId, "3100231130", "00012345", buyer, amount, tax, DAY, SUPPLIER);
    }

    @Test
    void an_order_needs_two_parties_a_positive_booked_amount_and_a_description() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RegisterOrder(ORDER, CORE, CORE, cny("1.00"), DAY, "x", CORE))
                .withMessageContaining("seller");
        assertThatIllegalArgumentException().isThrownBy(() -> new RegisterOrder(ORDER, CORE, SUPPLIER, cny("0.00"), DAY, "x", CORE))
                .withMessageContaining("amount");
        assertThatIllegalArgumentException().isThrownBy(() -> new RegisterOrder(ORDER, CORE, SUPPLIER,
                        Money.exact(new BigDecimal("1.005"), Currency.getInstance("CNY")), DAY, "x", CORE))
                .withMessageContaining("amount");
        assertThatIllegalArgumentException().isThrownBy(() -> new RegisterOrder(ORDER, CORE, SUPPLIER, cny("1.00"), DAY, " ", CORE))
                .withMessageContaining("description");
        assertThatIllegalArgumentException().isThrownBy(() -> new RegisterOrder(ORDER, CORE, SUPPLIER, cny("1.00"), DAY,
                        "x".repeat(201), CORE))
                .withMessageContaining("description");
        assertThatIllegalArgumentException().isThrownBy(() -> new RegisterOrder(ORDER, CORE, SUPPLIER, cny("1.00"), null, "x", CORE))
                .withMessageContaining("orderDate");
        assertThatIllegalArgumentException().isThrownBy(() -> new RecordOrderInvoiced(ORDER, null, SUPPLIER, CORE, cny("1.00"), DAY,
                        SUPPLIER))
                .withMessageContaining("invoiceId");
    }

    @Test
    void an_invoice_needs_a_key_two_parties_and_consistent_amounts() {
        assertThatIllegalArgumentException().isThrownBy(() -> issue("9131 0000", cny("113.00"), cny("13.00"), CORE))
                .withMessageContaining("issuerTaxId");
        assertThatIllegalArgumentException().isThrownBy(() -> issue("91310000MA1K4XYZ2B", cny("113.00"), cny("13.00"), SUPPLIER))
                .withMessageContaining("buyer");
        assertThatIllegalArgumentException().isThrownBy(() -> issue("91310000MA1K4XYZ2B", cny("113.00"), Money.of("13.00", "USD"), CORE))
                .withMessageContaining("taxAmount");
        assertThatIllegalArgumentException().isThrownBy(() -> issue("91310000MA1K4XYZ2B", cny("13.00"), cny("13.01"), CORE))
                .withMessageContaining("taxAmount");
        assertThatIllegalArgumentException().isThrownBy(() -> issue("91310000MA1K4XYZ2B", cny("113.00"), cny("-1.00"), CORE))
                .withMessageContaining("taxAmount");
        assertThatIllegalArgumentException().isThrownBy(() -> new Encumbrance(EncumbranceKind.FINANCING, "", SUPPLIER))
                .withMessageContaining("reference");
    }

    @Test
    void an_issued_invoice_carries_its_key_normalised_and_targets_the_derived_id() {
        var command = issue(" 91310000ma1k4xyz2b ", cny("113.00"), cny("13.00"), CORE);
        assertThat(command.issuerTaxId()).isEqualTo("91310000MA1K4XYZ2B");
        assertThat(command.invoiceId()).hasToString("INV:91310000MA1K4XYZ2B:3100231130:00012345");
    }

    @Test
    void ids_have_one_form() {
        assertThat(OrderId.of("PO:2026-1188")).isEqualTo(OrderId.of("2026-1188")).hasToString("PO:2026-1188");
        assertThatIllegalArgumentException().isThrownBy(() -> new OrderId("2026-1188"));
        assertThatIllegalArgumentException().isThrownBy(() -> OrderId.of("a:b"));
        assertThatIllegalArgumentException().isThrownBy(() -> new InvoiceId("INV:a:b:c"));
    }
}
