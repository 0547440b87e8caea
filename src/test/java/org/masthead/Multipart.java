package org.masthead;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/** A multipart/form-data body for tests: text fields and files, in order. */
public record Multipart(String contentType, byte[] body) {

    /** A text field ({@code filename} null) or a file. */
    public record Part(String name, String filename, String type, byte[] bytes) {

        public static Part text(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        public static Part file(String name, String filename, String type, byte[] bytes) {
            return new Part(name, filename, type, bytes);
        }
    }

    public static Multipart of(List<Part> parts) {
        String boundary = "----masthead" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part p : parts) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + p.name() + "\""
                    + (p.filename() == null ? "" : "; filename=\"" + p.filename() + "\"\r\nContent-Type: " + p.type())
                    + "\r\n\r\n");
            body.writeBytes(p.bytes());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return new Multipart("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
