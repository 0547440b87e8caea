package org.masthead.webhooks;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which addresses a webhook may be sent to: a pure function of the address. Loopback, private, link-local
 * and CGNAT addresses are refused unless private addresses are allowed (a test, or an intranet install);
 * unspecified, multicast and reserved addresses never name a receiver, and cloud metadata addresses hand out
 * credentials, so those are refused always. IPv6 addresses that carry an IPv4 address (mapped, compatible,
 * NAT64, 6to4) are judged by the IPv4 address they reach.
 */
final class AddressRule {

    enum Kind {
        LOOPBACK(true), PRIVATE(true), LINK_LOCAL(true), CGNAT(true),
        UNSPECIFIED(false), MULTICAST(false), RESERVED(false), METADATA(false);

        /** Whether {@code allow-private-addresses} lifts the refusal. */
        final boolean privateKind;

        Kind(boolean privateKind) {
            this.privateKind = privateKind;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private record Block(byte[] prefix, int bits, Kind kind) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (prefix[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** First match wins, so the metadata addresses come before the link-local and CGNAT blocks holding them. */
    private static final List<Block> BLOCKS = List.of(
            block("169.254.169.254/32", Kind.METADATA), // AWS, GCP, Azure, OpenStack, Oracle
            block("169.254.170.2/32", Kind.METADATA),   // AWS ECS task credentials
            block("100.100.100.200/32", Kind.METADATA), // Alibaba Cloud
            block("192.0.0.192/32", Kind.METADATA),     // Oracle Cloud Classic
            block("fd00:ec2::254/128", Kind.METADATA),  // AWS over IPv6
            block("0.0.0.0/8", Kind.UNSPECIFIED),
            block("127.0.0.0/8", Kind.LOOPBACK),
            block("10.0.0.0/8", Kind.PRIVATE),
            block("172.16.0.0/12", Kind.PRIVATE),
            block("192.168.0.0/16", Kind.PRIVATE),
            block("192.0.0.0/24", Kind.PRIVATE),       // IETF protocol assignments
            block("198.18.0.0/15", Kind.PRIVATE),      // benchmarking networks
            block("100.64.0.0/10", Kind.CGNAT),
            block("169.254.0.0/16", Kind.LINK_LOCAL),
            block("224.0.0.0/4", Kind.MULTICAST),
            block("240.0.0.0/4", Kind.RESERVED),       // and 255.255.255.255, broadcast
            block("::/128", Kind.UNSPECIFIED),
            block("::1/128", Kind.LOOPBACK),
            block("fc00::/7", Kind.PRIVATE),
            block("fec0::/10", Kind.PRIVATE),          // site-local, deprecated but routable inside some networks
            block("fe80::/10", Kind.LINK_LOCAL),
            block("ff00::/8", Kind.MULTICAST));

    private AddressRule() {
    }

    /** Why {@code address} may not receive webhooks, or empty when it may. */
    static Optional<String> refusal(InetAddress address, boolean allowPrivate) {
        return kind(address).filter(k -> !(allowPrivate && k.privateKind)).map(Kind::label);
    }

    /** The special kind of the address, or empty for an ordinary public one. */
    static Optional<Kind> kind(InetAddress address) {
        byte[] bytes = embeddedIpv4(address.getAddress());
        return BLOCKS.stream().filter(b -> b.contains(bytes)).map(Block::kind).findFirst();
    }

    /**
     * The IPv4 address inside ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::a.b.c.d (NAT64) and
     * 2002:aabb:ccdd:: (6to4); any other address as it is.
     */
    static byte[] embeddedIpv4(byte[] a) {
        if (a.length != 16) {
            return a;
        }
        boolean zeros80 = isZero(a, 0, 10);
        boolean mapped = zeros80 && (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
        boolean compatible = zeros80 && a[10] == 0 && a[11] == 0
                && !(isZero(a, 12, 15) && (a[15] & 0xff) <= 1); // :: and ::1 are themselves
        boolean nat64 = (a[0] & 0xff) == 0 && (a[1] & 0xff) == 0x64 && (a[2] & 0xff) == 0xff
                && (a[3] & 0xff) == 0x9b && isZero(a, 4, 12);
        if (mapped || compatible || nat64) {
            return Arrays.copyOfRange(a, 12, 16);
        }
        if ((a[0] & 0xff) == 0x20 && (a[1] & 0xff) == 0x02) {
            return Arrays.copyOfRange(a, 2, 6);
        }
        return a;
    }

    private static boolean isZero(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Block block(String cidr, Kind kind) {
        int slash = cidr.indexOf('/');
        try {
            byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress(); // a literal: no lookup
            return new Block(prefix, Integer.parseInt(cidr.substring(slash + 1)), kind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr, e);
        }
    }
}
