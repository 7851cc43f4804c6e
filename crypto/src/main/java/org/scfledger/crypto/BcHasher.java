package org.scfledger.crypto;

import org.bouncycastle.crypto.Digest;

/** A {@link Hasher} over a BouncyCastle lightweight {@link Digest} (used for SM3). */
final class BcHasher implements Hasher {

    private final Digest digest;

    BcHasher(Digest digest) {
        this.digest = digest;
    }

    @Override
    public Hasher update(byte[] bytes) {
        digest.update(bytes, 0, bytes.length);
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
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0); // doFinal resets the digest
        return out;
    }
}
