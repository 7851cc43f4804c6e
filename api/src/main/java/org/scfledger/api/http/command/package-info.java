/**
 * How a write request becomes a command: the body bound to the command record (the acting party from the API key,
 * ids from the path), sent once per {@code Idempotency-Key}, and answered.
 */
@NullMarked
package org.scfledger.api.http.command;

import org.jspecify.annotations.NullMarked;
