package org.scfledger.core.lending;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How late a financing is: calendar days (whatever the interest day count) from the oldest due date with anything
 * unpaid to {@code asOf}. Due today is not yet late: the count starts the day after the due date.
 */
public record Ageing(long daysPastDue, AgeingBucket bucket) {

    public static final Ageing CURRENT = new Ageing(0, AgeingBucket.CURRENT);

    /** Ageing as of {@code asOf}, given the oldest due date with something unpaid (empty: nothing unpaid). */
    public static Ageing asOf(Optional<LocalDate> oldestUnpaidDueDate, LocalDate asOf) {
        return oldestUnpaidDueDate.map(due -> of(Math.max(0, ChronoUnit.DAYS.between(due, asOf)))).orElse(CURRENT);
    }

    public static Ageing of(long daysPastDue) {
        return new Ageing(daysPastDue, AgeingBucket.forDaysPastDue(daysPastDue));
    }
}
