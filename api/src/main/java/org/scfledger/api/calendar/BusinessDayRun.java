package org.scfledger.api.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * What one end of a business day did: how many items of each kind were processed, and each refusal (an item the
 * write side would not change, with the rule's message), which the run reports and goes past.
 */
public record BusinessDayRun(
        LocalDate day,
        int collateralExpired,
        int receivablesFellDue,
        int programsExpired,
        int financingsChecked,
        List<String> refusals) {

    public BusinessDayRun {
        refusals = List.copyOf(refusals);
    }
}
