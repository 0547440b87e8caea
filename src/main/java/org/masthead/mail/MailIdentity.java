package org.masthead.mail;

import jakarta.mail.internet.InternetAddress;
import org.masthead.platform.PublicationProperties;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Who the publication's mail comes from, and the Message-IDs it mints under the From address's domain. */
@Component
class MailIdentity {

    private final String address;
    private final String name;

    MailIdentity(MailProperties props, PublicationProperties publication) {
        this.address = props.from().isBlank() ? "noreply@" + URI.create(publication.baseUrl()).getHost() : props.from();
        this.name = props.fromName().isBlank() ? publication.name() : props.fromName();
        if (!props.from().isBlank()) {
            MailAddresses.problem(address).ifPresent(problem -> {
                throw new IllegalStateException("masthead.mail.from (MASTHEAD_MAIL_FROM) " + problem + ": " + address);
            });
        }
    }

    InternetAddress from() {
        try {
            return new InternetAddress(address, name, StandardCharsets.UTF_8.name());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A globally unique Message-ID (RFC 5322 §3.6.4), chosen once per message and kept across retries. */
    String newMessageId() {
        return "<" + UUID.randomUUID() + "@" + address.substring(address.indexOf('@') + 1) + ">";
    }
}
