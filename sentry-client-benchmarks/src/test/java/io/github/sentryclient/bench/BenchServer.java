package io.github.sentryclient.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * A loopback HTTP/1.1 server for benchmarks: one selector thread, keep-alive, pipelining, and fixed answers built
 * once, so that it allocates nothing per request and costs far less than the clients it serves.
 *
 * <p>Routes (Sentry's, under {@code /api/0/organizations/{org}/issues/{id}/}): {@code GET} answers the issue (about
 * 2 KB of JSON), {@code PUT} the resolved issue, {@code POST .../comments/} a comment with 201; anything else 404.
 * Request bodies must carry {@code Content-Length} (all contenders send one).
 */
public final class BenchServer implements AutoCloseable {

    /** A concurrent limit of the size sentry.io reports on issue routes (its values vary by route and over time). */
    static final int SENTRY_IO_CONCURRENT_LIMIT = 25;

    static final String ISSUE_PATH = "/api/0/organizations/acme/issues/4711042/";
    static final String COMMENTS_PATH = ISSUE_PATH + "comments/";
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
    private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ROUTE_PREFIX = "/api/0/organizations/".getBytes(StandardCharsets.US_ASCII);
    private static final int BUFFER_SIZE = 64 * 1024;

    private final byte[] issue;
    private final byte[] resolvedIssue;
    private final byte[] comment;
    private final byte[] notFound;
    private final ServerSocketChannel channel;
    private final Selector selector;
    private final Thread thread;
    private volatile boolean running = true;

    private BenchServer(int concurrentLimit) throws IOException {
        issue = response("200 OK", fixture("issue.json"), concurrentLimit);
        resolvedIssue = response("200 OK", fixture("resolved-issue.json"), concurrentLimit);
        comment = response("201 Created", fixture("comment.json"), concurrentLimit);
        notFound = response("404 Not Found", "{\"detail\":\"The requested resource does not exist\"}"
                .getBytes(StandardCharsets.UTF_8), concurrentLimit);
        selector = Selector.open();
        channel = ServerSocketChannel.open();
        channel.bind(new InetSocketAddress("127.0.0.1", 0), 1024);
        channel.configureBlocking(false);
        channel.register(selector, SelectionKey.OP_ACCEPT);
        thread = new Thread(this::loop, "bench-server");
        thread.setDaemon(true);
    }

    /** Starts a server on a free loopback port that reports a concurrent limit of 25, as sentry.io does. */
    public static BenchServer start() {
        return start(SENTRY_IO_CONCURRENT_LIMIT);
    }

    /**
     * Starts a server that reports {@code concurrentLimit} in {@code X-Sentry-Rate-Limit-ConcurrentLimit}: a limit
     * above the calls in flight measures the client as against a self-hosted Sentry, which sets no limit.
     */
    public static BenchServer start(int concurrentLimit) {
        try {
            BenchServer server = new BenchServer(concurrentLimit);
            server.thread.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to give a client, such as {@code http://127.0.0.1:40123}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    int port() {
        try {
            return ((InetSocketAddress) channel.getLocalAddress()).getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole answer (status line, headers, body) to a {@code GET} of the issue. */
    byte[] issueResponse() {
        return issue.clone();
    }

    /** The whole answer to a {@code POST} of a comment. */
    byte[] commentResponse() {
        return comment.clone();
    }

    @Override
    public void close() {
        running = false;
        selector.wakeup();
        try {
            thread.join(5_000);
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loop() {
        try {
            while (running) {
                selector.select();
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else {
                        serve(key);
                    }
                }
            }
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
            selector.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept() throws IOException {
        SocketChannel client = channel.accept();
        if (client == null) {
            return;
        }
        client.configureBlocking(false);
        client.setOption(StandardSocketOptions.TCP_NODELAY, true);
        client.register(selector, SelectionKey.OP_READ, new Connection());
    }

    private void serve(SelectionKey key) {
        SocketChannel client = (SocketChannel) key.channel();
        Connection connection = (Connection) key.attachment();
        try {
            if (key.isReadable() && client.read(connection.in) < 0) {
                close(key);
                return;
            }
            answer(connection);
            flush(client, connection, key);
        } catch (IOException e) {
            close(key);
        }
    }

    /** Answers every complete request in the connection's input, pipelined ones included. */
    private void answer(Connection connection) {
        ByteBuffer in = connection.in;
        byte[] data = in.array();
        int start = 0;
        int end = in.position();
        while (true) {
            int headerEnd = indexOf(data, start, end, HEADER_END);
            if (headerEnd < 0) {
                break;
            }
            int bodyStart = headerEnd + HEADER_END.length;
            int requestEnd = bodyStart + contentLength(data, start, headerEnd);
            if (requestEnd > end) {
                break;
            }
            byte[] response = route(data, start);
            if (connection.out.remaining() < response.length) {
                // Answer the rest once the peer has read what is queued.
                break;
            }
            connection.out.put(response);
            start = requestEnd;
        }
        in.limit(end).position(start);
        in.compact();
    }

    private byte[] route(byte[] data, int start) {
        int pathStart = start;
        while (data[pathStart] != ' ') {
            pathStart++;
        }
        pathStart++;
        if (!startsWith(data, pathStart, ROUTE_PREFIX)) {
            return notFound;
        }
        if (data[start] == 'G') {
            return issue;
        }
        if (data[start] == 'P' && data[start + 1] == 'U') {
            return resolvedIssue;
        }
        if (data[start] == 'P' && data[start + 1] == 'O') {
            return comment;
        }
        return notFound;
    }

    private static void flush(SocketChannel client, Connection connection, SelectionKey key) throws IOException {
        ByteBuffer out = connection.out;
        out.flip();
        client.write(out);
        boolean done = !out.hasRemaining();
        out.compact();
        key.interestOps(done ? SelectionKey.OP_READ : SelectionKey.OP_READ | SelectionKey.OP_WRITE);
    }

    private static void close(SelectionKey key) {
        key.cancel();
        try {
            key.channel().close();
        } catch (IOException ignored) {
            // The peer is gone already.
        }
    }

    private static int contentLength(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((i == from || data[i - 1] == '\n') && startsWithIgnoringCase(data, i, CONTENT_LENGTH)) {
                int value = 0;
                for (int j = i + CONTENT_LENGTH.length; j < to && data[j] != '\r'; j++) {
                    if (data[j] >= '0' && data[j] <= '9') {
                        value = value * 10 + data[j] - '0';
                    }
                }
                return value;
            }
        }
        return 0;
    }

    private static int indexOf(byte[] data, int from, int to, byte[] needle) {
        for (int i = from; i <= to - needle.length; i++) {
            if (startsWith(data, i, needle)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        if (at + prefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithIgnoringCase(byte[] data, int at, byte[] lowerPrefix) {
        if (at + lowerPrefix.length > data.length) {
            return false;
        }
        for (int i = 0; i < lowerPrefix.length; i++) {
            int b = data[at + i];
            if ((b >= 'A' && b <= 'Z' ? b + 32 : b) != lowerPrefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Reads a fixture and writes it compact, as Sentry sends JSON. */
    static byte[] fixture(String name) {
        try (InputStream in = BenchServer.class.getResourceAsStream("/fixtures/bench/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + name);
            }
            ObjectMapper mapper = new ObjectMapper();
            return mapper.writeValueAsBytes(mapper.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] response(String status, byte[] body, int concurrentLimit) {
        String head = "HTTP/1.1 " + status + "\r\n"
                + "Server: nginx\r\n"
                + "Date: Fri, 06 Dec 2024 09:30:00 GMT\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Vary: Accept-Encoding, Cookie\r\n"
                + "Allow: GET, PUT, DELETE, HEAD, OPTIONS\r\n"
                + "X-Sentry-Rate-Limit-Limit: 40\r\n"
                + "X-Sentry-Rate-Limit-Remaining: 39\r\n"
                + "X-Sentry-Rate-Limit-Reset: 1733477401\r\n"
                + "X-Sentry-Rate-Limit-ConcurrentLimit: " + concurrentLimit + "\r\n"
                + "X-Sentry-Rate-Limit-ConcurrentRemaining: " + (concurrentLimit - 1) + "\r\n"
                + "\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    /** One connection's buffers, reused for every request on it. */
    private static final class Connection {
        final ByteBuffer in = ByteBuffer.allocate(BUFFER_SIZE);
        final ByteBuffer out = ByteBuffer.allocate(4 * BUFFER_SIZE);
    }
}
