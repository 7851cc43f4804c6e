package org.scfledger.commands.financing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scfledger.core.credit.AdvanceRate;
import org.scfledger.core.financing.FinancingEvent;
import org.scfledger.core.financing.FinancingKind;
import org.scfledger.core.financing.FinancingTenor;
import org.scfledger.core.financing.ReceivableInterestMode;
import org.scfledger.core.lending.AgeingBucket;
import org.scfledger.core.lending.EarlyRepayment;
import org.scfledger.core.lending.EarlyRepaymentOption;
import org.scfledger.core.lending.RepaymentMethod;
import org.scfledger.core.lending.Schedule;
import org.scfledger.core.lending.ScheduleCalculator;
import org.scfledger.core.lending.ScheduleTerms;
import org.scfledger.core.money.DayCount;
import org.scfledger.core.money.Rate;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.core.serialization.LedgerJson;
import org.scfledger.crypto.CanonicalJson;

/**
 * Every financing event survives the journal's path unchanged: {@link LedgerJson#serializer()}, RFC 8785
 * canonicalization ({@link CanonicalJson#canonicalizeExact}), deserialization; schedules included.
 */
class FinancingEventSerializationTest {

    static final LocalDate D = LocalDate.parse("2024-01-15");

    static List<Object> samples() {
        var f = FinancingTest.F;
        var p = FinancingTest.PROGRAM;
        var m = FinancingTest.SUPPLIER;
        var funder = FinancingTest.FUNDER;
        Schedule discount = ScheduleCalculator.schedule(RepaymentMethod.DISCOUNT, ScheduleTerms.maturingOn(
                FinancingTest.cny("10000.00"), Rate.percent("4.35"), DayCount.THIRTY_360, D, D.plusMonths(6)));
        Schedule rescheduled = EarlyRepayment.apply(FinancingTest.SCHEDULE, LocalDate.parse("2024-02-20"),
                FinancingTest.cny("1000.00"), EarlyRepaymentOption.LOWER_INSTALLMENT).remaining();
        return List.of(
                FinancingTest.REQUESTED,
                new FinancingEvent.FinancingRequested(f, FinancingKind.LINE_DRAWDOWN, p, m, funder, FinancingTest.cny("0.01"),
                        RepaymentMethod.DISCOUNT, FinancingTenor.maturingOn(D.plusDays(90)),
                        FinancingTest.PRICING.withDayCount(DayCount.ACT_365), D),
                new FinancingEvent.FinancingRequestRefused(f, FinancingKind.LINE_DRAWDOWN, p, m, funder,
                        FinancingTest.cny("20000.01"), RepaymentMethod.BULLET, FinancingTenor.maturingOn(D.plusMonths(6)),
                        "limit-exceeded", List.of("20000.01 CNY exceeds \"can draw now\" of 20000.00 CNY"), D),
                new FinancingEvent.FinancingApproved(f, funder, List.of("rating A"), D),
                new FinancingEvent.FinancingDeclined(f, funder, List.of("incomplete file", "rating"), D),
                FinancingTest.DISBURSED,
                new FinancingEvent.FinancingDisbursed(f, p, m, FinancingTest.cny("10000.00"), discount.upfrontInterest(),
                        discount.disbursedAmount(), discount, D, funder),
                FinancingTest.LATE,
                new FinancingEvent.FinancingRepaid(f, p, m, FinancingTest.cny("1020.10"), FinancingTest.ZERO,
                        FinancingTest.ZERO, FinancingTest.ZERO, FinancingTest.cny("1000.00"), FinancingTest.cny("20.10"),
                        FinancingTest.ZERO, EarlyRepaymentOption.LOWER_INSTALLMENT, rescheduled, rescheduled.principal(),
                        LocalDate.parse("2024-02-20"), funder),
                new FinancingEvent.FinancingRepaidInFull(f, p, m, FinancingTest.cny("10000.00"), D),
                FinancingTest.OVERDUE_APRIL_10,
                new FinancingEvent.FinancingOverdue(f, p, m, 127, AgeingBucket.DPD_90_PLUS, 3, FinancingTest.cny("4715.43"),
                        FinancingTest.cny("12.53"), FinancingTest.cny("84.78"), FinancingTest.JULY_20),
                new FinancingEvent.FinancingRequested(f, FinancingKind.RECEIVABLE, p, m, funder, FinancingTest.cny("80000.00"),
                        RepaymentMethod.DISCOUNT, FinancingTenor.maturingOn(D.plusDays(86)), FinancingTest.PRICING, D),
                new FinancingEvent.ReceivableFinancingTerms(f, ReceivableId.of("AR-2026-0042/1"),
                        ReceivableInterestMode.DISCOUNT, FinancingTest.cny("113000.00"), AdvanceRate.percent("80"),
                        FinancingTest.cny("90400.00"), D.plusDays(86), D),
                new FinancingEvent.ReceivableFinancingTerms(f, ReceivableId.of("AR-2026-0042"),
                        ReceivableInterestMode.AT_MATURITY, FinancingTest.cny("113000.00"), null, FinancingTest.cny("0.00"),
                        D.plusDays(86), D),
                new FinancingEvent.ReceivableProceedsApplied(f, p, ReceivableId.of("AR-2026-0042"), m,
                        FinancingTest.cny("113000.00"), FinancingTest.cny("80831.33"), FinancingTest.cny("32168.67"), m,
                        D.plusDays(86)),
                FinancingTest.writtenOff());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void an_event_survives_serialization_and_canonical_json_unchanged(Object event) {
        var serializer = LedgerJson.serializer();
        SerializedObject<byte[]> serialized = serializer.serialize(event, byte[].class);
        byte[] canonical = CanonicalJson.canonicalizeExact(serialized.getData());
        Object back = serializer.deserialize(new SimpleSerializedObject<>(canonical, byte[].class, serialized.getType()));
        assertThat(back).isEqualTo(event);
        assertThat(serialized.getType().getRevision()).isEqualTo("1");
        String json = new String(canonical, StandardCharsets.UTF_8);
        assertThat(json).doesNotContainPattern(":-?[0-9]+[.eE]"); // decimals (amounts, rates) are strings
    }

    @Test
    void the_samples_cover_every_event_and_every_event_has_a_revision() {
        List<Class<?>> events = Arrays.asList(FinancingEvent.class.getPermittedSubclasses());
        assertThat(samples()).extracting(Object::getClass).containsAll(events);
        assertThat(events).allSatisfy(type -> assertThat(type.getAnnotation(Revision.class).value()).isEqualTo("1"));
    }
}
