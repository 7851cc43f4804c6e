package org.scfledger.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import org.bouncycastle.crypto.digests.SM3Digest;

/** The digest algorithms the ledger supports. Both produce 32-byte digests. */
public enum HashAlgorithm {
    /** FIPS 180-4 SHA-256, through the JDK (CPU intrinsics make it several times faster than BC's). */
    SHA256,
    /** GB/T 32905-2016 SM3, through BouncyCastle. */
    SM3;

    private static final int DIGEST_LENGTH = 32;

    public int digestLength() {
        return DIGEST_LENGTH;
    }

    /** A fresh incremental hasher; not thread-safe. */
    public Hasher newHasher() {
        return switch (this) {
            case SHA256 -> new JdkHasher(newSha256());
            case SM3 -> new BcHasher(new SM3Digest());
        };
    }

    /** The digest of {@code data}; thread-safe. */
    public byte[] digest(byte[] data) {
        return newHasher().update(data).digest();
    }

    /** The digest of the concatenation of {@code parts}; thread-safe. */
    public byte[] digest(byte[]... parts) {
        Hasher hasher = newHasher();
        for (byte[] part : parts) {
            hasher.update(part);
        }
        return hasher.digest();
    }

    /**
     * The JDK's own SHA-256 (provider "SUN", which has the CPU intrinsics), even when BouncyCastle has
     * been registered as a preferred JCA provider elsewhere in the process.
     */
    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256", "SUN");
        } catch (NoSuchProviderException | NoSuchAlgorithmException notOpenJdk) {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                // Every Java platform is required to provide SHA-256.
                throw new IllegalStateException("the JDK has no SHA-256", e);
            }
        }
    }
}
