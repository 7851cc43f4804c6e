package org.scfledger.projections.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.scfledger.projections.asof.AsOf;
import org.scfledger.projections.asof.AsOfReplay;
import org.scfledger.projections.creditline.MemberLineView;
import org.scfledger.projections.creditline.MemberLines;
import org.scfledger.projections.creditline.ProgramLineView;
import org.scfledger.projections.financing.FinancingView;
import org.scfledger.projections.query.FinancingFilter;
import org.scfledger.projections.query.MemberLineFilter;
import org.scfledger.projections.query.Page;
import org.scfledger.projections.query.PageRequest;
import org.scfledger.projections.query.ProgramLineFilter;
import org.scfledger.projections.query.ReadModelQueries;
import org.scfledger.projections.query.ReceivableFilter;
import org.scfledger.projections.receivable.ReceivableView;

/**
 * Every view the live read models answer at one moment (every member line, program line, financing valued on
 * {@code valuedOn}, receivable), by key, with the journal size they were caught up to; and the same views as an as-of
 * replay shows them.
 */
public record LiveViews(
        long journalSize,
        LocalDate valuedOn,
        Map<String, MemberLineView> memberLines,
        Map<String, ProgramLineView> programLines,
        Map<String, FinancingView> financings,
        Map<String, ReceivableView> receivables) {

    /** What the live queries answer now; the read models must be caught up with {@code journalSize} events. */
    public static LiveViews live(ReadModelQueries queries, long journalSize, LocalDate valuedOn) {
        return new LiveViews(journalSize, valuedOn,
                all(page -> queries.memberLines(MemberLineFilter.all(), page),
                        v -> MemberLines.key(v.programId(), v.member())),
                all(page -> queries.programLines(ProgramLineFilter.all(), page), v -> v.programId().toString()),
                all(page -> queries.financings(FinancingFilter.all(), valuedOn, page), v -> v.financingId().toString()),
                all(page -> queries.receivables(ReceivableFilter.all(), page), v -> v.receivableId().toString()));
    }

    /** The same entities as {@code replay} shows them as of {@code asOf}: an entity it does not know is left out. */
    public LiveViews replayed(AsOfReplay replay, AsOf asOf) {
        Map<String, MemberLineView> members = new LinkedHashMap<>();
        memberLines.forEach((key, live) -> replay.memberLine(live.programId(), live.member(), asOf)
                .ifPresent(view -> members.put(key, view)));
        Map<String, ProgramLineView> programs = new LinkedHashMap<>();
        programLines.forEach((key, live) -> replay.programLine(live.programId(), asOf)
                .ifPresent(view -> programs.put(key, view)));
        Map<String, FinancingView> financingViews = new LinkedHashMap<>();
        financings.forEach((key, live) -> replay.financing(live.financingId(), asOf, valuedOn)
                .ifPresent(view -> financingViews.put(key, view)));
        Map<String, ReceivableView> receivableViews = new LinkedHashMap<>();
        receivables.forEach((key, live) -> replay.receivable(live.receivableId(), asOf)
                .ifPresent(view -> receivableViews.put(key, view)));
        return new LiveViews(replay.size(asOf), valuedOn, members, programs, financingViews, receivableViews);
    }

    public int entities() {
        return memberLines.size() + programLines.size() + financings.size() + receivables.size();
    }

    private static <V> Map<String, V> all(Function<PageRequest, Page<V>> list, Function<V, String> key) {
        List<V> views = new ArrayList<>();
        String after = null;
        do {
            Page<V> page = list.apply(new PageRequest(after, PageRequest.MAX_LIMIT));
            views.addAll(page.items());
            after = page.next();
        } while (after != null);
        Map<String, V> byKey = new LinkedHashMap<>();
        views.forEach(view -> byKey.put(key.apply(view), view));
        return byKey;
    }
}
