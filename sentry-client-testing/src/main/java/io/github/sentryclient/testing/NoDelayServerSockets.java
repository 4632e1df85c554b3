package io.github.sentryclient.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * The fake's server sockets: their connections send small writes at once (TCP_NODELAY). The server writes an
 * answer's headers and body separately; with Nagle's algorithm each answer would wait for the client's delayed ACK
 * (about 40 ms on loopback). Set on these sockets only, never as a JVM-wide setting.
 */
final class NoDelayServerSockets extends ServerSocketFactory {

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new NoDelay();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        return bound(port, 50, null);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        return bound(port, backlog, null);
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        return bound(port, backlog, address);
    }

    private static ServerSocket bound(int port, int backlog, InetAddress address) throws IOException {
        ServerSocket socket = new NoDelay();
        socket.bind(new InetSocketAddress(address, port), backlog);
        return socket;
    }

    private static final class NoDelay extends ServerSocket {
        NoDelay() throws IOException {
            super();
        }

        @Override
        public Socket accept() throws IOException {
            Socket socket = super.accept();
            socket.setTcpNoDelay(true);
            return socket;
        }
    }
}
