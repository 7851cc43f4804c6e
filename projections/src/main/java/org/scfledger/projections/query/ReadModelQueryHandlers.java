package org.scfledger.projections.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.jspecify.annotations.Nullable;
import org.scfledger.projections.creditline.MemberLineView;
import org.scfledger.projections.creditline.ProgramLineView;
import org.scfledger.projections.financing.FinancingView;
import org.scfledger.projections.receivable.ReceivableView;

/**
 * The read side's queries on Axon's query bus. The handlers of a page declare the raw {@link Page}: Axon matches
 * {@code ResponseTypes.instanceOf(Page.class)} only against a handler whose return type is a class, so a handler
 * declared {@code Page<MemberLineView>} (a parameterized type, neither an instance nor an iterable) is never found.
 */
public final class ReadModelQueryHandlers {

    private final ReadModelQueries queries;
    private final Clock clock;

    public ReadModelQueryHandlers(ReadModelQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @QueryHandler
    Optional<MemberLineView> handle(Queries.MemberLine query) {
        return queries.memberLine(query.programId(), query.member());
    }

    @QueryHandler
    @SuppressWarnings("rawtypes") // a page of MemberLineView: see the class comment
    Page handle(Queries.MemberLines query) {
        return queries.memberLines(query.filter(), query.page());
    }

    @QueryHandler
    Optional<ProgramLineView> handle(Queries.ProgramLine query) {
        return queries.programLine(query.programId());
    }

    @QueryHandler
    @SuppressWarnings("rawtypes") // a page of ProgramLineView: see the class comment
    Page handle(Queries.ProgramLines query) {
        return queries.programLines(query.filter(), query.page());
    }

    @QueryHandler
    CoreEnterpriseExposure handle(Queries.CoreEnterprise query) {
        return queries.coreEnterprise(query.coreEnterprise());
    }

    @QueryHandler
    Optional<FinancingView> handle(Queries.Financing query) {
        return queries.financing(query.financingId(), dateOr(query.asOf()));
    }

    @QueryHandler
    @SuppressWarnings("rawtypes") // a page of FinancingView: see the class comment
    Page handle(Queries.Financings query) {
        return queries.financings(query.filter(), dateOr(query.asOf()), query.page());
    }

    @QueryHandler
    List<FinancingTotals> handle(Queries.Totals query) {
        return queries.financingTotals(query.filter(), query.by(), dateOr(query.asOf()));
    }

    @QueryHandler
    Optional<ReceivableView> handle(Queries.Receivable query) {
        return queries.receivable(query.receivableId());
    }

    @QueryHandler
    @SuppressWarnings("rawtypes") // a page of ReceivableView: see the class comment
    Page handle(Queries.Receivables query) {
        return queries.receivables(query.filter(), query.page());
    }

    private LocalDate dateOr(@Nullable LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }
}
