package org.scfledger.core.journal;

import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;

/** The processors' token table of the journal's schema ({@code token_entry}, V1): progress, not evidence. */
public final class TokenTable {

    public static final TokenSchema SCHEMA = TokenSchema.builder()
            .setTokenTable("token_entry")
            .setProcessorNameColumn("processor_name")
            .setSegmentColumn("segment")
            .setTokenColumn("token")
            .setTokenTypeColumn("token_type")
            .setTimestampColumn("timestamp")
            .setOwnerColumn("owner")
            .build();

    private TokenTable() {
    }
}
