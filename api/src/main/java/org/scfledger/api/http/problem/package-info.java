/**
 * Every failure as an RFC 9457 problem: a stable {@code type} ({@code urn:scf-ledger:problem:<code>}), the HTTP status,
 * a message for people, and the field at fault where there is one.
 */
@NullMarked
package org.scfledger.api.http.problem;

import org.jspecify.annotations.NullMarked;
