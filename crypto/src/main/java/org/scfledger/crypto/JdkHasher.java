package org.scfledger.crypto;

import java.security.MessageDigest;

/** A {@link Hasher} over a JDK {@link MessageDigest}, used for SHA-256 to get the JDK's CPU intrinsics. */
final class JdkHasher implements Hasher {

    private final MessageDigest digest;

    JdkHasher(MessageDigest digest) {
        this.digest = digest;
    }

    @Override
    public Hasher update(byte[] bytes) {
        digest.update(bytes);
        return this;
    }

    @Override
    public Hasher update(byte[] bytes, int offset, int length) {
        digest.update(bytes, offset, length);
        return this;
    }

    @Override
    public Hasher update(byte b) {
        digest.update(b);
        return this;
    }

    @Override
    public byte[] digest() {
        return digest.digest(); // MessageDigest.digest() resets
    }
}
