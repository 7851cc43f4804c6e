/** The {@code ledger} command line: one jar that is both the server and the auditor's tool. */
@NullMarked
package org.scfledger.api.cli;

import org.jspecify.annotations.NullMarked;
