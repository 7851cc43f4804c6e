/**
 * The N+1+N credit-line formulas, in one place, for the aggregates that enforce limits and the projections that
 * show and replay them:
 * <pre>
 * member limit      = min(member cap, base limit + Σ value × advance rate over live assets)
 * member available  = max(0, member limit − member outstanding principal)
 * member shortfall  = max(0, member outstanding principal − member limit)
 * program available = max(0, program limit − Σ outstanding principal of all members)
 * can draw now      = min(member available, program available)
 * </pre>
 * Pure functions of their arguments: which assets are live, and what is outstanding, is the caller's knowledge.
 */
@NullMarked
package org.scfledger.core.credit;

import org.jspecify.annotations.NullMarked;
