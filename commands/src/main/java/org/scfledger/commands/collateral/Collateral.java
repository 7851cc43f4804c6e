package org.scfledger.commands.collateral;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Locale;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.core.asset.EncumbranceKind;
import org.scfledger.core.collateral.CollateralEvent.CollateralEncumbered;
import org.scfledger.core.collateral.CollateralEvent.CollateralEncumbranceReleased;
import org.scfledger.core.collateral.CollateralEvent.CollateralExpired;
import org.scfledger.core.collateral.CollateralEvent.CollateralPledged;
import org.scfledger.core.collateral.CollateralEvent.CollateralReleased;
import org.scfledger.core.collateral.CollateralEvent.CollateralRevalued;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.collateral.CollateralKind;
import org.scfledger.core.collateral.EncumberCollateral;
import org.scfledger.core.collateral.ExpireCollateral;
import org.scfledger.core.collateral.PledgeCollateral;
import org.scfledger.core.collateral.ReleaseCollateral;
import org.scfledger.core.collateral.ReleaseCollateralEncumbrance;
import org.scfledger.core.collateral.RevalueCollateral;
import org.scfledger.core.credit.AssetType;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.rules.NotPermitted;
import org.scfledger.core.rules.RuleViolation;

/**
 * A collateral item (goods, warehouse receipt, guarantee, mortgage) that a member pledged to a funder. It is an asset
 * until released or expired, and backs at most one financing or line at a time: two requests to encumber it are two
 * appends at the same aggregate sequence, of which the journal lets one through (ADR 0003, point 1).
 *
 * <p>Pledged through {@link CollateralIntake}. Release, expiry, revaluation and release of an encumbrance are public
 * methods for {@code CollateralChanges}, which updates the line the item backs in the same unit of work; each
 * returns the credit-line encumbrance the item had before, if any.
 */
public class Collateral {

    @AggregateIdentifier
    private CollateralId collateralId;
    private CollateralKind kind;
    private PartyId pledgor;
    private PartyId pledgee;
    private Money value;
    private @Nullable LocalDate expiresOn;
    private LocalDate pledgedOn;
    private boolean released;
    private boolean expired;
    private @Nullable Encumbrance encumbrance;
    private @Nullable LocalDate encumberedOn;

    protected Collateral() {
        // rebuilt from its events
    }

    Collateral(PledgeCollateral command) {
        NotPermitted.unless(command.actingParty().equals(command.pledgor()), command.actingParty(),
                "only the pledgor " + command.pledgor() + " pledges its collateral");
        apply(new CollateralPledged(command.collateralId(), command.kind(), command.pledgor(), command.pledgee(),
                command.value(), command.description(), command.custodian(), command.guarantor(), command.documentReference(),
                command.expiresOn(), command.pledgedOn()));
    }

    /** The pledgor, or the operator for a financing it books, encumbers the item in favour of the pledgee; never twice. */
    @CommandHandler
    public void encumber(EncumberCollateral command) {
        PartyId acting = command.actingParty();
        NotPermitted.unless(acting.equals(pledgor) || acting.equals(PartyId.OPERATOR), acting,
                "only the pledgor " + pledgor + " or the operator encumbers the collateral");
        refuseIfEnded();
        if (encumbrance != null) {
            throw new RuleViolation("collateral-already-encumbered", "collateral " + collateralId + " already backs "
                    + describe(encumbrance));
        }
        if (!command.encumbrance().holder().equals(pledgee)) {
            throw new RuleViolation("encumbrance-holder-mismatch", "collateral " + collateralId + " is pledged to " + pledgee
                    + ", not to " + command.encumbrance().holder());
        }
        notBeforePledged(command.encumberedOn(), "encumbered");
        apply(new CollateralEncumbered(collateralId, command.encumbrance(), acting, command.encumberedOn()));
    }

    /** The holder of the encumbrance (the pledgee) or the operator frees the item. */
    public @Nullable Encumbrance releaseEncumbrance(ReleaseCollateralEncumbrance command) {
        PartyId acting = command.actingParty();
        NotPermitted.unless(acting.equals(command.encumbrance().holder()) || acting.equals(PartyId.OPERATOR), acting,
                "only the holder of the encumbrance or the operator releases the collateral from it");
        refuseIfEnded();
        if (encumbrance == null || encumberedOn == null) {
            throw new RuleViolation("collateral-not-encumbered", "collateral " + collateralId + " backs nothing");
        }
        if (!encumbrance.equals(command.encumbrance())) {
            throw new RuleViolation("encumbrance-mismatch", "collateral " + collateralId + " backs " + describe(encumbrance)
                    + ", not " + describe(command.encumbrance()));
        }
        if (command.releasedOn().isBefore(encumberedOn)) {
            throw new RuleViolation("date-out-of-order", "the collateral is released on " + command.releasedOn()
                    + ", before it was encumbered on " + encumberedOn);
        }
        Encumbrance line = lineEncumbrance();
        apply(new CollateralEncumbranceReleased(collateralId, command.encumbrance(), acting, command.releasedOn()));
        return line;
    }

    /** The pledgee sets a new value; the item stays encumbered as it was. */
    public @Nullable Encumbrance revalue(RevalueCollateral command) {
        requirePledgee(command.actingParty(), "revalues");
        refuseIfEnded();
        if (!command.value().currency().equals(value.currency())) {
            throw new RuleViolation("currency-mismatch", "collateral " + collateralId + " is valued in "
                    + value.currency().getCurrencyCode() + ", not " + command.value().currency().getCurrencyCode());
        }
        if (command.value().equals(value)) {
            throw new RuleViolation("collateral-value-unchanged", "collateral " + collateralId + " is already valued at " + value);
        }
        notBeforePledged(command.revaluedOn(), "revalued");
        Encumbrance line = lineEncumbrance();
        apply(new CollateralRevalued(collateralId, value, command.value(), command.actingParty(), command.revaluedOn()));
        return line;
    }

    /** The pledgee releases the item; one that backs a financing is released from it first. */
    public @Nullable Encumbrance release(ReleaseCollateral command) {
        requirePledgee(command.actingParty(), "releases");
        refuseIfEnded();
        if (encumbrance != null && encumbrance.kind() == EncumbranceKind.FINANCING) {
            throw new RuleViolation("collateral-encumbered", "collateral " + collateralId + " backs " + describe(encumbrance)
                    + ": release it from that first");
        }
        notBeforePledged(command.releasedOn(), "released");
        Encumbrance line = lineEncumbrance();
        apply(new CollateralReleased(collateralId, command.reason(), command.actingParty(), command.releasedOn()));
        return line;
    }

    /** The operator (business calendar) or the pledgee records the expiry, on or after the expiry date. */
    public @Nullable Encumbrance expire(ExpireCollateral command) {
        PartyId acting = command.actingParty();
        NotPermitted.unless(acting.equals(pledgee) || acting.equals(PartyId.OPERATOR), acting,
                "only the pledgee " + pledgee + " or the operator expires the collateral");
        refuseIfEnded();
        if (expiresOn == null) {
            throw new RuleViolation("collateral-does-not-expire", "collateral " + collateralId + " has no expiry date");
        }
        if (command.businessDate().isBefore(expiresOn)) {
            throw new RuleViolation("collateral-not-yet-expired", "collateral " + collateralId + " expires on " + expiresOn
                    + ", after " + command.businessDate());
        }
        Encumbrance line = lineEncumbrance();
        apply(new CollateralExpired(collateralId, expiresOn, acting, command.businessDate()));
        return line;
    }

    public PartyId pledgor() {
        return pledgor;
    }

    public PartyId pledgee() {
        return pledgee;
    }

    /** The asset type it counts as on a line (DOMAIN.md). */
    public AssetType assetType() {
        return kind.assetType();
    }

    /** What it counts on a line: the appraised value, or a guarantee's guaranteed amount. */
    public Money value() {
        return value;
    }

    private @Nullable Encumbrance lineEncumbrance() {
        return encumbrance != null && encumbrance.kind() == EncumbranceKind.CREDIT_LINE ? encumbrance : null;
    }

    private void requirePledgee(PartyId acting, String what) {
        NotPermitted.unless(acting.equals(pledgee), acting, "only the pledgee " + pledgee + " " + what + " the collateral");
    }

    private void refuseIfEnded() {
        if (released) {
            throw new RuleViolation("collateral-released", "collateral " + collateralId + " is released");
        }
        if (expired) {
            throw new RuleViolation("collateral-expired", "collateral " + collateralId + " expired on " + expiresOn);
        }
    }

    private void notBeforePledged(LocalDate date, String what) {
        if (date.isBefore(pledgedOn)) {
            throw new RuleViolation("date-out-of-order", "the collateral is " + what + " on " + date + ", before it was pledged on "
                    + pledgedOn);
        }
    }

    private static String describe(Encumbrance encumbrance) {
        return encumbrance.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + encumbrance.reference()
                + " held by " + encumbrance.holder();
    }

    @EventSourcingHandler
    void on(CollateralPledged event) {
        collateralId = event.collateralId();
        kind = event.kind();
        pledgor = event.pledgor();
        pledgee = event.pledgee();
        value = event.value();
        expiresOn = event.expiresOn();
        pledgedOn = event.pledgedOn();
    }

    @EventSourcingHandler
    void on(CollateralRevalued event) {
        value = event.value();
    }

    @EventSourcingHandler
    void on(CollateralReleased event) {
        released = true;
        encumbrance = null;
        encumberedOn = null;
    }

    @EventSourcingHandler
    void on(CollateralExpired event) {
        expired = true;
        encumbrance = null;
        encumberedOn = null;
    }

    @EventSourcingHandler
    void on(CollateralEncumbered event) {
        encumbrance = event.encumbrance();
        encumberedOn = event.encumberedOn();
    }

    @EventSourcingHandler
    void on(CollateralEncumbranceReleased event) {
        encumbrance = null;
        encumberedOn = null;
    }
}
