package org.masthead.mail;

import jakarta.mail.internet.InternetAddress;
import org.masthead.platform.Publication;
import org.springframework.stereotype.Component;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Who the publication's mail comes from, and the Message-IDs it mints under the From address's domain. */
@Component
class MailIdentity {

    private final String address;
    private final MailProperties props;
    private final Publication publication;

    MailIdentity(MailProperties props, Publication publication) {
        this.address = props.from().isBlank() ? "noreply@" + URI.create(publication.baseUrl()).getHost() : props.from();
        this.props = props;
        this.publication = publication;
        if (!props.from().isBlank()) {
            MailAddresses.problem(address).ifPresent(problem -> {
                throw new IllegalStateException("masthead.mail.from (MASTHEAD_MAIL_FROM) " + problem + ": " + address);
            });
        }
    }

    /** The From address alone (configured, or noreply@ the base URL's host). */
    String address() {
        return address;
    }

    InternetAddress from() {
        try {
            // the paper's name as it is now, unless configured apart: the newsroom may rename the paper
            String name = props.fromName().isBlank() ? publication.name() : props.fromName();
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
