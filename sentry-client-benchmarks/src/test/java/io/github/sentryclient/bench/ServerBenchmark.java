package io.github.sentryclient.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@link BenchServer} on its own, under a raw-socket client that writes fixed request bytes and reads the
 * known number of answer bytes: one request in flight, and 64 pipelined on one connection. It shows how much
 * headroom the server leaves the clients under test.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ServerBenchmark {

    private static final int PIPELINE = 64;

    private BenchServer server;
    private Socket socket;
    private OutputStream out;
    private InputStream in;
    private byte[] request;
    private byte[] pipelined;
    private byte[] buffer;
    private int answerLength;

    @Setup(Level.Trial)
    public void start() throws IOException {
        server = BenchServer.start();
        socket = new Socket("127.0.0.1", server.port());
        socket.setTcpNoDelay(true);
        out = socket.getOutputStream();
        in = socket.getInputStream();
        request = ("GET " + BenchServer.ISSUE_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + Contender.TOKEN + "\r\nAccept: application/json\r\n"
                + "User-Agent: raw/1.0\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        pipelined = new byte[request.length * PIPELINE];
        for (int i = 0; i < PIPELINE; i++) {
            System.arraycopy(request, 0, pipelined, i * request.length, request.length);
        }
        answerLength = server.issueResponse().length;
        buffer = new byte[answerLength * PIPELINE];
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        socket.close();
        server.close();
    }

    @Benchmark
    public byte oneInFlight() throws IOException {
        out.write(request);
        return readAnswers(1);
    }

    @Benchmark
    @OperationsPerInvocation(PIPELINE)
    public byte pipelined64() throws IOException {
        out.write(pipelined);
        return readAnswers(PIPELINE);
    }

    private byte readAnswers(int count) throws IOException {
        int expected = answerLength * count;
        int read = 0;
        while (read < expected) {
            int n = in.read(buffer, read, expected - read);
            if (n < 0) {
                throw new IOException("server closed the connection after " + read + " bytes");
            }
            read += n;
        }
        if (buffer[9] != '2') {
            throw new IOException("unexpected answer: " + new String(buffer, 0, 12, StandardCharsets.US_ASCII));
        }
        return buffer[expected - 1];
    }
}
