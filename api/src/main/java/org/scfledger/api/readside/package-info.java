/** The read side in the server: the live read models, their query handlers, their progress and rebuild. */
@NullMarked
package org.scfledger.api.readside;

import org.jspecify.annotations.NullMarked;
