package org.scfledger.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scfledger.api.http.ApiClient.Answer;

/**
 * Requests sharing an Idempotency-Key have one effect and one answer: sent twenty times at once, a creating request
 * writes once and every sender gets the same status and body (all but the first flagged as replays); the key with
 * another body is refused; a refusal is answered the same way again.
 */
class IdempotencyIT extends ApiTestServer {

    static final int SENDERS = 20;
    static final String PROGRAM = "id-P";

    Cast cast;
    ExecutorService senders;

    @BeforeAll
    void program() {
        cast = cast("id");
        createProgram(cast, PROGRAM);
        admit(cast, PROGRAM, cast.supplier, "SUPPLIER", "100000.00", "100000.00");
        senders = Executors.newFixedThreadPool(SENDERS);
    }

    @AfterAll
    void stopSenders() {
        senders.shutdownNow();
    }

    @Test
    void an_order_registered_twenty_times_at_once_with_one_key_is_registered_once() throws Exception {
        String body = order("PO:id-1188", "1200000.00");
        long before = journalSize();

        List<Answer> answers = atOnce(() -> api.post(V1 + "/orders", cast.coreKey, body, "order-id-1188"));

        assertThat(journalSize()).as("one OrderRegistered, whoever won").isEqualTo(before + 1);
        assertOneAnswer(answers, 201);
        assertThat(answers.get(0).location()).isEqualTo("/api/v1/orders/PO:id-1188");
        assertThat(answers.get(0).json().path("id").asText()).isEqualTo("PO:id-1188");
        JsonNode history = assertStatus(api.get(V1 + "/orders/PO:id-1188", cast.coreKey), 200).json();
        assertThat(history.path("events")).hasSize(1);

        // later, the same again: the same answer, replayed, nothing written
        Answer again = unchanged(() -> api.post(V1 + "/orders", cast.coreKey, body, "order-id-1188"));
        assertSame(again, answers.get(0));
        assertThat(again.replayed()).isTrue();
        // without a key, the same request is a second registration of the same id: refused
        assertProblem(unchanged(() -> api.post(V1 + "/orders", cast.coreKey, body)), 409, "already-exists", null);
    }

    @Test
    void a_drawdown_requested_twenty_times_at_once_with_one_key_is_one_financing() throws Exception {
        // what one request writes, sent alone
        long alone = journalSize();
        assertStatus(api.post(V1 + "/financings/drawdowns", cast.supplierKey, drawdown("id-F-alone", "1000.00"), "drawdown-alone"), 201);
        long oneRequest = journalSize() - alone;
        assertThat(oneRequest).isPositive();

        long before = journalSize();
        List<Answer> answers = atOnce(() -> api.post(V1 + "/financings/drawdowns", cast.supplierKey,
                drawdown("id-F-race", "2000.00"), "drawdown-race"));

        assertThat(journalSize()).as("what one request writes").isEqualTo(before + oneRequest);
        assertOneAnswer(answers, 201);
        assertThat(answers.get(0).location()).isEqualTo("/api/v1/financings/id-F-race");
        JsonNode financing = eventually(V1 + "/financings/id-F-race", cast.supplierKey);
        assertThat(financing.path("status").asText()).isEqualTo("REQUESTED");
        assertThat(amount(financing.path("requestedAmount"))).isEqualTo("2000.00");
        // one financing in the book, and one reservation on the line: 1 000.00 + 2 000.00
        JsonNode book = eventually(V1 + "/financings?programId=" + PROGRAM + "&member=" + cast.supplier, cast.supplierKey,
                page -> texts(page.path("items"), "financingId").contains("id-F-race"));
        assertThat(texts(book.path("items"), "financingId")).filteredOn("id-F-race"::equals).hasSize(1);
        eventually(V1 + "/programs/" + PROGRAM + "/members/" + cast.supplier, cast.supplierKey,
                line -> amount(line.path("reservedPrincipal")).equals("3000.00"));
    }

    @Test
    void the_same_key_with_another_body_is_refused_and_writes_nothing() {
        assertStatus(api.post(V1 + "/orders", cast.coreKey, order("PO:id-reuse", "1000.00"), "reused-key"), 201);

        JsonNode problem = assertProblem(unchanged(() -> api.post(V1 + "/orders", cast.coreKey, order("PO:id-reuse-2", "1000.00"),
                "reused-key")), 422, "idempotency-key-reused", "Idempotency-Key");
        assertThat(problem.path("detail").asText()).contains("different request");
        // the same body on another path is another request too
        assertProblem(unchanged(() -> api.post(V1 + "/orders/PO:id-reuse/acceptance", cast.coreKey, order("PO:id-reuse", "1000.00"),
                "reused-key")), 422, "idempotency-key-reused", "Idempotency-Key");
        assertProblem(api.get(V1 + "/orders/PO:id-reuse-2", operator), 404, "not-found", null);
        // keys are the caller's own: another party's request under the same key is its own
        assertStatus(api.post(V1 + "/orders/PO:id-reuse/acceptance", cast.supplierKey, "{\"acceptedOn\": \"2026-03-03\"}",
                "reused-key"), 200);
        // and a key must be a key
        assertProblem(unchanged(() -> api.post(V1 + "/orders", cast.coreKey, order("PO:id-badkey", "1000.00"), "with space")), 400,
                "invalid-idempotency-key", "Idempotency-Key");
    }

    @Test
    void a_refusal_is_answered_the_same_on_every_retry() throws Exception {
        // a refusal that writes nothing: a supplier may not register the core enterprise's order
        String notMine = order("PO:id-not-mine", "1000.00");
        Answer refused = unchanged(() -> api.post(V1 + "/orders", cast.supplierKey, notMine, "not-mine"));
        assertProblem(refused, 403, "not-permitted", null);
        assertThat(refused.replayed()).isFalse();
        Answer retried = unchanged(() -> api.post(V1 + "/orders", cast.supplierKey, notMine, "not-mine"));
        assertSame(retried, refused);
        assertThat(retried.replayed()).isTrue();

        // malformed input, answered once, is answered the same
        String negative = order("PO:id-negative", "-1.00");
        Answer invalid = unchanged(() -> api.post(V1 + "/orders", cast.coreKey, negative, "negative"));
        assertProblem(invalid, 400, "invalid-value", "amount");
        assertSame(unchanged(() -> api.post(V1 + "/orders", cast.coreKey, negative, "negative")), invalid);

        // a refusal the ledger records (over the limit): recorded once, answered the same on every retry
        String overLimit = drawdown("id-F-over", "500000.00");
        long before = journalSize();
        Answer over = api.post(V1 + "/financings/drawdowns", cast.supplierKey, overLimit, "over-limit");
        assertProblem(over, 409, "financing-refused", null);
        assertThat(over.location()).isEqualTo("/api/v1/financings/id-F-over");
        long recorded = journalSize();
        assertThat(recorded).isGreaterThan(before);
        List<Answer> retries = atOnce(() -> api.post(V1 + "/financings/drawdowns", cast.supplierKey, overLimit, "over-limit"));
        assertThat(journalSize()).isEqualTo(recorded);
        for (Answer retry : retries) {
            assertSame(retry, over);
            assertThat(retry.replayed()).isTrue();
        }
    }

    // ------------------------------------------------------------------ helpers

    /** Sends the request from {@link #SENDERS} threads released together; the answers in the order sent. */
    private List<Answer> atOnce(Supplier<Answer> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(SENDERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> sent = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            sent.add(senders.submit(() -> {
                ready.countDown();
                go.await();
                return request.get();
            }));
        }
        assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> answer : sent) {
            answers.add(answer.get(90, TimeUnit.SECONDS));
        }
        return answers;
    }

    /** Every answer the same: status, body, Location; exactly one was served, the others replayed. */
    private static void assertOneAnswer(List<Answer> answers, int status) {
        assertThat(answers).hasSize(SENDERS);
        Answer first = answers.get(0);
        assertThat(first.status()).as("%s", first).isEqualTo(status);
        for (Answer answer : answers) {
            assertSame(answer, first);
        }
        assertThat(answers).filteredOn(Answer::replayed).as("replays").hasSize(SENDERS - 1);
    }

    /** The same answer: status, body (as sent), content type and Location. */
    private static void assertSame(Answer answer, Answer first) {
        assertThat(answer.status()).as("%s against %s", answer, first).isEqualTo(first.status());
        assertThat(answer.body()).as("the body, against the first answer's").isEqualTo(first.body());
        assertThat(answer.contentType()).isEqualTo(first.contentType());
        assertThat(answer.location()).isEqualTo(first.location());
    }

    private String order(String orderId, String amount) {
        return """
                {"orderId": "%s", "buyer": "%s", "seller": "%s", "amount": %s, "orderDate": "2026-03-02", "description": "gears"}"""
                .formatted(orderId, cast.core, cast.supplier, cny(amount));
    }

    private String drawdown(String financingId, String amount) {
        return """
                {"financingId": "%s", "programId": "%s", "member": "%s", "amount": %s, "method": "BULLET",
                 "tenor": {"periods": 0, "monthsPerPeriod": 0, "maturity": "2026-09-16"}, "businessDate": "2026-03-16"}"""
                .formatted(financingId, PROGRAM, cast.supplier, cny(amount));
    }
}
