package org.scfledger.api.cli;

import picocli.CommandLine.IVersionProvider;

/** The version as packaged in the jar's manifest. */
final class LedgerVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = LedgerVersion.class.getPackage().getImplementationVersion();
        return new String[] {"ledger " + (version == null ? "(development build)" : version)};
    }
}
