package org.scfledger.core.party;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The checks that the party commands' compact constructors share: each failure names its field. */
final class PartyCommandFields {

    static final int MAX_LEGAL_NAME = 200;

    private PartyCommandFields() {
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static String legalName(String value) {
        required("legalName", value);
        if (value.isBlank()) {
            throw new IllegalArgumentException("legalName must not be blank");
        }
        if (!value.equals(value.strip())) {
            throw new IllegalArgumentException("legalName must not start or end with white space: '" + value + "'");
        }
        if (value.length() > MAX_LEGAL_NAME) {
            throw new IllegalArgumentException("legalName is at most " + MAX_LEGAL_NAME + " characters, got " + value.length());
        }
        return value;
    }

    /** A non-empty set of roles, kept in the enum's order so that events serialize the same way every time. */
    static Set<PartyRole> roles(Collection<PartyRole> roles) {
        required("roles", roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("roles must name at least one role");
        }
        if (roles.stream().anyMatch(Objects::isNull)) { // Set.of(...).contains(null) would throw
            throw new IllegalArgumentException("roles must not contain null");
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }
}
