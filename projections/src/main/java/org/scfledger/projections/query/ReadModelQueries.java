package org.scfledger.projections.query;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.scfledger.core.collateral.CollateralId;
import org.scfledger.core.financing.FinancingId;
import org.scfledger.core.lending.AgeingBucket;
import org.scfledger.core.money.Money;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.core.receivable.ReceivableId;
import org.scfledger.projections.collateral.CollateralState;
import org.scfledger.projections.creditline.CreditLines;
import org.scfledger.projections.creditline.MemberLineState;
import org.scfledger.projections.creditline.MemberLineView;
import org.scfledger.projections.creditline.MemberLines;
import org.scfledger.projections.creditline.ProgramLineView;
import org.scfledger.projections.creditline.ProgramState;
import org.scfledger.projections.financing.FinancingState;
import org.scfledger.projections.financing.FinancingView;
import org.scfledger.projections.financing.FinancingViews;
import org.scfledger.projections.live.ReadModelAccessException;
import org.scfledger.projections.live.StateJson;
import org.scfledger.projections.receivable.ReceivableState;
import org.scfledger.projections.receivable.ReceivableView;
import org.scfledger.projections.receivable.ReceivableViews;

/**
 * Answers the read side's questions from the live read models. Every figure comes from a stored state through the
 * view functions ({@link CreditLines}, {@link FinancingViews}, {@link ReceivableViews}); SQL only selects, orders and
 * sums stored columns.
 */
public final class ReadModelQueries {

    private final DataSource dataSource;

    public ReadModelQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    // ------------------------------------------------------------------ credit lines

    public Optional<MemberLineView> memberLine(ProgramId programId, PartyId member) {
        return memberLines(new MemberLineFilter(programId, member, null, null, null), PageRequest.first(1))
                .items().stream().findFirst();
    }

    public Page<MemberLineView> memberLines(MemberLineFilter filter, PageRequest page) {
        Sql sql = new Sql("select m.key, m.state, p.state from rm_member_line m join rm_program_line p on p.key = m.program_id where true");
        sql.and("m.program_id = ?", filter.programId());
        sql.and("m.member = ?", filter.member());
        sql.and("m.side = ?", filter.side());
        sql.and("m.suspended = ?", filter.suspended());
        sql.and("m.shortfall = ?", filter.shortfall());
        return page(sql, "m.key", page, row -> CreditLines.memberView(
                StateJson.read(row.getString(3), ProgramState.class),
                StateJson.read(row.getString(2), MemberLineState.class)));
    }

    public Optional<ProgramLineView> programLine(ProgramId programId) {
        return programState(programId).map(CreditLines::programView);
    }

    public Page<ProgramLineView> programLines(ProgramLineFilter filter, PageRequest page) {
        Sql sql = new Sql("select key, state from rm_program_line where true");
        sql.and("core_enterprise = ?", filter.coreEnterprise());
        sql.and("funder = ?", filter.funder());
        if (filter.expired() != null) {
            sql.where.append(filter.expired() ? " and expired_on is not null" : " and expired_on is null");
        }
        return page(sql, "key", page,
                row -> CreditLines.programView(StateJson.read(row.getString(2), ProgramState.class)));
    }

    /** Every program against {@code coreEnterprise}, whoever funds it, and their sums per currency. */
    public CoreEnterpriseExposure coreEnterprise(PartyId coreEnterprise) {
        List<ProgramLineView> programs = new ArrayList<>();
        String after = null;
        do {
            Page<ProgramLineView> page = programLines(new ProgramLineFilter(coreEnterprise, null, null),
                    new PageRequest(after, PageRequest.MAX_LIMIT));
            programs.addAll(page.items());
            after = page.next();
        } while (after != null);
        Map<String, List<ProgramLineView>> byCurrency = new LinkedHashMap<>();
        programs.forEach(p -> byCurrency.computeIfAbsent(p.programLimit().currency().getCurrencyCode(),
                c -> new ArrayList<>()).add(p));
        List<CoreEnterpriseExposure.CurrencyTotal> totals = byCurrency.entrySet().stream().map(entry -> {
            Currency currency = Currency.getInstance(entry.getKey());
            List<ProgramLineView> lines = entry.getValue();
            return new CoreEnterpriseExposure.CurrencyTotal(entry.getKey(), lines.size(),
                    (int) lines.stream().map(ProgramLineView::funder).distinct().count(),
                    Money.sum(currency, lines.stream().map(ProgramLineView::programLimit).toList()),
                    Money.sum(currency, lines.stream().map(ProgramLineView::utilised).toList()),
                    Money.sum(currency, lines.stream().map(ProgramLineView::available).toList()));
        }).toList();
        return new CoreEnterpriseExposure(coreEnterprise, totals, programs);
    }

    // ------------------------------------------------------------------ financings

    public Optional<FinancingView> financing(FinancingId financingId, LocalDate asOf) {
        return financingState(financingId.toString()).map(state -> FinancingViews.view(state, asOf));
    }

    public Page<FinancingView> financings(FinancingFilter filter, LocalDate asOf, PageRequest page) {
        Sql sql = new Sql("select key, state from rm_financing where true");
        filterFinancings(sql, filter, asOf);
        return page(sql, "key", page,
                row -> FinancingViews.view(StateJson.read(row.getString(2), FinancingState.class), asOf));
    }

    /** Financings summed per group and currency, with the open ones by ageing bucket as of {@code asOf}. */
    public List<FinancingTotals> financingTotals(FinancingFilter filter, TotalsBy by, LocalDate asOf) {
        StringBuilder select = new StringBuilder("select ").append(by.column).append(", currency, count(*),"
                + " count(*) filter (where status in ('DISBURSED', 'WRITTEN_OFF')),"
                + " coalesce(sum(principal), 0), coalesce(sum(outstanding_principal) filter (where status in ('DISBURSED', 'WRITTEN_OFF')), 0)");
        for (AgeingBucket bucket : AgeingBucket.values()) {
            String in = open() + " and " + daysPastDue() + " between ? and ?";
            select.append(", count(*) filter (where ").append(in).append("), coalesce(sum(outstanding_principal) filter (where ")
                    .append(in).append("), 0)");
        }
        Sql sql = new Sql(select.append(" from rm_financing where true").toString());
        for (AgeingBucket bucket : AgeingBucket.values()) {
            for (int i = 0; i < 2; i++) {
                sql.selectParameters.add(Date.valueOf(asOf));
                sql.selectParameters.add(bucket.fromDays());
                sql.selectParameters.add(bucket.toDays());
            }
        }
        filterFinancings(sql, filter, asOf);
        sql.where.append(" group by ").append(by.column).append(", currency order by ").append(by.column)
                .append(", currency");
        return query(sql, row -> {
            Currency currency = Currency.getInstance(row.getString(2));
            Map<AgeingBucket, FinancingTotals.BucketTotal> buckets = new EnumMap<>(AgeingBucket.class);
            int column = 7;
            for (AgeingBucket bucket : AgeingBucket.values()) {
                buckets.put(bucket, new FinancingTotals.BucketTotal(row.getLong(column),
                        Money.of(row.getBigDecimal(column + 1), currency)));
                column += 2;
            }
            return new FinancingTotals(row.getString(1), asOf, row.getLong(3), row.getLong(4),
                    Money.of(row.getBigDecimal(5), currency), Money.of(row.getBigDecimal(6), currency), buckets);
        });
    }

    // ------------------------------------------------------------------ receivables

    public Optional<ReceivableView> receivable(ReceivableId receivableId) {
        return receivableState(receivableId.toString()).map(this::receivableView);
    }

    public Page<ReceivableView> receivables(ReceivableFilter filter, PageRequest page) {
        Sql sql = new Sql("select key, state from rm_receivable where true");
        sql.and("program_id = ?", filter.programId());
        sql.and("holder = ?", filter.holder());
        sql.and("debtor = ?", filter.debtor());
        sql.and("status = ?", filter.status());
        sql.and("original_id = ?", filter.originalId());
        sql.and("maturity_date >= ?", filter.maturityFrom());
        sql.and("maturity_date <= ?", filter.maturityTo());
        return page(sql, "key", page,
                row -> receivableView(StateJson.read(row.getString(2), ReceivableState.class)));
    }

    private ReceivableView receivableView(ReceivableState state) {
        return ReceivableViews.view(state, key -> receivableState(key).orElse(null),
                key -> financingState(key).orElse(null));
    }

    // ------------------------------------------------------------------ collateral

    public Optional<CollateralState> collateral(CollateralId collateralId) {
        return state("rm_collateral", collateralId.toString(), CollateralState.class);
    }

    public Page<CollateralState> collaterals(CollateralFilter filter, PageRequest page) {
        Sql sql = new Sql("select key, state from rm_collateral where true");
        sql.and("pledgor = ?", filter.pledgor());
        sql.and("pledgee = ?", filter.pledgee());
        sql.and("status = ?", filter.status());
        sql.and("expires_on <= ?", filter.expiringBy());
        return page(sql, "key", page, row -> StateJson.read(row.getString(2), CollateralState.class));
    }

    // ------------------------------------------------------------------ the business calendar

    /** Everything the business calendar must process when {@code day} ends, each list in key order. */
    public BusinessDayAgenda agenda(LocalDate day) {
        Sql pastDue = new Sql("select key from rm_financing where " + open() + " and oldest_unpaid_due < ?");
        pastDue.whereParameters.add(Date.valueOf(day));
        pastDue.where.append(" order by key");
        Sql matured = new Sql("select key, state from rm_receivable where status in ('REGISTERED', 'CONFIRMED', 'DISPUTED')"
                + " and maturity_date <= ?");
        matured.whereParameters.add(Date.valueOf(day));
        matured.where.append(" order by key");
        Sql expiring = new Sql("select key from rm_collateral where status = 'PLEDGED' and expires_on <= ?");
        expiring.whereParameters.add(Date.valueOf(day));
        expiring.where.append(" order by key");
        Sql ended = new Sql("select key from rm_program_line where expired_on is null and valid_to < ?");
        ended.whereParameters.add(Date.valueOf(day));
        ended.where.append(" order by key");
        return new BusinessDayAgenda(day,
                query(pastDue, row -> FinancingId.of(unprefixed(row.getString(1)))),
                query(matured, row -> StateJson.read(row.getString(2), ReceivableState.class)).stream()
                        .filter(receivable -> receivable.fellDueOn() == null).map(ReceivableState::receivableId).toList(),
                query(expiring, row -> CollateralId.of(row.getString(1))),
                query(ended, row -> ProgramId.of(unprefixed(row.getString(1)))));
    }

    /** An id's value from its key, the journal's aggregate id ({@code financing:F-1} → {@code F-1}). */
    private static String unprefixed(String key) {
        return key.substring(key.indexOf(':') + 1);
    }

    // ------------------------------------------------------------------ rows

    public Optional<ProgramState> programState(ProgramId programId) {
        return state("rm_program_line", programId.toString(), ProgramState.class);
    }

    public Optional<MemberLineState> memberLineState(ProgramId programId, PartyId member) {
        return state("rm_member_line", MemberLines.key(programId, member), MemberLineState.class);
    }

    public Optional<FinancingState> financingState(String key) {
        return state("rm_financing", key, FinancingState.class);
    }

    public Optional<ReceivableState> receivableState(String key) {
        return state("rm_receivable", key, ReceivableState.class);
    }

    private <S> Optional<S> state(String table, String key, Class<S> type) {
        Sql sql = new Sql("select key, state from " + table + " where key = ?");
        sql.whereParameters.add(key);
        return query(sql, row -> StateJson.read(row.getString(2), type)).stream().findFirst();
    }

    private static void filterFinancings(Sql sql, FinancingFilter filter, LocalDate asOf) {
        sql.and("program_id = ?", filter.programId());
        sql.and("member = ?", filter.member());
        sql.and("funder = ?", filter.funder());
        sql.and("status = ?", filter.status());
        sql.and("kind = ?", filter.kind());
        sql.and("maturity >= ?", filter.maturityFrom());
        sql.and("maturity <= ?", filter.maturityTo());
        if (filter.bucket() != null) {
            sql.where.append(" and ").append(open()).append(" and ").append(daysPastDue()).append(" between ? and ?");
            sql.whereParameters.add(Date.valueOf(asOf));
            sql.whereParameters.add(filter.bucket().fromDays());
            sql.whereParameters.add(filter.bucket().toDays());
        }
    }

    private static String open() {
        return "status in ('DISBURSED', 'WRITTEN_OFF')";
    }

    /** Days past due as of the bound date: from the oldest due date with anything unpaid ({@code Ageing}). */
    private static String daysPastDue() {
        return "greatest(0, coalesce(?::date - oldest_unpaid_due, 0))";
    }

    private <T> Page<T> page(Sql sql, String keyColumn, PageRequest page, RowMapper<T> mapper) {
        if (page.after() != null) {
            sql.where.append(" and ").append(keyColumn).append(" > ?");
            sql.whereParameters.add(page.after());
        }
        sql.where.append(" order by ").append(keyColumn).append(" limit ").append(page.limit() + 1);
        List<Keyed<T>> rows = query(sql, row -> new Keyed<>(row.getString(1), mapper.map(row)));
        boolean more = rows.size() > page.limit();
        List<Keyed<T>> items = more ? rows.subList(0, page.limit()) : rows;
        return new Page<>(items.stream().map(Keyed::item).toList(), more ? items.get(items.size() - 1).key() : null);
    }

    private <T> List<T> query(Sql sql, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql.text())) {
            int index = 1;
            for (Object parameter : sql.parameters()) {
                statement.setObject(index++, parameter);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new ReadModelAccessException("the read models could not be queried", e);
        }
    }

    /** Dates as SQL dates; ids and enums as the text the tables keep ("party:…", "program:…", "DISBURSED"). */
    private static Object bindable(Object value) {
        if (value instanceof LocalDate date) {
            return Date.valueOf(date);
        }
        boolean plain = value instanceof String || value instanceof Boolean || value instanceof Number;
        return plain ? value : value.toString();
    }

    private record Keyed<T>(String key, T item) {
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** A select with optional filters: parameters of the select list first, then of the where clause. */
    private static final class Sql {
        final StringBuilder where;
        final List<Object> selectParameters = new ArrayList<>();
        final List<Object> whereParameters = new ArrayList<>();

        Sql(String select) {
            this.where = new StringBuilder(select);
        }

        void and(String condition, @Nullable Object value) {
            if (value != null) {
                where.append(" and ").append(condition);
                whereParameters.add(bindable(value));
            }
        }

        String text() {
            return where.toString();
        }

        List<Object> parameters() {
            List<Object> all = new ArrayList<>(selectParameters);
            all.addAll(whereParameters);
            return all;
        }
    }
}
