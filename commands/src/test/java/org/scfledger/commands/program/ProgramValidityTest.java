package org.scfledger.commands.program;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.rules.RuleViolation;

/** When a program lends, on its own: validFrom and validTo inclusive, nothing once expired. */
class ProgramValidityTest {

    static final ProgramId P = ProgramId.of("prog-1");
    static final LocalDate FROM = LocalDate.parse("2026-01-01");
    static final LocalDate TO = LocalDate.parse("2026-12-31");
    final ProgramValidity validity = new ProgramValidity(FROM, TO, false);

    static String code(Throwable e) {
        return ((RuleViolation) e).code();
    }

    @Test
    void members_draw_from_the_first_to_the_last_day() {
        assertThatCode(() -> validity.requireInForceOn(P, FROM)).doesNotThrowAnyException();
        assertThatCode(() -> validity.requireInForceOn(P, TO)).doesNotThrowAnyException();
        assertThatThrownBy(() -> validity.requireInForceOn(P, FROM.minusDays(1))).extracting(ProgramValidityTest::code)
                .isEqualTo("program-not-yet-valid");
        assertThatThrownBy(() -> validity.requireInForceOn(P, TO.plusDays(1))).extracting(ProgramValidityTest::code)
                .isEqualTo("program-expired");
    }

    @Test
    void onboarding_before_the_first_day_is_allowed_but_nothing_after_the_last() {
        assertThatCode(() -> validity.requireNotEndedOn(P, FROM.minusDays(30))).doesNotThrowAnyException();
        assertThatThrownBy(() -> validity.requireNotEndedOn(P, TO.plusDays(1))).extracting(ProgramValidityTest::code)
                .isEqualTo("program-expired");
    }

    @Test
    void a_program_is_expired_from_its_last_day_on_and_then_lends_nothing() {
        assertThatThrownBy(() -> validity.requireExpirableOn(P, TO.minusDays(1))).extracting(ProgramValidityTest::code)
                .isEqualTo("program-still-valid");
        assertThatCode(() -> validity.requireExpirableOn(P, TO)).doesNotThrowAnyException();
        var expired = validity.expire();
        assertThatThrownBy(() -> expired.requireInForceOn(P, TO)).extracting(ProgramValidityTest::code)
                .isEqualTo("program-expired");
        assertThatThrownBy(() -> expired.requireExpirableOn(P, TO)).extracting(ProgramValidityTest::code)
                .isEqualTo("program-expired");
    }
}
