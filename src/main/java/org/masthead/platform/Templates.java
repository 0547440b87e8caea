package org.masthead.platform;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Renders a jte template with its one view record to bytes, for callers that cache or mail the result. */
@Component
public class Templates {

    private final TemplateEngine engine;

    Templates(TemplateEngine engine) {
        this.engine = engine;
    }

    public byte[] render(String template, Object page) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        engine.render(template + ".jte", page, out);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(out.getContentLength());
        try {
            out.writeTo(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
