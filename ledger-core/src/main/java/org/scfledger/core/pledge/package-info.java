/**
 * Pledging assets to credit lines: the command that encumbers an asset for a member's line and counts it on the
 * program in one unit of work (ADR 0003, point 2), and how a line encumbrance names its line.
 */
@NullMarked
package org.scfledger.core.pledge;

import org.jspecify.annotations.NullMarked;
