package org.masthead.webhooks;

import org.masthead.platform.InvalidInputException;
import org.springframework.stereotype.Component;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a webhook URL: http or https (https only unless http is allowed), a host, no credentials, and every
 * address the host resolves to passing {@link AddressRule} (one bad address is enough to refuse, since the
 * client may pick any). It runs when an endpoint is saved, as a field error on {@code url}, and again right
 * before each delivery, because DNS can change in between. The JVM keeps a successful lookup for 30 seconds
 * ({@code networkaddress.cache.ttl}), so the HTTP client connects to the addresses just checked instead of
 * asking DNS again; rejected: connecting to the checked IP by hand, which breaks TLS name checks and SNI.
 */
@Component
class UrlGuard {

    static final int MAX_LENGTH = 2000;

    private final WebhookProperties props;

    UrlGuard(WebhookProperties props) {
        this.props = props;
    }

    /** The URL to store; refused with a field error naming {@code url}. */
    String registrable(String url) {
        Optional<String> why = refusal(url, props.allowHttp(), props.allowPrivateAddresses(), HostResolver.SYSTEM);
        if (why.isPresent()) {
            throw new InvalidInputException("url", why.get());
        }
        return url.trim();
    }

    /** Why a stored URL may not be called now (its host may resolve elsewhere than when it was saved). */
    Optional<String> refusalBeforeSending(String url) {
        return refusal(url, props.allowHttp(), props.allowPrivateAddresses(), HostResolver.SYSTEM);
    }

    static Optional<String> refusal(String url, boolean allowHttp, boolean allowPrivate, HostResolver resolver) {
        if (url == null || url.isBlank()) {
            return Optional.of("required");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.of("not a valid URL");
        }
        return shapeRefusal(uri, allowHttp).or(() -> addressRefusal(uri.getHost(), allowPrivate, resolver));
    }

    private static Optional<String> shapeRefusal(URI uri, boolean allowHttp) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("use an https:// URL");
        }
        if (scheme.equals("http") && !allowHttp) {
            return Optional.of("use https://; this server does not send webhooks over plain http");
        }
        if (uri.isOpaque() || uri.getHost() == null) {
            return Optional.of("not a valid URL: it names no host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("leave out user names, passwords and #fragments");
        }
        return Optional.empty();
    }

    private static Optional<String> addressRefusal(String host, boolean allowPrivate, HostResolver resolver) {
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("the host " + host + " does not resolve");
        }
        for (InetAddress a : addresses) {
            Optional<String> kind = AddressRule.refusal(a, allowPrivate);
            if (kind.isPresent()) {
                return Optional.of(host + " resolves to " + a.getHostAddress() + ", a " + kind.get()
                        + " address; webhooks go to public addresses only");
            }
        }
        return Optional.empty();
    }
}
