/**
 * N+1+N programs and their credit lines: one core enterprise, one funder, admitted members (suppliers and
 * distributors), and the line inputs (base limits, caps, live assets, reserved and outstanding principal) that the
 * {@code Program} aggregate holds so that limits hold whatever the interleaving of requests (ADR 0003).
 */
@NullMarked
package org.scfledger.core.program;

import org.jspecify.annotations.NullMarked;
