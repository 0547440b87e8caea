package org.masthead.paywall;

/**
 * Every call Masthead makes to Stripe, so the rest of the module never touches the network itself. The one
 * implementation is {@link StripeApi} (stripe-java); tests point its API base at a local fake server.
 * Each call fails with {@link StripeUnavailable} when Stripe refuses or cannot be reached.
 */
interface StripeGateway {

    /** A product for the plan; returns its id. */
    String createProduct(long planId, String name, String idempotencyKey);

    /** A recurring price of the product; returns its id. */
    String createPrice(String productId, String currency, long amount, BillingInterval interval, String idempotencyKey);

    /** A coupon taking {@code amountOff} off the product's price for {@code months}; returns its id. */
    String createCoupon(String productId, String name, String currency, long amountOff, int months, String idempotencyKey);

    /** A Checkout Session in subscription mode; returns the URL to send the reader to. */
    String createCheckoutSession(CheckoutRequest request);

    /** A customer portal session (manage payment details, cancel); returns its URL. */
    String createPortalSession(String customerId, String returnUrl);

    /**
     * Ends a subscription at once: no further invoices, no proration. A subscription Stripe no longer has, or
     * that has ended already, counts as cancelled.
     */
    void cancelSubscription(String subscriptionId, String idempotencyKey);

    /**
     * What Checkout is asked for. Exactly one of {@code couponId} (an introductory offer) and promotion codes
     * is used: Stripe refuses a session that names both.
     */
    record CheckoutRequest(long memberId, long planId, String priceId, String customerId, String customerEmail,
                           int trialDays, String couponId, String successUrl, String cancelUrl) { }

    /** Stripe refused a call or could not be reached; the message is Stripe's, for admins and logs. */
    class StripeUnavailable extends RuntimeException {
        StripeUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
