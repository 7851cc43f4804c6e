package org.scfledger.core.collateral;

import static org.scfledger.core.rules.CommandFields.positive;
import static org.scfledger.core.rules.CommandFields.required;
import static org.scfledger.core.rules.CommandFields.text;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;

/**
 * The pledgor (a program member) pledges a collateral item to a funder (the pledgee). What the kind requires:
 * goods and warehouse receipts a {@code custodian}; a warehouse receipt and a mortgage a {@code documentReference}
 * (receipt number, registration reference); a guarantee a {@code guarantor} and an {@code expiresOn}. Other kinds
 * may have an expiry date too. {@code value} is the appraised value, or the guaranteed amount of a guarantee.
 */
public record PledgeCollateral(
        @TargetAggregateIdentifier CollateralId collateralId,
        CollateralKind kind,
        PartyId pledgor,
        PartyId pledgee,
        Money value,
        String description,
        @Nullable PartyId custodian,
        @Nullable PartyId guarantor,
        @Nullable String documentReference,
        @Nullable LocalDate expiresOn,
        LocalDate pledgedOn,
        PartyId actingParty) {

    public PledgeCollateral {
        required(collateralId, "collateralId");
        required(kind, "kind");
        required(pledgor, "pledgor");
        required(pledgee, "pledgee");
        positive(value, "value");
        text(description, "description");
        required(pledgedOn, "pledgedOn");
        required(actingParty, "actingParty");
        if (pledgor.equals(pledgee)) {
            throw new IllegalArgumentException("pledgee must differ from pledgor: " + pledgor);
        }
        if (documentReference != null) {
            text(documentReference, "documentReference");
        }
        switch (kind) {
            case GOODS -> required(custodian, "custodian");
            case WAREHOUSE_RECEIPT -> {
                required(custodian, "custodian");
                required(documentReference, "documentReference");
            }
            case GUARANTEE -> {
                required(guarantor, "guarantor");
                required(expiresOn, "expiresOn");
            }
            case MORTGAGE -> required(documentReference, "documentReference");
        }
        if (guarantor != null && guarantor.equals(pledgor)) {
            throw new IllegalArgumentException("guarantor must differ from pledgor: " + guarantor);
        }
        if (expiresOn != null && !expiresOn.isAfter(pledgedOn)) {
            throw new IllegalArgumentException("expiresOn " + expiresOn + " must be after pledgedOn " + pledgedOn);
        }
    }
}
