package org.masthead.paywall;

import org.junit.jupiter.api.Test;
import org.masthead.platform.PublicationProperties;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without a Stripe secret key nothing is sent to Stripe, and readers are told payments are not set up. */
class PaymentsNotSetUpTests {

    private final StripeProperties noKeys = new StripeProperties("", "", "https://api.stripe.com",
            Duration.ofMinutes(5), Duration.ofDays(7), Duration.ofSeconds(5), Duration.ofSeconds(20));
    private final PublicationProperties publication = new PublicationProperties("The Test Herald", "",
            "https://news.example.org", ZoneId.of("UTC"), "en-GB", "/assets/logo.png", List.of());

    @Test
    void checkoutIsRefusedWithAReasonReadersUnderstand() {
        Checkout checkout = new Checkout(noKeys, null, null, null, null, null, publication, Clock.systemUTC());

        assertThat(checkout.payments()).isFalse();
        assertThat(checkout.portalAvailable(42)).isFalse();
        assertThatThrownBy(() -> checkout.start(42, "reader@example.org", 1, "month"))
                .isInstanceOf(Checkout.Refused.class).hasMessageContaining("Online payment is not set up yet");
    }

    @Test
    void nothingIsCreatedInStripe() {
        assertThatThrownBy(() -> new StripeApi(noKeys).createProduct(1, "Digital", "k"))
                .isInstanceOf(StripeGateway.StripeUnavailable.class).hasMessageContaining("no Stripe secret key");
        new StripeCatalog(null, null, noKeys).sync(1); // would fail on the null gateway or repository if it tried
    }
}
