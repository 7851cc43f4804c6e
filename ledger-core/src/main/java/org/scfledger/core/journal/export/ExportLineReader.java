package org.scfledger.core.journal.export;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Reads line-feed-terminated lines into one reusable buffer, without copying or decoding them: the current
 * line is {@code buffer()[lineStart(), lineEnd())} and stays valid until the next call to {@link #next()}.
 * Memory is bounded by the longest line.
 */
final class ExportLineReader {

    static final int MAX_LINE_BYTES = 64 << 20;
    private static final int INITIAL_BUFFER_BYTES = 1 << 20;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LINE_FEEDS = 0x0a0a0a0a0a0a0a0aL;
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private final InputStream in;
    private byte[] buffer = new byte[INITIAL_BUFFER_BYTES];
    private int position;
    private int limit;
    private boolean endOfStream;
    private int lineStart;
    private int lineEnd;
    private boolean terminated;

    ExportLineReader(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line; false at the end of the stream. */
    boolean next() throws IOException, MalformedLine {
        int scanFrom = position;
        while (true) {
            int lineFeed = indexOfLineFeed(buffer, scanFrom, limit);
            if (lineFeed >= 0) {
                return take(lineFeed, lineFeed + 1, true);
            }
            if (endOfStream) {
                return position < limit && take(limit, limit, false);
            }
            int scanned = limit - position;
            fill();
            scanFrom = position + scanned;
        }
    }

    byte[] buffer() {
        return buffer;
    }

    int lineStart() {
        return lineStart;
    }

    int lineEnd() {
        return lineEnd;
    }

    /** False for a last line the stream ended in the middle of. */
    boolean terminated() {
        return terminated;
    }

    byte[] copyOfLine() {
        return Arrays.copyOfRange(buffer, lineStart, lineEnd);
    }

    private boolean take(int end, int nextPosition, boolean withLineFeed) {
        lineStart = position;
        lineEnd = end;
        terminated = withLineFeed;
        position = nextPosition;
        return true;
    }

    /** Moves the unread bytes to the front, grows the buffer if a line fills it, and reads more. */
    private void fill() throws IOException, MalformedLine {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        if (limit == buffer.length) {
            if (buffer.length >= MAX_LINE_BYTES) {
                throw new MalformedLine("a line is longer than " + (MAX_LINE_BYTES >> 20) + " MiB");
            }
            buffer = Arrays.copyOf(buffer, Math.min(MAX_LINE_BYTES, buffer.length * 2));
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            endOfStream = true;
        } else {
            limit += read;
        }
    }

    /** Sixteen bytes at a time (a zero-byte test on the XOR with line feeds): the scan must not slow down hashing. */
    static int indexOfLineFeed(byte[] bytes, int from, int to) {
        int i = from;
        for (; i + 2 * Long.BYTES <= to; i += 2 * Long.BYTES) {
            long low = lineFeeds((long) LONGS.get(bytes, i));
            long high = lineFeeds((long) LONGS.get(bytes, i + Long.BYTES));
            if ((low | high) != 0) {
                return low != 0 ? i + firstFlagged(low) : i + Long.BYTES + firstFlagged(high);
            }
        }
        for (; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** The high bit of each byte that may be a line feed; the lowest one flagged always is one. */
    private static long lineFeeds(long word) {
        long zeroed = word ^ LINE_FEEDS;
        return (zeroed - LOW_BITS) & ~zeroed & HIGH_BITS;
    }

    private static int firstFlagged(long flags) {
        return Long.numberOfTrailingZeros(flags) >>> 3;
    }
}
