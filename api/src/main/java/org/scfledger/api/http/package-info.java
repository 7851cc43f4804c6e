/**
 * The REST API under {@code /api/v1}: its JSON (ids as plain strings, amounts as exact decimal text), request limits,
 * and the OpenAPI description.
 */
@NullMarked
package org.scfledger.api.http;

import org.jspecify.annotations.NullMarked;
