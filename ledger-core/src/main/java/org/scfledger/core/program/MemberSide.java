package org.scfledger.core.program;

/** Which "N" of N+1+N a member is on. */
public enum MemberSide {
    /** Upstream: sells to the core enterprise. */
    SUPPLIER,
    /** Downstream: buys from the core enterprise. */
    DISTRIBUTOR
}
