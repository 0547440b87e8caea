package org.masthead.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The address of the client behind a request, for throttling and logs. X-Forwarded-For is believed only when
 * the request came from a configured trusted proxy, and then only up to the first hop that is not one: anyone
 * can send the header, so trusting it by default would let a client pick the address it is counted under.
 */
@Component
public class ClientAddress {

    private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<IpAddressMatcher> trusted;

    ClientAddress(PlatformProperties props) {
        this.trusted = props.trustedProxies().stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new).toList();
    }

    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    }

    String of(String remote, String forwardedFor) {
        if (forwardedFor == null || !trusted(remote)) {
            return remote;
        }
        String[] hops = forwardedFor.split(",");
        String client = remote;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!IP.matcher(hop).matches()) {
                return client; // a malformed entry: stop at the last address a trusted proxy vouched for
            }
            client = hop;
            if (!trusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean trusted(String address) {
        for (IpAddressMatcher m : trusted) {
            try {
                if (m.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException notAnAddress) {
                return false;
            }
        }
        return false;
    }
}
