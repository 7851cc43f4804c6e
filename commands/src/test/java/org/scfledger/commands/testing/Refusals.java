package org.scfledger.commands.testing;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.scfledger.core.rules.RuleViolation;

/** Matchers for refusals in {@code AggregateTestFixture} tests: the exception and its stable code. */
public final class Refusals {

    private Refusals() {
    }

    /** A {@link RuleViolation} (or {@code NotPermitted}) with this code. */
    public static Matcher<RuleViolation> refusedWith(String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation with code ").appendValue(code);
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description description) {
                description.appendText("code was ").appendValue(violation.code()).appendText(": " + violation.getMessage());
            }
        };
    }
}
