package org.scfledger.core.receivable;

import org.jspecify.annotations.Nullable;
import org.scfledger.core.rules.CommandFields;

/** The one input check only receivable commands need. */
final class ReceivableFields {

    private ReceivableFields() {
    }

    static ReceivableId original(@Nullable ReceivableId value, String field) {
        CommandFields.required(value, field);
        if (value.isPart()) {
            throw new IllegalArgumentException(field + " must name an original receivable, not a part: " + value);
        }
        return value;
    }
}
