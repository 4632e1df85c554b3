package io.github.sentryclient.mcp;

import io.github.sentryclient.SentryClient;
import io.github.sentryclient.error.SentryClientException;
import io.github.sentryclient.testing.FakeSentry;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Sentry MCP server: {@code java -jar sentry-client-mcp-<version>.jar [--http PORT] [--read-only] [--demo]}.
 *
 * <p>It reads {@code SENTRY_AUTH_TOKEN}, {@code SENTRY_ORG}, {@code SENTRY_PROJECT} (optional) and
 * {@code SENTRY_URL} (optional, {@code https://sentry.io} by default; the organization's data region is found by
 * asking Sentry) from the environment, and serves {@link SentryTools} over stdio, or over streamable HTTP with
 * {@code --http}. Its log goes to stderr: on stdio, stdout is the protocol.
 */
@Command(name = "sentry-client-mcp", mixinStandardHelpOptions = true, versionProvider = SentryMcpServer.Version.class,
        sortOptions = false,
        description = {
            "A Model Context Protocol server for Sentry: issue triage tools for agents.",
            "Reads SENTRY_AUTH_TOKEN, SENTRY_ORG, SENTRY_PROJECT (optional) and SENTRY_URL (optional) from the"
                    + " environment. Serves over stdio unless --http is given."})
public final class SentryMcpServer implements Callable<Integer> {

    /** Exit status when the configuration is incomplete or Sentry refuses it. */
    static final int CONFIGURATION_ERROR = 2;

    @Option(names = "--http", paramLabel = "PORT",
            description = "Serve streamable HTTP at http://HOST:PORT/mcp instead of stdio (0: any free port).")
    Integer httpPort;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "The address to listen on with --http (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--read-only", description = "List and run only the tools that read; nothing is changed.")
    boolean readOnly;

    @Option(names = "--demo", description = "Serve the tools against an in-process fake Sentry seeded with three"
            + " issues: no account or token needed.")
    boolean demo;

    private final InputStream in;
    private final OutputStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    SentryMcpServer(InputStream in, OutputStream out, PrintStream err, Map<String, String> env) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.env = env;
    }

    /** Runs the server until stdin closes (stdio) or the process is stopped (HTTP). */
    public static void main(String[] args) {
        PrintStream protocol = System.out;
        // Whatever prints to System.out from here on lands on stderr, never in the protocol.
        System.setOut(System.err);
        System.exit(run(args, System.in, protocol, System.err, System.getenv()));
    }

    static int run(String[] args, InputStream in, OutputStream out, PrintStream err, Map<String, String> env) {
        CommandLine command = new CommandLine(new SentryMcpServer(in, out, err, env));
        command.setOut(new java.io.PrintWriter(err, true));
        command.setErr(new java.io.PrintWriter(err, true));
        return command.execute(args);
    }

    @Override
    public Integer call() throws Exception {
        FakeSentry fake = null;
        SentryClient client;
        try {
            if (demo) {
                fake = FakeSentry.start();
                fake.addDemoIssues();
                client = fake.clientBuilder().build();
                err.println("sentry-client-mcp: demo mode, serving a fake Sentry with issues PUMP-STATION-1A,"
                        + " PUMP-STATION-1B and PUMP-STATION-19");
            } else {
                client = SentryClient.builder().fromEnv(env).discoverRegion().build();
            }
        } catch (IllegalArgumentException | SentryClientException refused) {
            err.println("sentry-client-mcp: " + refused.getMessage());
            return CONFIGURATION_ERROR;
        }
        try (client) {
            List<SyncToolSpecification> tools = SentryTools.specifications(client, readOnly);
            String instructions = McpServers.instructions(client.config().orgSlug(), readOnly);
            return httpPort == null ? serveStdio(tools, instructions) : serveHttp(tools, instructions);
        } finally {
            if (fake != null) {
                fake.close();
            }
        }
    }

    private int serveStdio(List<SyncToolSpecification> tools, String instructions) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        StdioServerTransportProvider transport = new StdioServerTransportProvider(McpJson.protocol(),
                new EndAware(in, closed), out);
        McpSyncServer server = McpServers.configure(McpServer.sync(transport), tools, instructions).build();
        err.println("sentry-client-mcp " + McpServers.version() + ": serving " + tools.size() + " tools on stdio"
                + (readOnly ? " (read-only)" : ""));
        closed.await();
        server.closeGracefully();
        return 0;
    }

    private int serveHttp(List<SyncToolSpecification> tools, String instructions) throws Exception {
        Optional<String> configured = Optional.ofNullable(env.get("SENTRY_MCP_SECRET")).map(String::trim)
                .filter(secret -> !secret.isEmpty());
        String secret = configured.orElseGet(SentryMcpServer::newSecret);
        HttpMcpServer server = HttpMcpServer.start(host, httpPort, secret, tools, instructions);
        err.println("sentry-client-mcp " + McpServers.version() + ": serving " + tools.size() + " tools at "
                + server.url() + (readOnly ? " (read-only)" : ""));
        err.println(configured.isPresent() ? "Requests need Authorization: Bearer $SENTRY_MCP_SECRET"
                : "Requests need Authorization: Bearer " + secret);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception ignored) {
                // The process is ending.
            }
        }, "sentry-client-mcp-shutdown"));
        server.join();
        return 0;
    }

    /** 32 random bytes, base64url: a secret for this run. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Standard input that says when it has ended, so that the server stops with its client. */
    private static final class EndAware extends FilterInputStream {

        private final CountDownLatch ended;

        EndAware(InputStream in, CountDownLatch ended) {
            super(in);
            this.ended = ended;
        }

        @Override
        public int read() throws IOException {
            return ended(super.read());
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return ended(super.read(buffer, offset, length));
            } catch (IOException failed) {
                ended.countDown();
                throw failed;
            }
        }

        private int ended(int read) {
            if (read == -1) {
                ended.countDown();
            }
            return read;
        }
    }

    /** The version for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {

        @Override
        public String[] getVersion() {
            return new String[] {"sentry-client-mcp " + McpServers.version()};
        }
    }
}
