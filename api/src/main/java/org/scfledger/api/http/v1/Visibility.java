package org.scfledger.api.http.v1;

import org.scfledger.api.http.problem.ApiProblem;
import org.scfledger.api.security.Caller;
import org.scfledger.core.party.PartyId;
import org.scfledger.core.program.ProgramId;
import org.scfledger.projections.collateral.CollateralState;
import org.scfledger.projections.creditline.ProgramState;
import org.scfledger.projections.financing.FinancingView;
import org.scfledger.projections.query.ReadModelQueries;
import org.scfledger.projections.receivable.Holding;
import org.scfledger.projections.receivable.ReceivableView;
import org.springframework.stereotype.Component;

/**
 * Who may read what, in one place. Auditors and the operator read everything. A program, its line and its members'
 * lines are the funder's and the core enterprise's; a member sees its own line. A financing is its borrower's, its
 * funder's and its program's core enterprise's. A receivable is its debtor's, every holder's down the chain, its
 * financing funder's, and the funder's whose line it backs (who releases it). Collateral is its pledgor's, pledgee's,
 * guarantor's and custodian's.
 */
@Component
public class Visibility {

    private final ReadModelQueries queries;

    public Visibility(ReadModelQueries queries) {
        this.queries = queries;
    }

    boolean runsProgram(Caller caller, ProgramId programId) {
        if (caller.readsEverything()) {
            return true;
        }
        return queries.programState(programId).map(program -> runs(caller, program)).orElse(false);
    }

    private static boolean runs(Caller caller, ProgramState program) {
        return caller.is(program.funder()) || caller.is(program.coreEnterprise());
    }

    void program(Caller caller, ProgramId programId) {
        if (!runsProgram(caller, programId)) {
            throw denied("program " + programId.value());
        }
    }

    void memberLine(Caller caller, ProgramId programId, PartyId member) {
        if (!caller.is(member) && !runsProgram(caller, programId)) {
            throw denied("the line of " + member.value() + " in program " + programId.value());
        }
    }

    void financing(Caller caller, FinancingView financing) {
        if (!caller.mayRead(financing.member(), financing.funder()) && !runsProgram(caller, financing.programId())) {
            throw denied("financing " + financing.financingId().value());
        }
    }

    void receivable(Caller caller, ReceivableView receivable) {
        boolean concerned = caller.mayRead(receivable.debtor(), receivable.holder())
                || receivable.holderChain().stream().map(Holding::holder).anyMatch(caller::is)
                || (receivable.financing() != null && caller.is(receivable.financing().funder()))
                || (receivable.encumbrance() != null && caller.is(receivable.encumbrance().holder()));
        if (!concerned) {
            throw denied("receivable " + receivable.receivableId().value());
        }
    }

    void collateral(Caller caller, CollateralState collateral) {
        if (!caller.mayRead(collateral.pledgor(), collateral.pledgee(), collateral.guarantor(), collateral.custodian())) {
            throw denied("collateral " + collateral.collateralId().value());
        }
    }

    /** A list filtered on another party: only for those who read everything. */
    static void ownOrEverything(Caller caller, PartyId named, String field) {
        if (!caller.readsEverything() && !caller.is(named)) {
            throw new ApiProblem(org.springframework.http.HttpStatus.FORBIDDEN, "forbidden", field + " " + named.value()
                    + " is another party; you may list only your own", field);
        }
    }

    static ApiProblem denied(String what) {
        return ApiProblem.forbidden(what + " is not visible to this API key");
    }
}
