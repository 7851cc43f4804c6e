/** How the write side says no: typed refusals with stable codes, for callers to act on and the API to map. */
@NullMarked
package org.scfledger.core.rules;

import org.jspecify.annotations.NullMarked;
