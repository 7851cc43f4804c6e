package org.scfledger.api.cli;

import static org.scfledger.api.cli.AuditText.row;
import static org.scfledger.api.cli.AuditText.text;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.scfledger.api.audit.AuditDocuments;
import org.scfledger.core.credit.AssetContribution;
import org.scfledger.core.lending.Installment;
import org.scfledger.projections.asof.AsOf;
import org.scfledger.projections.audit.Evidence;
import org.scfledger.projections.audit.MemberLineReplay;
import org.scfledger.projections.audit.ReplayReport;
import org.scfledger.projections.audit.Step;
import org.scfledger.projections.creditline.MemberExposure;
import org.scfledger.projections.creditline.MemberLineView;
import org.scfledger.projections.creditline.ProgramLineView;
import org.scfledger.projections.financing.FinancingView;
import org.scfledger.projections.financing.RepaymentPosition;
import org.scfledger.projections.financing.RepaymentRecord;

/** {@code ledger replay}'s table: the line or the repayment position, then the evidence. */
final class ReplayText {

    private ReplayText() {
    }

    static void print(PrintWriter out, ReplayReport report) {
        String asOf = AuditDocuments.describe(report.asOf());
        if (report.asOf() instanceof AsOf.At at && at.instant().isAfter(report.anchor().createdAt())) {
            out.println("Note: the file's last checkpoint was signed at " + report.anchor().createdAt() + ", before "
                    + at.instant() + "; the ledger may hold later records this file does not show.");
        }
        for (MemberLineReplay line : report.memberLines()) {
            memberLine(out, line, asOf, report);
        }
        if (report.programLine() != null) {
            programLine(out, report.programLine(), report.evidence(), asOf, report);
        }
        if (report.financing() != null) {
            financing(out, report.financing(), report.evidence(), asOf, report);
        }
    }

    private static void memberLine(PrintWriter out, MemberLineReplay replay, String asOf, ReplayReport report) {
        MemberLineView line = replay.line();
        out.println("Credit line of " + text(line.member()) + " (" + line.side() + ") in program " + text(line.programId())
                + ", as of " + asOf);
        AuditText.anchor(out, report.anchor(), report.journalSize(), report.slice());
        out.println();
        row(out, "base limit", line.baseLimit());
        row(out, "asset uplift", line.assetUplift());
        row(out, "member cap", line.memberCap());
        row(out, "member limit", text(line.memberLimit()) + (line.capBinds() ? "   (the cap binds)" : ""));
        row(out, "reserved principal", line.reservedPrincipal());
        row(out, "outstanding principal", line.outstandingPrincipal());
        row(out, "used", line.used());
        row(out, "available", line.available());
        row(out, "program available", line.programAvailable());
        row(out, "can draw now", text(line.canDrawNow()) + "   (binding: " + line.bindingLine() + ")");
        row(out, "shortfall", line.shortfall());
        row(out, "blocked by", line.blockedBy() == null ? null
                : line.blockedBy() + (line.suspensionReason() == null ? "" : ": " + line.suspensionReason()));
        row(out, "last business date", line.lastBusinessDate());
        out.println();
        out.println("  Assets counted (value counted × advance rate = contribution):");
        if (line.contributions().isEmpty()) {
            out.println("    none");
        }
        for (AssetContribution asset : line.contributions()) {
            out.println(String.format(Locale.ROOT, "    %-22s %-11s %s × %-5s = %s%s", asset.assetId(), asset.type(),
                    text(asset.valueCounted()), asset.advanceRate(), text(asset.contribution()), asset.eligible() ? "" : "  (not eligible)"));
        }
        List<Evidence> formed = replay.steps().stream().map(Step::evidence).toList();
        long others = formed.stream().filter(e -> e.role() == Evidence.Role.OTHER_MEMBER).count();
        out.println();
        out.println(String.format(Locale.ROOT, "  Evidence: %,d events formed this line (%,d of them other members' use, which moves what"
                + " the program has left). %s", formed.size(), others, AuditText.proveHint(report.slice())));
        AuditText.evidence(out, formed);
        out.println();
    }

    private static void programLine(PrintWriter out, ProgramLineView program, List<Evidence> evidence, String asOf,
            ReplayReport report) {
        out.println("Program line of " + text(program.programId()) + " (core enterprise " + text(program.coreEnterprise())
                + ", funder " + text(program.funder()) + "), as of " + asOf);
        AuditText.anchor(out, report.anchor(), report.journalSize(), report.slice());
        out.println();
        row(out, "program limit", program.programLimit());
        row(out, "utilised", program.utilised());
        row(out, "available", program.available());
        row(out, "excess", program.excess());
        row(out, "members", program.members());
        row(out, "largest member", program.concentration() == null ? null
                : program.concentration().memberId() + ", " + program.concentration().share().movePointRight(2).stripTrailingZeros()
                        .toPlainString() + "% of the utilisation");
        row(out, "valid", program.validFrom() + " to " + program.validTo()
                + (program.expiredOn() == null ? "" : ", expired on " + program.expiredOn()));
        out.println();
        out.println("  By member:                            used              outstanding");
        for (MemberExposure member : program.byMember()) {
            out.println(String.format(Locale.ROOT, "    %-22s %s %s", text(member.member()), text(member.used()), text(member.outstanding())));
        }
        List<Evidence> programWide = evidence.stream().filter(e -> e.role() == Evidence.Role.PROGRAM).toList();
        out.println();
        out.println(String.format(Locale.ROOT, "  Evidence: %,d events of the program, %,d of them program-wide (listed); the members'"
                + " own are in 'ledger replay --member M --program %s'.", evidence.size(), programWide.size(), text(program.programId())));
        AuditText.evidence(out, programWide);
        out.println();
    }

    private static void financing(PrintWriter out, FinancingView financing, List<Evidence> evidence, String asOf,
            ReplayReport report) {
        out.println("Financing " + text(financing.financingId()) + " (" + financing.kind() + ") of " + text(financing.member())
                + " in program " + text(financing.programId()) + ", funded by " + text(financing.funder()) + ", as of " + asOf);
        AuditText.anchor(out, report.anchor(), report.journalSize(), report.slice());
        out.println();
        row(out, "status", financing.status());
        row(out, "requested", text(financing.requestedAmount()) + " on " + financing.requestedOn());
        row(out, "method, tenor", financing.method() + ", " + (financing.tenor().hasMaturityDate()
                ? "maturing on " + financing.tenor().maturity()
                : financing.tenor().periods() + " periods of " + financing.tenor().monthsPerPeriod() + " month(s)"));
        row(out, "decision", financing.decision() == null ? null : financing.decision().outcome()
                + (financing.decision().reasons().isEmpty() ? "" : ": " + String.join("; ", financing.decision().reasons())));
        row(out, "disbursed", financing.disbursement() == null ? null : text(financing.disbursement().disbursedAmount()) + " on "
                + financing.disbursement().disbursedOn() + " by " + text(financing.disbursement().disbursedBy())
                + " (principal " + text(financing.disbursement().principal()).trim() + ", interest up front "
                + text(financing.disbursement().upfrontInterest()).trim() + ")");
        if (!financing.schedule().isEmpty()) {
            out.println();
            out.println("  Schedule:   due date              principal                 interest                    total");
            for (Installment installment : financing.schedule()) {
                out.println(String.format(Locale.ROOT, "    %3d   %s %s %s %s", installment.number(), installment.dueDate(),
                        text(installment.principal()), text(installment.interest()), text(installment.total())));
            }
        }
        if (!financing.repayments().isEmpty()) {
            out.println();
            out.println("  Repayments: date                   amount          to penalty             to interest      to principal due"
                    + "       principal prepaid  outstanding after");
            for (RepaymentRecord repayment : financing.repayments()) {
                out.println(String.format(Locale.ROOT, "    %s %s %s %s %s %s %s", repayment.date(), text(repayment.amount()),
                        text(repayment.toPenaltyInterest()), text(repayment.toInterest()), text(repayment.toPrincipal()),
                        text(repayment.principalPrepaid()), text(repayment.outstandingPrincipalAfter())));
            }
        }
        out.println();
        row(out, "paid in total", financing.paid().total());
        row(out, "  of it penalty interest", financing.paid().penaltyInterest());
        row(out, "  of it interest", financing.paid().interest());
        row(out, "  of it principal", financing.paid().principal());
        RepaymentPosition position = financing.position();
        out.println();
        if (position == null) {
            out.println("  Position on " + report.valuedOn() + ": nothing owed"
                    + (financing.repaidOn() == null ? " (not disbursed)" : " (repaid in full on " + financing.repaidOn() + ")"));
        } else {
            out.println("  Position on " + position.asOf() + ":");
            row(out, "outstanding principal", position.outstandingPrincipal());
            row(out, "due principal", position.duePrincipal());
            row(out, "due interest", position.dueInterest());
            row(out, "overdue principal", position.overduePrincipal());
            row(out, "penalty interest", position.penaltyInterest());
            row(out, "interest accrued, not due", position.interestAccruedNotYetDue());
            row(out, "total due", position.totalDue());
            row(out, "payoff amount", position.payoffAmount());
            row(out, "days past due", position.daysPastDue() + " (" + position.bucket() + ")");
        }
        row(out, "written off", financing.writeOff());
        out.println();
        out.println(String.format(Locale.ROOT, "  Evidence: the financing's %,d events. %s", evidence.size(),
                AuditText.proveHint(report.slice())));
        AuditText.evidence(out, evidence);
        out.println();
    }
}
