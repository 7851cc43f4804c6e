/**
 * The program aggregate: an N+1+N program and every member's credit line, where limits are enforced (ADR 0003).
 * All reservations, draws and repayments of one program serialize on this aggregate, so that no interleaving of
 * requests, on any number of application instances, takes a member or the program over its limit.
 */
@NullMarked
package org.scfledger.commands.program;

import org.jspecify.annotations.NullMarked;
