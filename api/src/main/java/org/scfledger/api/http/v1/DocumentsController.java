package org.scfledger.api.http.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.scfledger.core.asset.Encumbrance;
import org.scfledger.api.http.problem.ApiProblem;
import org.scfledger.api.security.Caller;
import org.scfledger.core.journal.Journal;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.OrderId;
import org.scfledger.projections.LedgerEvents;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An order or an invoice as its history: every event the journal holds for it, with its position. Visible to the
 * parties its events name (buyer and seller, issuer and buyer, the funder it was pledged to), auditors and the operator.
 */
@RestController
@RequestMapping(Links.BASE)
@Tag(name = "Orders and invoices")
class DocumentsController {

    private final Journal journal;

    DocumentsController(Journal journal) {
        this.journal = journal;
    }

    @GetMapping("/orders/{orderId}")
    @Operation(summary = "An order's history: registered, accepted, invoiced, pledged, released, cancelled")
    DocumentHistory order(@PathVariable OrderId orderId, @AuthenticationPrincipal Caller caller) {
        return history(orderId.toString(), orderId.value(), caller);
    }

    @GetMapping("/invoices/{invoiceId}")
    @Operation(summary = "An invoice's history: issued, verified, pledged, released, cancelled")
    DocumentHistory invoice(@PathVariable InvoiceId invoiceId, @AuthenticationPrincipal Caller caller) {
        return history(invoiceId.toString(), invoiceId.value(), caller);
    }

    private DocumentHistory history(String aggregateId, String id, Caller caller) {
        var events = new ArrayList<RecordedEvent>();
        for (var record : journal.aggregateRecordsBefore(aggregateId, journal.head().size())) {
            String type = record.eventType().substring(record.eventType().lastIndexOf('.') + 1).replace('$', '.');
            events.add(new RecordedEvent(record.position(), type.substring(type.lastIndexOf('.') + 1), record.occurredAt(),
                    LedgerEvents.decode(record)));
        }
        if (events.isEmpty()) {
            throw ApiProblem.notFound("there is no " + id);
        }
        if (!caller.mayRead(events.stream().flatMap(recorded -> partiesNamedIn(recorded.event())).toArray(PartyId[]::new))) {
            throw Visibility.denied(id);
        }
        return new DocumentHistory(id, events);
    }

    /** The parties an event names: its own party fields, and the holder of an encumbrance it records. */
    private static Stream<PartyId> partiesNamedIn(Object event) {
        if (!event.getClass().isRecord()) {
            return Stream.empty();
        }
        return Arrays.stream(event.getClass().getRecordComponents())
                .map(component -> {
                    try {
                        return component.getAccessor().invoke(event);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(value -> value instanceof Encumbrance encumbrance ? encumbrance.holder() : value)
                .filter(PartyId.class::isInstance)
                .map(PartyId.class::cast);
    }

    record DocumentHistory(String id, List<RecordedEvent> events) {
    }

    record RecordedEvent(long position, String type, Instant occurredAt, Object event) {
    }
}
