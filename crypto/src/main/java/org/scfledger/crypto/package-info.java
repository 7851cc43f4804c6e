/**
 * Cryptographic building blocks for the ledger: digests (SHA-256, SM3), signatures (Ed25519, SM2),
 * RFC 6962 / RFC 9162 Merkle trees, RFC 8785 canonical JSON and key files.
 *
 * <p>Only the JDK, BouncyCastle and the JCS canonicalizer are used here; nothing in this package
 * implements a primitive itself, it only composes BouncyCastle's and the JDK's.
 */
@NullMarked
package org.scfledger.crypto;

import org.jspecify.annotations.NullMarked;
