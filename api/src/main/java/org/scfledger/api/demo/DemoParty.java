package org.scfledger.api.demo;

import java.util.List;
import org.scfledger.core.party.UnifiedSocialCreditCode;

/**
 * One party of the demo program.
 *
 * @param creditCodeStem the first 17 characters of its unified social credit code (the check character is computed)
 * @param user           who at the party holds the demo's key
 * @param variable       the shell variable its key is exported as
 */
record DemoParty(String id, List<String> roles, String legalName, String creditCodeStem, String user, String variable) {

    static final DemoParty CORE = new DemoParty("core-1", List.of("CORE_ENTERPRISE", "GUARANTOR"),
            "Huadong Automotive Group Co., Ltd.", "91310000MA1FL3XK2", "treasury-desk", "CORE");
    static final DemoParty BANK = new DemoParty("bank-1", List.of("FUNDER"),
            "Zhongyuan Commercial Bank Co., Ltd.", "91410100MA44B7QD1", "credit-desk", "BANK");
    static final DemoParty SUPPLIER_1 = new DemoParty("supplier-1", List.of("SUPPLIER"),
            "Shenzhen Precision Parts Co., Ltd.", "91440300MA5FQ2N7B", "finance-desk", "SUPPLIER1");
    static final DemoParty SUPPLIER_2 = new DemoParty("supplier-2", List.of("SUPPLIER"),
            "Fuzhou Clearview Auto Glass Co., Ltd.", "91350100MA2YH8K4C", "finance-desk", "SUPPLIER2");
    static final DemoParty SUPPLIER_3 = new DemoParty("supplier-3", List.of("SUPPLIER"),
            "Changchun Comfort Seating Co., Ltd.", "91220101MA17W6P3D", "finance-desk", "SUPPLIER3");
    static final DemoParty TIER2 = new DemoParty("tier2-1", List.of("SUPPLIER"),
            "Ningbo Harbour Fasteners Co., Ltd.", "91330206MA2H3N8L5", "finance-desk", "TIER2");
    static final DemoParty DISTRIBUTOR_1 = new DemoParty("distributor-1", List.of("DISTRIBUTOR"),
            "Beijing North Star Motor Trading Co., Ltd.", "91110113MA01T4R6E", "finance-desk", "DISTRIBUTOR1");
    static final DemoParty DISTRIBUTOR_2 = new DemoParty("distributor-2", List.of("DISTRIBUTOR"),
            "Guangzhou Pearl River Auto Sales Co., Ltd.", "91440101MA5CX9U2F", "finance-desk", "DISTRIBUTOR2");
    static final DemoParty AUDITOR = new DemoParty("auditor-1", List.of("AUDITOR"),
            "Huaxin Certified Public Accountants LLP", "91310101MA1G7K5N3", "audit-team", "AUDITOR");

    /** In the order they are registered and listed. */
    static final List<DemoParty> ALL = List.of(CORE, BANK, SUPPLIER_1, SUPPLIER_2, SUPPLIER_3, TIER2, DISTRIBUTOR_1,
            DISTRIBUTOR_2, AUDITOR);

    /** Its unified social credit code, which is also its taxpayer id on invoices. */
    String creditCode() {
        return creditCodeStem + UnifiedSocialCreditCode.checkCharacter(creditCodeStem);
    }
}
