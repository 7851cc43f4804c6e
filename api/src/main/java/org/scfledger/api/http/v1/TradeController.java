package org.scfledger.api.http.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.scfledger.api.http.command.CommandRequest;
import org.scfledger.api.http.problem.ApiProblem;
import org.scfledger.api.security.Access;
import org.scfledger.api.security.Caller;
import org.scfledger.api.security.PartyDirectory;
import org.scfledger.core.party.PartyRole;
import org.scfledger.core.trade.AcceptOrder;
import org.scfledger.core.trade.CancelInvoice;
import org.scfledger.core.trade.CancelOrder;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.IssueInvoice;
import org.scfledger.core.trade.OrderId;
import org.scfledger.core.trade.RegisterOrder;
import org.scfledger.core.trade.ReleaseInvoice;
import org.scfledger.core.trade.ReleaseOrder;
import org.scfledger.core.trade.VerifyInvoice;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(Links.BASE)
@Tag(name = "Orders and invoices", description = "Purchase orders between buyer and seller, and the seller's invoices."
        + " An invoice's id is its issuer tax id, code and number: the same invoice can never be registered twice.")
class TradeController {

    private final PartyDirectory parties;

    TradeController(PartyDirectory parties) {
        this.parties = parties;
    }

    @PostMapping("/orders")
    @Operation(summary = "Register a purchase order (the buyer)")
    @Accepts(value = RegisterOrder.class, example = """
            {"orderId": "PO:2026-1188", "buyer": "core-1", "seller": "supplier-1",
             "amount": {"amount": "1200000.00", "currency": "CNY"}, "orderDate": "2026-03-02", "description": "brake assemblies, lot 7"}""")
    ResponseEntity<?> registerOrder(@Parameter(hidden = true) CommandRequest request) {
        return request.send(RegisterOrder.class, Map.of(),
                (command, result) -> Recorded.created(command.orderId().value(), Links.to("orders", command.orderId().value())));
    }

    @PostMapping("/orders/{orderId}/acceptance")
    @Operation(summary = "Accept an order (the seller)")
    @Accepts(value = AcceptOrder.class, fromPath = "orderId", example = """
            {"acceptedOn": "2026-03-03"}""")
    ResponseEntity<?> acceptOrder(@PathVariable OrderId orderId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(AcceptOrder.class, Map.of("orderId", orderId), (command, result) -> done(orderId));
    }

    @PostMapping("/orders/{orderId}/cancellation")
    @Operation(summary = "Cancel an order (the buyer)")
    @Accepts(value = CancelOrder.class, fromPath = "orderId", example = """
            {"reason": "specification changed", "cancelledOn": "2026-03-05"}""")
    ResponseEntity<?> cancelOrder(@PathVariable OrderId orderId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(CancelOrder.class, Map.of("orderId", orderId), (command, result) -> done(orderId));
    }

    @PostMapping("/orders/{orderId}/release")
    @Operation(summary = "Release an order from what it backs (the encumbrance's holder)")
    @Accepts(value = ReleaseOrder.class, fromPath = "orderId", example = """
            {"encumbrance": {"kind": "CREDIT_LINE", "reference": "P-2026-AUTO:supplier-1", "holder": "bank-1"}, "releasedOn": "2026-04-01"}""")
    ResponseEntity<?> releaseOrder(@PathVariable OrderId orderId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(ReleaseOrder.class, Map.of("orderId", orderId), (command, result) -> done(orderId));
    }

    @PostMapping("/invoices")
    @Operation(summary = "Issue an invoice, optionally against an order (the seller)")
    @Accepts(value = IssueInvoice.class, example = """
            {"issuer": "supplier-1", "issuerTaxId": "91440300MA5FQ2N7BM", "invoiceCode": "044031900111", "invoiceNumber": "00371552",
             "buyer": "core-1", "amount": {"amount": "1130000.00", "currency": "CNY"}, "taxAmount": {"amount": "130000.00", "currency": "CNY"},
             "issueDate": "2026-03-10", "orderId": "PO:2026-1188"}""")
    ResponseEntity<?> issueInvoice(@Parameter(hidden = true) CommandRequest request) {
        return request.send(IssueInvoice.class, Map.of(), (command, result) -> {
            var invoiceId = (InvoiceId) result;
            return Recorded.created(invoiceId.value(), Links.to("invoices", invoiceId.value()));
        });
    }

    @PostMapping("/invoices/{invoiceId}/verification")
    @Operation(summary = "Record the tax authority's verdict on an invoice (the operator or a funder)")
    @Accepts(value = VerifyInvoice.class, fromPath = "invoiceId", example = """
            {"verdict": "AUTHENTIC", "reference": "VAT-CHK-20260311-0042", "verifiedOn": "2026-03-11"}""")
    ResponseEntity<?> verifyInvoice(@PathVariable InvoiceId invoiceId, @Parameter(hidden = true) CommandRequest request) {
        mayRecordVerdicts(request.caller());
        return request.send(VerifyInvoice.class, Map.of("invoiceId", invoiceId), (command, result) -> done(invoiceId));
    }

    @PostMapping("/invoices/{invoiceId}/cancellation")
    @Operation(summary = "Cancel an invoice (its issuer)")
    @Accepts(value = CancelInvoice.class, fromPath = "invoiceId", example = """
            {"reason": "issued in error", "cancelledOn": "2026-03-12"}""")
    ResponseEntity<?> cancelInvoice(@PathVariable InvoiceId invoiceId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(CancelInvoice.class, Map.of("invoiceId", invoiceId), (command, result) -> done(invoiceId));
    }

    @PostMapping("/invoices/{invoiceId}/release")
    @Operation(summary = "Release an invoice from what it backs (the encumbrance's holder)")
    @Accepts(value = ReleaseInvoice.class, fromPath = "invoiceId", example = """
            {"encumbrance": {"kind": "CREDIT_LINE", "reference": "P-2026-AUTO:supplier-1", "holder": "bank-1"}, "releasedOn": "2026-04-01"}""")
    ResponseEntity<?> releaseInvoice(@PathVariable InvoiceId invoiceId, @Parameter(hidden = true) CommandRequest request) {
        return request.send(ReleaseInvoice.class, Map.of("invoiceId", invoiceId), (command, result) -> done(invoiceId));
    }

    /**
     * The write side refuses only the invoice's own parties (it knows no roles); the rest of the rule is here: the
     * operator or a funder records the tax authority's verdict, not any other party (a verdict raises the issuer's line).
     */
    private void mayRecordVerdicts(Caller caller) {
        boolean funder = parties.find(caller.party()).map(party -> party.roles().contains(PartyRole.FUNDER)).orElse(false);
        if (caller.access() != Access.OPERATOR && !funder) {
            throw ApiProblem.forbidden("only the operator or a funder records the tax authority's verdict on an invoice");
        }
    }

    private static ResponseEntity<Recorded> done(OrderId orderId) {
        return Recorded.done(orderId.value(), Links.to("orders", orderId.value()));
    }

    private static ResponseEntity<Recorded> done(InvoiceId invoiceId) {
        return Recorded.done(invoiceId.value(), Links.to("invoices", invoiceId.value()));
    }
}
