package org.scfledger.crypto;

/** The signature algorithms the ledger supports. */
public enum SignatureAlgorithm {
    /** RFC 8032 Ed25519 (pure, no pre-hash, no context). */
    ED25519,
    /**
     * GB/T 32918.2-2016 SM2 on the sm2p256v1 curve with SM3, signatures DER-encoded as
     * {@code SEQUENCE { r INTEGER, s INTEGER }}.
     */
    SM2;

    /** The user id GB/T 35276 recommends when the parties have not agreed on another (ASCII). */
    public static final String SM2_DEFAULT_USER_ID = "1234567812345678";
}
