/**
 * Who may call the API: API keys issued per party and per user (stored hashed), the caller they stand for, and the
 * rules of the road (auditors read, the operator administers, every party acts for itself).
 */
@NullMarked
package org.scfledger.api.security;

import org.jspecify.annotations.NullMarked;
