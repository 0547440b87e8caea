package org.masthead.platform;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves a view name like {@code site/article} to {@code site/article.jte}. Controllers put one typed
 * view record under the key {@code page}; the template declares {@code @param ArticlePage page}.
 */
final class JteViewResolver implements ViewResolver, Ordered {

    private final TemplateEngine engine;

    JteViewResolver(TemplateEngine engine) {
        this.engine = engine;
    }

    @Override
    public View resolveViewName(String viewName, Locale locale) {
        if (viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
            return null;
        }
        String template = viewName + ".jte";
        return engine.hasTemplate(template) ? new JteView(template) : null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    private final class JteView implements View {
        private final String template;

        JteView(String template) {
            this.template = template;
        }

        @Override
        public String getContentType() {
            return "text/html;charset=UTF-8";
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest req, HttpServletResponse res) throws Exception {
            Utf8ByteOutput out = new Utf8ByteOutput();
            Object page = model == null ? null : model.get("page");
            engine.render(template, page, out);
            res.setContentType(getContentType());
            res.setContentLength(out.getContentLength());
            // One write: the response passes through several wrappers, each paying per call, and jte's
            // output is hundreds of small chunks.
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(out.getContentLength());
            out.writeTo(bytes);
            bytes.writeTo(res.getOutputStream());
        }
    }
}
