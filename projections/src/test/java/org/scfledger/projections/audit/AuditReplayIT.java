package org.scfledger.projections.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.scfledger.core.journal.Checkpoint;
import org.scfledger.core.journal.export.ExportProgress;
import org.scfledger.core.audit.AuditScope;
import org.scfledger.core.journal.export.JournalExporter;
import org.scfledger.core.journal.export.ExportProofs;
import org.scfledger.core.journal.export.JournalSlicer;
import org.scfledger.projections.financing.FinancingView;
import org.scfledger.crypto.Hex;
import org.scfledger.projections.asof.AsOf;
import org.scfledger.projections.creditline.MemberLineView;
import org.scfledger.projections.testing.LiveViews;
import org.scfledger.projections.testing.RandomHistory;
import org.scfledger.projections.testing.ReadSideHarness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The auditor's acceptance property: for a random business history of thousands of events, what an offline replay of
 * the export shows as of each signed checkpoint (every member's line, every program's line, every financing's
 * repayment position) is what the live read models showed when that checkpoint was taken.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditReplayIT {

    static final Logger LOG = LoggerFactory.getLogger(AuditReplayIT.class);
    static final int CHECKPOINTS = 6;
    static final int STEPS_BETWEEN_CHECKPOINTS = 350;

    final ReadSideHarness ledger = new ReadSideHarness();
    final List<Checkpoint> checkpoints = new ArrayList<>();
    final List<LiveViews> shown = new ArrayList<>();
    byte[] export;
    AuditReplay audit;

    @BeforeAll
    void record_a_history_and_what_the_live_read_models_showed_at_each_checkpoint() throws IOException {
        RandomHistory history = RandomHistory.begin(ledger.axon, 424242L);
        for (int i = 0; i < CHECKPOINTS; i++) {
            history.run(STEPS_BETWEEN_CHECKPOINTS);
            ledger.awaitCaughtUp();
            Checkpoint checkpoint = ledger.checkpoints.take();
            checkpoints.add(checkpoint);
            shown.add(LiveViews.live(ledger.queries, checkpoint.treeSize(), history.today()));
        }
        history.run(STEPS_BETWEEN_CHECKPOINTS); // a tail after the last checkpoint the replays must not see
        var out = new ByteArrayOutputStream();
        new JournalExporter(ledger.journal, ledger.signer, ledger.CLOCK).export(out, ExportProgress.none());
        export = out.toByteArray();
        audit = new AuditReplay(ledger.signer.publicKey(), ZoneOffset.UTC);
        LOG.info("{} events, {} checkpoints, {} entities at the last; {}", ledger.journal.head().size(), checkpoints.size(),
                shown.get(shown.size() - 1).entities(), history.summary());
        assertThat(ledger.journal.head().size()).isGreaterThanOrEqualTo(3000);
    }

    @AfterAll
    void stop() {
        ledger.close();
    }

    @Test
    void every_line_and_repayment_position_replayed_at_a_checkpoint_is_what_the_live_read_models_showed() throws IOException {
        int compared = 0;
        for (int i = 0; i < checkpoints.size(); i++) {
            Checkpoint checkpoint = checkpoints.get(i);
            LiveViews live = shown.get(i);
            AsOf asOf = AsOf.checkpoint(checkpoint.number());
            for (var entry : live.memberLines().entrySet()) {
                MemberLineView view = entry.getValue();
                ReplayReport report = replay(asOf, new ReplaySubject.Member(view.member(), view.programId()), live);
                assertThat(report.anchor()).isEqualTo(checkpoint);
                assertThat(report.journalSize()).isEqualTo(checkpoint.treeSize());
                assertThat(report.memberLines()).hasSize(1);
                assertThat(report.memberLines().get(0).line()).as("member line %s at checkpoint %d", entry.getKey(), i)
                        .isEqualTo(view);
                assertEvidenceIsTheJournals(report.memberLines().get(0).steps().stream().map(Step::evidence).toList(),
                        checkpoint);
                compared++;
            }
            for (var entry : live.programLines().entrySet()) {
                ReplayReport report = replay(asOf, new ReplaySubject.Program(entry.getValue().programId()), live);
                assertThat(report.programLine()).as("program line %s at checkpoint %d", entry.getKey(), i)
                        .isEqualTo(entry.getValue());
                compared++;
            }
            for (var entry : live.financings().entrySet()) {
                ReplayReport report = replay(asOf, new ReplaySubject.Financing(entry.getValue().financingId()), live);
                assertThat(report.financing()).as("financing %s at checkpoint %d", entry.getKey(), i)
                        .isEqualTo(entry.getValue());
                assertEvidenceIsTheJournals(report.evidence(), checkpoint);
                compared++;
            }
        }
        LOG.info("{} views compared", compared);
        assertThat(compared).isGreaterThan(200);
    }

    @Test
    void a_member_without_a_program_gets_its_lines_in_every_program() throws IOException {
        LiveViews live = shown.get(shown.size() - 1);
        MemberLineView any = live.memberLines().values().iterator().next();
        List<MemberLineView> expected = live.memberLines().values().stream().filter(v -> v.member().equals(any.member())).toList();
        Checkpoint last = checkpoints.get(checkpoints.size() - 1);
        ReplayReport report = replay(AsOf.checkpoint(last.number()), new ReplaySubject.Member(any.member(), null), live);
        assertThat(report.memberLines()).extracting(MemberLineReplay::line).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(report.anchor()).isEqualTo(last);

        ReplayReport head = replay(AsOf.head(), new ReplaySubject.Member(any.member(), null), live);
        assertThat(head.journalSize()).as("the export signs the tail with a checkpoint of its own")
                .isEqualTo(ledger.journal.head().size()).isGreaterThan(last.treeSize());
        assertThat(head.anchor().number()).isEqualTo(last.number() + 1);
    }

    @Test
    void a_position_or_an_instant_replays_the_prefix_it_names() throws IOException {
        Checkpoint third = checkpoints.get(2);
        LiveViews live = shown.get(2);
        MemberLineView view = live.memberLines().values().iterator().next();
        var subject = new ReplaySubject.Member(view.member(), view.programId());
        ReplayReport atPosition = replay(AsOf.position(third.treeSize() - 1), subject, live);
        assertThat(atPosition.memberLines().get(0).line()).isEqualTo(view);
        assertThat(atPosition.anchor()).isEqualTo(third);
        assertThat(atPosition.journalSize()).isEqualTo(third.treeSize());

        var last = ledger.journal.records(third.treeSize() - 1, third.treeSize(), 1).get(0);
        var next = ledger.journal.records(third.treeSize(), third.treeSize() + 1, 1).get(0);
        if (next.occurredAt().isAfter(last.occurredAt())) {
            ReplayReport atInstant = replay(AsOf.instant(last.occurredAt()), subject, live);
            assertThat(atInstant.journalSize()).isEqualTo(third.treeSize());
            assertThat(atInstant.memberLines().get(0).line()).isEqualTo(view);
        }
    }

    @Test
    void a_diff_between_two_checkpoints_leads_event_by_event_from_one_line_to_the_other() throws IOException {
        int diffs = 0;
        for (int i = 1; i < checkpoints.size(); i++) {
            long from = checkpoints.get(i - 1).treeSize();
            long to = checkpoints.get(i).treeSize();
            Map<String, MemberLineView> before = shown.get(i - 1).memberLines();
            Map<String, MemberLineView> after = shown.get(i).memberLines();
            for (var entry : after.entrySet()) {
                MemberLineView now = entry.getValue();
                Audited<LineDiff> audited = audit.diff(new ByteArrayInputStream(export), checkpoints.get(i - 1).number(),
                        checkpoints.get(i).number(), now.member(), now.programId(), ExportProgress.none());
                LineChanges changes = audited.value().lines().get(0);
                assertThat(changes.before()).isEqualTo(before.get(entry.getKey()));
                assertThat(changes.after()).isEqualTo(now);
                assertThat(changes.steps()).allSatisfy(step -> assertThat(step.evidence().position())
                        .isBetween(from, to - 1));
                if (changes.before() != null) {
                    for (FieldChange change : FieldChange.between(changes.before(), now)) {
                        FieldChange lastOne = changes.steps().stream().flatMap(step -> step.changes().stream())
                                .filter(c -> c.field().equals(change.field())).reduce((a, b) -> b).orElseThrow();
                        assertThat(lastOne.after()).as("%s of %s", change.field(), entry.getKey()).isEqualTo(change.after());
                    }
                }
                diffs++;
            }
        }
        assertThat(diffs).isGreaterThan(20);
    }

    @Test
    void a_program_slice_replays_its_lines_and_financings_as_the_export_does() throws IOException {
        int at = 3;
        Checkpoint checkpoint = checkpoints.get(at);
        LiveViews live = shown.get(at);
        MemberLineView line = live.memberLines().values().iterator().next();
        var slice = new ByteArrayOutputStream();
        new JournalSlicer(ledger.journal, ledger.signer, ReadSideHarness.CLOCK)
                .slice(new AuditScope.OfProgram(line.programId()), checkpoint.number(), slice, ExportProgress.none());
        assertThat(slice.size()).isLessThan(export.length);

        Audited<ReplayReport> audited = audit.replay(new ByteArrayInputStream(slice.toByteArray()), AsOf.checkpoint(checkpoint.number()),
                new ReplaySubject.Member(line.member(), line.programId()), live.valuedOn(), ExportProgress.none());
        assertThat(audited.failure()).isNull();
        assertThat(audited.value().memberLines().get(0).line()).isEqualTo(line);
        assertThat(audited.value().anchor()).isEqualTo(checkpoint);
        assertThat(audited.value().slice()).as("a replay from a slice says so").isEqualTo("program " + line.programId().value());
        int financings = 0;
        for (FinancingView financing : live.financings().values()) {
            if (financing.programId().equals(line.programId())) {
                var replayed = audit.replay(new ByteArrayInputStream(slice.toByteArray()), AsOf.position(checkpoint.treeSize() - 1),
                        new ReplaySubject.Financing(financing.financingId()), live.valuedOn(), ExportProgress.none());
                assertThat(replayed.value().financing()).isEqualTo(financing);
                financings++;
            }
        }
        assertThat(financings).isPositive();

        byte[] bytes = slice.toByteArray();
        FinancingView any = live.financings().values().stream().filter(f -> f.programId().equals(line.programId())).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> audit.replay(new ByteArrayInputStream(bytes), AsOf.position(checkpoint.treeSize() - 1),
                new ReplaySubject.Financing(any.financingId()), null, ExportProgress.none()))
                .hasMessageContaining("give the day to value the repayment position on");
        assertThatThrownBy(() -> audit.diff(new ByteArrayInputStream(bytes), checkpoint.number(), checkpoint.number(),
                line.member(), line.programId(), ExportProgress.none())).hasMessageContaining("needs the full export");
        assertThatThrownBy(() -> new ExportProofs(ledger.signer.publicKey()).inclusion(new ByteArrayInputStream(bytes), 0, null,
                ExportProgress.none())).hasMessageContaining("this is a slice");
        assertThatThrownBy(() -> new JournalSlicer(ledger.journal, ledger.signer, ReadSideHarness.CLOCK).slice(
                new AuditScope.OfProgram(org.scfledger.core.program.ProgramId.of("no-such-program")), checkpoint.number(),
                new ByteArrayOutputStream(), ExportProgress.none()))
                .hasMessageContaining("is in the scope of program no-such-program: is the id right?");
    }

    @Test
    void a_changed_byte_before_the_anchor_fails_the_replay_and_names_the_position() throws IOException {
        byte[] tampered = export.clone();
        String text = new String(tampered, java.nio.charset.StandardCharsets.UTF_8);
        int line = text.indexOf("\"position\":100,");
        int amount = text.lastIndexOf("\"payload\":{", line) + 12;
        tampered[amount] = (byte) (tampered[amount] == 'a' ? 'b' : 'a');
        LiveViews live = shown.get(0);
        MemberLineView view = live.memberLines().values().iterator().next();
        Audited<ReplayReport> audited = audit.replay(new ByteArrayInputStream(tampered), AsOf.head(),
                new ReplaySubject.Member(view.member(), view.programId()), live.valuedOn(), ExportProgress.none());
        assertThat(audited.ok()).isFalse();
        assertThat(audited.failure().describe()).startsWith("position 100: ");
    }

    private ReplayReport replay(AsOf asOf, ReplaySubject subject, LiveViews live) throws IOException {
        Audited<ReplayReport> audited = audit.replay(new ByteArrayInputStream(export), asOf, subject, live.valuedOn(),
                ExportProgress.none());
        assertThat(audited.failure()).isNull();
        return audited.value();
    }

    private void assertEvidenceIsTheJournals(List<Evidence> evidence, Checkpoint checkpoint) {
        assertThat(evidence).isNotEmpty();
        assertThat(evidence).extracting(Evidence::position).isSorted().allSatisfy(p -> assertThat(p).isLessThan(checkpoint.treeSize()));
        Evidence sample = evidence.get(evidence.size() / 2);
        var record = ledger.journal.records(sample.position(), sample.position() + 1, 1).get(0);
        assertThat(sample.recordHash()).isEqualTo(Hex.encode(record.hash()));
        assertThat(sample.eventId()).isEqualTo(record.eventId());
    }
}
