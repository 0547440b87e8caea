package org.masthead.members;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.masthead.Http;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A reader's browser for HTTP tests: keeps cookies, follows no redirects, and posts forms the way a browser
 * does from this site's own pages (an {@code Origin} of the site, no token), from its own client address.
 */
public final class ReaderBrowser {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private final String base;
    private final String address;

    public ReaderBrowser(int port, String address) {
        this.base = "http://127.0.0.1:" + port;
        this.address = address;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    public Document page(String path) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + r.statusCode() + " " + r.headers().firstValue("location").orElse(""));
        }
        return Jsoup.parse(r.body(), base + path);
    }

    /** A same-origin form post (what a browser sends from one of our pages). */
    public HttpResponse<String> post(String path, String... fields) {
        return postWith(path, new String[]{"Origin", base}, fields);
    }

    /** A form post with the given headers (name, value pairs) instead of a same-origin {@code Origin}. */
    public HttpResponse<String> postWith(String path, String[] headers, String... fields) {
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(Http.form(fields))).build());
    }

    public Optional<HttpCookie> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
    }

    /** Sets a cookie as if the site had (a forged or stale one, say). */
    public void setCookie(String name, String value) {
        forget(name);
        HttpCookie c = new HttpCookie(name, value);
        c.setPath("/");
        c.setDomain("127.0.0.1"); // as the store records the site's own cookies, so the site's next one replaces it
        c.setVersion(0);
        cookies.getCookieStore().add(URI.create(base + "/"), c);
    }

    public void forget(String name) {
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).toList()
                .forEach(c -> cookies.getCookieStore().getURIs().forEach(u -> cookies.getCookieStore().remove(u, c)));
    }

    public String base() {
        return base;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", address)
                .header("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36")
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) {
        return Http.send(client, request);
    }
}
