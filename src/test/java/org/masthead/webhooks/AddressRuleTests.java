package org.masthead.webhooks;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which addresses may receive webhooks: a matrix of address × allow-private-addresses. */
class AddressRuleTests {

    @ParameterizedTest(name = "{0} is {1}; with private addresses allowed: {2}")
    @CsvSource({
            // IPv4
            "127.0.0.1,        loopback,    allowed",
            "127.255.255.254,  loopback,    allowed",
            "10.0.0.5,         private,     allowed",
            "172.16.0.1,       private,     allowed",
            "172.31.255.255,   private,     allowed",
            "192.168.1.20,     private,     allowed",
            "100.64.0.1,       cgnat,       allowed",
            "100.127.255.254,  cgnat,       allowed",
            "169.254.10.10,    link-local,  allowed",
            "169.254.169.254,  metadata,    refused",
            "169.254.170.2,    metadata,    refused",
            "100.100.100.200,  metadata,    refused",
            "0.0.0.0,          unspecified, refused",
            "224.0.0.1,        multicast,   refused",
            "239.255.255.250,  multicast,   refused",
            "255.255.255.255,  reserved,    refused",
            "8.8.8.8,          public,      allowed",
            "93.184.216.34,    public,      allowed",
            "172.32.0.1,       public,      allowed",
            "100.128.0.1,      public,      allowed",
            "192.169.0.1,      public,      allowed",
            // IPv6
            "::1,              loopback,    allowed",
            "::,               unspecified, refused",
            "fc00::1,          private,     allowed",
            "fd12:3456::1,     private,     allowed",
            "fd00:ec2::254,    metadata,    refused",
            "fe80::1,          link-local,  allowed",
            "febf::1,          link-local,  allowed",
            "fec0::1,          private,     allowed",
            "ff02::1,          multicast,   refused",
            "2606:4700:4700::1111, public,  allowed",
            "fbff::1,          public,      allowed",
            // IPv6 carrying IPv4
            "::ffff:10.1.2.3,  private,     allowed",
            "::127.0.0.1,      loopback,    allowed",
            "64:ff9b::7f00:1,  loopback,    allowed",
            "64:ff9b::a9fe:a9fe, metadata,  refused",
            "2002:c0a8:0101::1, private,    allowed",
            "2002:0808:0808::1, public,     allowed",
            "64:ff9b::808:808, public,      allowed"
    })
    void classifiesAddresses(String literal, String kind, String withPrivateAllowed) throws UnknownHostException {
        InetAddress address = InetAddress.getByName(literal);
        assertThat(AddressRule.kind(address).map(AddressRule.Kind::label).orElse("public")).isEqualTo(kind);
        assertThat(AddressRule.refusal(address, false).isPresent()).as("refused by default").isEqualTo(!kind.equals("public"));
        assertThat(AddressRule.refusal(address, true).isPresent() ? "refused" : "allowed").isEqualTo(withPrivateAllowed);
    }

    @Test
    void judgesAnIpv4MappedAddressKeptAsIpv6ByItsIpv4Address() throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = (byte) 169;
        mapped[13] = (byte) 254;
        mapped[14] = (byte) 169;
        mapped[15] = (byte) 254;
        InetAddress v6 = Inet6Address.getByAddress(null, mapped, -1);
        assertThat(v6).isInstanceOf(Inet6Address.class);
        assertThat(AddressRule.refusal(v6, true)).contains("metadata");
        mapped[12] = 127;
        assertThat(AddressRule.refusal(Inet6Address.getByAddress(null, mapped, -1), false)).contains("loopback");
    }
}
