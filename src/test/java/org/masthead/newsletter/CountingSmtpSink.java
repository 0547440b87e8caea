package org.masthead.newsletter;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server that accepts every message and keeps nothing but counts: how many messages it accepted, and (when
 * asked to) how many per recipient. For the kill test, where thousands of messages arrive from a child JVM, and
 * for the send benchmark, where it must never be the bottleneck. It speaks just enough SMTP for a JavaMail client:
 * EHLO/HELO, MAIL, RCPT, DATA (counted at the final dot, when it answers 250), RSET, NOOP, QUIT.
 */
final class CountingSmtpSink implements AutoCloseable {

    private final ServerSocket listener;
    private final boolean perRecipient;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicInteger connections = new AtomicInteger();
    private final Map<String, AtomicInteger> byRecipient = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "smtp-sink");
        t.setDaemon(true);
        return t;
    });

    CountingSmtpSink(boolean perRecipient) {
        this.perRecipient = perRecipient;
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(this::accept);
    }

    int port() {
        return listener.getLocalPort();
    }

    long accepted() {
        return accepted.get();
    }

    int connections() {
        return connections.get();
    }

    /** Messages accepted per recipient address (lower case); empty unless counting per recipient. */
    Map<String, AtomicInteger> byRecipient() {
        return byRecipient;
    }

    @Override
    public void close() throws IOException {
        listener.close();
        threads.shutdownNow();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                connections.incrementAndGet();
                threads.execute(() -> converse(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket client) {
        try (client) {
            InputStream in = new BufferedInputStream(client.getInputStream(), 65536);
            OutputStream out = client.getOutputStream();
            reply(out, "220 sink ESMTP ready");
            List<String> recipients = new ArrayList<>();
            for (String line = readLine(in); line != null; line = readLine(in)) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> reply(out, "250-sink\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "RCPT" -> {
                        recipients.add(address(line));
                        reply(out, "250 2.1.5 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 go ahead");
                        skipBody(in);
                        accepted.incrementAndGet();
                        if (perRecipient) {
                            recipients.forEach(r -> byRecipient.computeIfAbsent(r, k -> new AtomicInteger()).incrementAndGet());
                        }
                        recipients.clear();
                        reply(out, "250 2.0.0 accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    case "RSET" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    default -> reply(out, "250 OK"); // HELO, MAIL, NOOP
                }
            }
        } catch (IOException dropped) {
            // the client went away, or was killed
        }
    }

    private static String address(String rcpt) {
        int open = rcpt.indexOf('<');
        int close = rcpt.indexOf('>');
        return open >= 0 && close > open ? rcpt.substring(open + 1, close).toLowerCase(Locale.ROOT) : rcpt;
    }

    private static void skipBody(InputStream in) throws IOException {
        for (String line = readLine(in); line != null && !line.equals("."); line = readLine(in)) {
            // counted, not kept
        }
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
