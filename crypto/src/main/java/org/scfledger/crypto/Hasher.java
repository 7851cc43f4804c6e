package org.scfledger.crypto;

/**
 * An incremental hash computation. Not thread-safe: obtain one per thread from
 * {@link HashAlgorithm#newHasher()}.
 */
public interface Hasher {

    Hasher update(byte[] bytes);

    Hasher update(byte[] bytes, int offset, int length);

    Hasher update(byte b);

    /** Finishes the hash and resets this hasher so it can be reused for a new message. */
    byte[] digest();
}
