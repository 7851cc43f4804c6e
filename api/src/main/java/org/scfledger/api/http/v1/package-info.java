/**
 * The resources of {@code /api/v1}: one controller per business object, writes as commands (the body is the command,
 * the acting party the API key's), reads from the read models, scoped to what the caller may see.
 */
@NullMarked
package org.scfledger.api.http.v1;

import org.jspecify.annotations.NullMarked;
