/** Who takes part in N+1+N finance, and in which role. */
@NullMarked
package org.scfledger.core.party;

import org.jspecify.annotations.NullMarked;
