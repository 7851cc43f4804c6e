package org.scfledger.core.lending;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Compares a schedule with rows written the way docs/formulas.md prints them. */
final class InstallmentRows {

    private InstallmentRows() {
    }

    /** Each row: {@code "number due-date principal interest total opening closing"}, amounts at two decimals. */
    static void assertRows(Schedule schedule, String... rows) {
        List<String> actual = schedule.installments().stream().map(InstallmentRows::row).toList();
        assertThat(actual).containsExactly(rows);
    }

    static String row(Installment i) {
        return i.number() + " " + i.dueDate() + " " + i.principal().amount().toPlainString() + " "
                + i.interest().amount().toPlainString() + " " + i.total().amount().toPlainString() + " "
                + i.openingBalance().amount().toPlainString() + " " + i.closingBalance().amount().toPlainString();
    }
}
