package org.scfledger.projections.query;

/** How financing totals are grouped. */
public enum TotalsBy {
    PROGRAM("program_id"),
    MEMBER("member"),
    FUNDER("funder");

    final String column;

    TotalsBy(String column) {
        this.column = column;
    }
}
