package org.masthead;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An SMTP relay in front of GreenMail that fails on purpose, the way real mail servers do: it can refuse
 * connections (an outage), or answer {@code RCPT TO} for a chosen recipient with a scripted reply (550 for a
 * mailbox that does not exist, 451 for one that is busy). Everything else passes through to GreenMail line by
 * line, so the client speaks real SMTP and GreenMail receives what a recipient would. Faults are per
 * recipient, so other tests' mail goes through meanwhile.
 */
public final class SmtpFaultRelay {

    private static final Pattern RCPT = Pattern.compile("RCPT TO:\\s*<([^>]*)>.*", Pattern.CASE_INSENSITIVE);
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private record Fault(String reply, AtomicInteger left) { }

    private final int upstreamPort;
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final int port;
    private volatile ServerSocket listener;
    private volatile Thread acceptor;

    SmtpFaultRelay(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.listener = new ServerSocket(0, 50, LOOPBACK);
        this.port = listener.getLocalPort();
        acceptInBackground(listener);
    }

    public int port() {
        return port;
    }

    /** Answers RCPT TO for this recipient with {@code reply} the next {@code times} times, then passes it on. */
    public void failRecipient(String address, String reply, int times) {
        faults.put(address.toLowerCase(Locale.ROOT), new Fault(reply, new AtomicInteger(times)));
    }

    /** How many connections clients have opened so far. */
    public int connectionsAccepted() {
        return accepted.get();
    }

    /** Closes every open connection, as a server does with idle ones; new connections are welcome. */
    public void dropConnections() throws IOException {
        for (Socket client : clients) {
            client.close();
        }
    }

    /**
     * An outage: connections are refused until {@link #resume()}. Returns once the listener's thread has stopped, so
     * that no connection made afterwards slips in while the closed socket's last accept is still under way.
     */
    public synchronized void refuseConnections() throws IOException {
        listener.close();
        try {
            acceptor.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public synchronized void resume() throws IOException {
        if (listener.isClosed()) {
            ServerSocket again = new ServerSocket();
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(LOOPBACK, port), 50);
            listener = again;
            acceptInBackground(again);
        }
    }

    private void acceptInBackground(ServerSocket socket) {
        acceptor = daemon("smtp-relay-accept-" + port, () -> {
            while (!socket.isClosed()) {
                try {
                    Socket client = socket.accept();
                    if (socket.isClosed()) { // accepted as the outage began: refused like the rest
                        client.close();
                        return;
                    }
                    accepted.incrementAndGet();
                    clients.add(client);
                    daemon("smtp-relay-" + client.getPort(), () -> relay(client));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private void relay(Socket client) {
        try (client; Socket upstream = new Socket(LOOPBACK, upstreamPort)) {
            InputStream fromClient = new BufferedInputStream(client.getInputStream());
            InputStream fromServer = new BufferedInputStream(upstream.getInputStream());
            OutputStream toClient = client.getOutputStream();
            OutputStream toServer = upstream.getOutputStream();
            passReply(fromServer, toClient); // the greeting
            boolean inData = false;
            for (String line = readLine(fromClient); line != null; line = readLine(fromClient)) {
                String scripted = inData ? null : scriptedReply(line);
                if (scripted != null) {
                    write(toClient, scripted);
                    continue;
                }
                write(toServer, line);
                if (inData && !line.equals(".")) {
                    continue;
                }
                String reply = passReply(fromServer, toClient);
                inData = line.equalsIgnoreCase("DATA") && reply.startsWith("354");
            }
        } catch (IOException dropped) {
            // the client or GreenMail hung up; so does the relay
        } finally {
            clients.remove(client);
        }
    }

    private String scriptedReply(String line) {
        Matcher m = RCPT.matcher(line);
        Fault fault = m.matches() ? faults.get(m.group(1).toLowerCase(Locale.ROOT)) : null;
        return fault != null && fault.left().getAndDecrement() > 0 ? fault.reply() : null;
    }

    /** Copies one reply, all lines of a multi-line one, and returns its last line. */
    private static String passReply(InputStream from, OutputStream to) throws IOException {
        String line;
        do {
            line = readLine(from);
            if (line == null) {
                throw new IOException("server closed the connection");
            }
            write(to, line);
        } while (line.length() > 3 && line.charAt(3) == '-');
        return line;
    }

    /** One line without its CRLF; bytes kept as they are (Latin-1 maps each byte to one char). */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        String s = line.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static void write(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static Thread daemon(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
