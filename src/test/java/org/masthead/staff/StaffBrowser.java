package org.masthead.staff;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.masthead.Multipart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * A staff member's browser for HTTP tests: keeps cookies, follows no redirects, scrapes the CSRF field from
 * the last form it saw, and comes from its own client address (tests run behind a trusted "proxy").
 */
public final class StaffBrowser {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private final String base;
    private final String address;
    private String csrf;
    private final java.util.Map<String, String> always = new java.util.LinkedHashMap<>();

    public StaffBrowser(int port, String address) {
        this.base = "http://127.0.0.1:" + port;
        this.address = address;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> r = send(request(path).GET().build());
        remember(r);
        return r;
    }

    public Document page(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + " " + r.headers().firstValue("location").orElse(""));
        }
        return Jsoup.parse(r.body(), base + path);
    }

    /** Posts a form with the CSRF field of the last page seen (fetching the sign-in form first if none). */
    public HttpResponse<String> post(String path, String... fields) {
        if (csrf == null) {
            get("/admin/login");
        }
        String[] all = new String[fields.length + 2];
        System.arraycopy(fields, 0, all, 0, fields.length);
        all[fields.length] = "_csrf";
        all[fields.length + 1] = csrf;
        return postWithoutCsrf(path, all);
    }

    public HttpResponse<String> postWithoutCsrf(String path, String... fields) {
        StringJoiner body = new StringJoiner("&");
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.add(enc(fields[i]) + "=" + enc(fields[i + 1]));
        }
        HttpResponse<String> r = send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        remember(r);
        return r;
    }

    /** A multipart/form-data POST of {@code parts} with extra headers as name, value pairs; no CSRF is added. */
    public HttpResponse<String> postMultipart(String path, List<Multipart.Part> parts, String... headers) {
        Multipart body = Multipart.of(parts);
        HttpRequest.Builder b = request(path).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.body()));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = send(b.build());
        remember(r);
        return r;
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    /** Sets a cookie for the whole site, as if an earlier answer had set it. */
    public void cookie(String name, String value) {
        HttpCookie c = new HttpCookie(name, value);
        c.setPath("/");
        c.setVersion(0);
        cookies.getCookieStore().add(URI.create(base + "/"), c);
    }

    public void forget(String cookieName) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(cookieName)).toList()
                .forEach(c -> cookies.getCookieStore().getURIs().forEach(u -> cookies.getCookieStore().remove(u, c)));
    }

    /** Sends this header with every later request (as a browser sends {@code Origin} with its form posts). */
    public StaffBrowser always(String name, String value) {
        always.put(name, value);
        return this;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address)
                .header("User-Agent", "StaffBrowser/1.0 (test)");
        always.forEach(b::header);
        return b;
    }

    private void remember(HttpResponse<String> r) {
        Element field = Jsoup.parse(r.body()).selectFirst("input[name=_csrf]");
        if (field != null) {
            csrf = field.val();
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
