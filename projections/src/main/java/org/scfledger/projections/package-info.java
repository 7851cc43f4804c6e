/** The read side: credit lines, receivable and financing books, as live read models and as-of replays. */
@NullMarked
package org.scfledger.projections;

import org.jspecify.annotations.NullMarked;
