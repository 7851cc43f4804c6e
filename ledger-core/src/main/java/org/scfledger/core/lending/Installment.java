package org.scfledger.core.lending;

import java.time.LocalDate;
import org.scfledger.core.money.Money;

/**
 * One scheduled repayment, all amounts booked. Interest accrues on {@code openingBalance} from the previous due date
 * (or the schedule's accrual start) to {@code dueDate}.
 */
public record Installment(
        int number,
        LocalDate dueDate,
        Money principal,
        Money interest,
        Money total,
        Money openingBalance,
        Money closingBalance) {

    public Installment {
        for (Money amount : new Money[] {principal, interest, total, openingBalance, closingBalance}) {
            amount.requireBooked();
            if (amount.isNegative()) {
                throw new IllegalArgumentException("Installment " + number + " has a negative amount: " + amount);
            }
        }
        if (total.compareTo(principal.plus(interest)) != 0) {
            throw new IllegalArgumentException("Installment " + number + ": total " + total + " is not principal "
                    + principal + " + interest " + interest);
        }
        if (closingBalance.compareTo(openingBalance.minus(principal)) != 0) {
            throw new IllegalArgumentException("Installment " + number + ": closing balance " + closingBalance
                    + " is not opening " + openingBalance + " − principal " + principal);
        }
    }

    static Installment of(int number, LocalDate dueDate, Money openingBalance, Money principal, Money interest) {
        return new Installment(number, dueDate, principal, interest, principal.plus(interest), openingBalance,
                openingBalance.minus(principal));
    }
}
