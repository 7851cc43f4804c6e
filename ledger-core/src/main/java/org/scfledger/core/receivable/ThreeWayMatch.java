package org.scfledger.core.receivable;

import java.math.BigDecimal;
import java.util.List;
import org.scfledger.core.money.Money;
import org.scfledger.core.trade.InvoiceId;
import org.scfledger.core.trade.OrderId;

/**
 * The figures of a passed three-way match (DOMAIN.md, risk controls): the accepted order, the invoices issued against
 * it and the receivable agree in parties and currency, and in amount within the program's tolerance.
 *
 * @param orderAmount the order's amount (incl. tax)
 * @param invoicedAmount the sum of the receivable's invoices (incl. tax)
 * @param faceAmount the receivable's face
 * @param tolerancePercent the program's three-way-match tolerance, in percent of the face
 * @param allowedDifference {@code faceAmount × tolerancePercent / 100}, booked half-even
 * @param invoiceDifference {@code |faceAmount − invoicedAmount|}, at most {@code allowedDifference}
 */
public record ThreeWayMatch(
        OrderId orderId,
        Money orderAmount,
        List<InvoiceId> invoiceIds,
        Money invoicedAmount,
        Money faceAmount,
        BigDecimal tolerancePercent,
        Money allowedDifference,
        Money invoiceDifference) {

    public ThreeWayMatch {
        invoiceIds = List.copyOf(invoiceIds);
    }
}
