package org.masthead.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/** Every address a host name resolves to; the seam tests replace to make a name point anywhere. */
@FunctionalInterface
interface HostResolver {

    /** The JVM's resolver, the one {@link java.net.http.HttpClient} connects through. */
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
