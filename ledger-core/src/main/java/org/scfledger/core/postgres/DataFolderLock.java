package org.scfledger.core.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Marks a self-started database as owned by a live process. The operating system releases the lock when
 * that process dies, however it dies, so "locked" means "a ledger is using it" and a postmaster found on an
 * unlocked folder is an orphan that may be stopped.
 */
final class DataFolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code dataDirectory}, or empty if another process (or this one) holds it. */
    static Optional<DataFolderLock> tryTake(Path dataDirectory) {
        Path file = lockFile(dataDirectory);
        try {
            Files.createDirectories(file.getParent());
            var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock == null) {
                    channel.close();
                    return Optional.empty();
                }
                return Optional.of(new DataFolderLock(channel, lock));
            } catch (OverlappingFileLockException heldHere) {
                channel.close();
                return Optional.empty();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }

    static Path lockFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
