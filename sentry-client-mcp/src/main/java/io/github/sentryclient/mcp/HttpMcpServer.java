package io.github.sentryclient.mcp;

import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The MCP server on streamable HTTP: the MCP SDK's servlet transport at {@code /mcp} in an embedded Jetty, behind a
 * filter that lets through only requests carrying the server's bearer secret.
 */
final class HttpMcpServer implements AutoCloseable {

    /** The endpoint's path. */
    static final String ENDPOINT = "/mcp";

    private final Server jetty;
    private final McpSyncServer mcp;
    private final String url;

    private HttpMcpServer(Server jetty, McpSyncServer mcp, String url) {
        this.jetty = jetty;
        this.mcp = mcp;
        this.url = url;
    }

    /**
     * Starts serving {@code tools} on {@code host:port} (port 0: any free port).
     *
     * @param secret the bearer secret every request must carry
     */
    static HttpMcpServer start(String host, int port, String secret, List<SyncToolSpecification> tools,
            String instructions) throws Exception {
        HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider
                .builder()
                .jsonMapper(McpJson.protocol())
                .mcpEndpoint(ENDPOINT)
                // A browser page may not call a server on this machine (DNS rebinding): only local origins.
                .httpHeaderValidator(DefaultServerTransportSecurityValidator.builder()
                        .allowedOrigins(List.of("http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*"))
                        .build())
                .build();
        McpSyncServer mcp = McpServers.configure(McpServer.sync(transport), tools, instructions).build();
        Server jetty = new Server(new InetSocketAddress(host, port));
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        ServletHolder servlet = new ServletHolder(transport);
        servlet.setAsyncSupported(true);
        context.addServlet(servlet, ENDPOINT);
        FilterHolder filter = new FilterHolder(new BearerFilter(secret));
        filter.setAsyncSupported(true);
        context.addFilter(filter, "/*", EnumSet.of(DispatcherType.REQUEST));
        jetty.setHandler(context);
        jetty.setStopAtShutdown(false);
        try {
            jetty.start();
        } catch (Exception failed) {
            mcp.close();
            jetty.stop();
            throw failed;
        }
        int bound = ((ServerConnector) jetty.getConnectors()[0]).getLocalPort();
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return new HttpMcpServer(jetty, mcp, "http://" + shownHost + ":" + bound + ENDPOINT);
    }

    /** The endpoint's URL, such as {@code http://127.0.0.1:8931/mcp}. */
    String url() {
        return url;
    }

    /** Blocks until the server stops. */
    void join() throws InterruptedException {
        jetty.join();
    }

    @Override
    public void close() throws Exception {
        mcp.closeGracefully();
        jetty.stop();
    }

    /** Answers 401 to every request without {@code Authorization: Bearer <secret>}; nothing else sees it. */
    static final class BearerFilter implements Filter {

        private final byte[] expected;

        BearerFilter(String secret) {
            this.expected = ("Bearer " + secret).getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String header = ((HttpServletRequest) request).getHeader("Authorization");
            if (header != null && MessageDigest.isEqual(expected, header.getBytes(StandardCharsets.UTF_8))) {
                chain.doFilter(request, response);
                return;
            }
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(401);
            http.setHeader("WWW-Authenticate", "Bearer realm=\"sentry-client-mcp\"");
            http.setContentType("application/json");
            http.getWriter().write("{\"error\":\"unauthorized\",\"error_description\":\"This MCP server needs"
                    + " Authorization: Bearer <its secret> (SENTRY_MCP_SECRET, or the one it printed at start)\"}");
        }
    }
}
