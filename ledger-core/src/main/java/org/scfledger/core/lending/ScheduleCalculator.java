package org.scfledger.core.lending;

/** Computes the schedule of one repayment method; one implementation per method. */
public sealed interface ScheduleCalculator
        permits BulletSchedule, EqualPrincipalSchedule, EqualInstallmentSchedule, DiscountSchedule {

    Schedule schedule(ScheduleTerms terms);

    static ScheduleCalculator forMethod(RepaymentMethod method) {
        return switch (method) {
            case BULLET -> BulletSchedule.INSTANCE;
            case EQUAL_PRINCIPAL -> EqualPrincipalSchedule.INSTANCE;
            case EQUAL_INSTALLMENT -> EqualInstallmentSchedule.INSTANCE;
            case DISCOUNT -> DiscountSchedule.INSTANCE;
        };
    }

    /** The schedule for {@code terms} repaid by {@code method}: the entry point for aggregates and projections. */
    static Schedule schedule(RepaymentMethod method, ScheduleTerms terms) {
        return forMethod(method).schedule(terms);
    }
}
