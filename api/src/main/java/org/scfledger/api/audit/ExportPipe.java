package org.scfledger.api.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * An export read while it is written: the writer runs on a thread of its own into a bounded pipe, so that the reader
 * verifies the journal as it streams past and no more than the pipe's buffer is ever held. Closing the pipe stops a
 * writer the reader no longer needs (its next write fails).
 */
final class ExportPipe implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 18;

    /** Writes the export into {@code out}. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private final PipedInputStream input;
    private volatile @Nullable Throwable writerFailure;

    private ExportPipe(PipedInputStream input) {
        this.input = input;
    }

    static ExportPipe start(Executor threads, Writer writer) throws IOException {
        var input = new PipedInputStream(BUFFER_BYTES);
        var output = new PipedOutputStream(input);
        var pipe = new ExportPipe(input);
        threads.execute(() -> pipe.write(writer, output));
        return pipe;
    }

    private void write(Writer writer, PipedOutputStream output) {
        try {
            writer.write(output);
            output.flush();
        } catch (IOException | RuntimeException | Error failure) {
            // recorded before the pipe closes, so that a reader who meets the end of the stream can tell why it came
            writerFailure = failure;
        } finally {
            try {
                output.close();
            } catch (IOException ignored) {
                // the reader has gone: nothing is waiting for the end of the stream
            }
        }
    }

    InputStream input() {
        return input;
    }

    /** Why the writer stopped early, if it did; only meaningful once the reader has met the end of the stream. */
    @Nullable Throwable writerFailure() {
        return writerFailure;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
