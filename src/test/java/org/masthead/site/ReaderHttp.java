package org.masthead.site;

import org.masthead.Http;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One browser over real HTTP for paywall tests: it keeps the cookies answers set and sends them back. */
final class ReaderHttp {

    private final Http http;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    ReaderHttp(int port) {
        this.http = new Http(port);
    }

    /** Sends {@code name=value} from now on. */
    ReaderHttp with(String pair) {
        cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        return this;
    }

    /** The value of a cookie the answers set, or null. */
    String cookie(String name) {
        return cookies.get(name);
    }

    HttpResponse<String> get(String path, String... headers) {
        return keep(http.get(path, headers(headers)));
    }

    HttpResponse<byte[]> getBytes(String path, String... headers) {
        return keep(http.getBytes(path, headers(headers)));
    }

    HttpResponse<String> head(String path, String... headers) {
        return keep(http.send("HEAD", path, null, null, headers(headers)));
    }

    private String[] headers(String... headers) {
        List<String> all = new ArrayList<>(List.of(headers));
        if (!cookies.isEmpty()) {
            all.add("Cookie");
            all.add(String.join("; ", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        return all.toArray(String[]::new);
    }

    private <T> HttpResponse<T> keep(HttpResponse<T> r) {
        for (String header : r.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return r;
    }
}
