package org.masthead.paywall;

import com.stripe.StripeClient;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.StripeException;
import com.stripe.net.RequestOptions;
import com.stripe.param.CouponCreateParams;
import com.stripe.param.PriceCreateParams;
import com.stripe.param.ProductCreateParams;
import com.stripe.param.SubscriptionCancelParams;
import com.stripe.param.checkout.SessionCreateParams;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * {@link StripeGateway} on the official stripe-java client, against {@code masthead.stripe.api-base}. The
 * client is built on first use, so a node without keys never makes one. Writes carry idempotency keys, so a
 * retried call (ours or the library's) creates nothing twice.
 */
@Component
class StripeApi implements StripeGateway {

    private final StripeProperties props;
    private volatile StripeClient client;

    StripeApi(StripeProperties props) {
        this.props = props;
    }

    @Override
    public String createProduct(long planId, String name, String idempotencyKey) {
        ProductCreateParams p = ProductCreateParams.builder().setName(name)
                .putMetadata("masthead_plan_id", String.valueOf(planId)).build();
        return call(() -> client().v1().products().create(p, key(idempotencyKey)).getId());
    }

    @Override
    public String createPrice(String productId, String currency, long amount, BillingInterval interval,
                              String idempotencyKey) {
        PriceCreateParams p = PriceCreateParams.builder().setProduct(productId)
                .setCurrency(currency.toLowerCase(Locale.ROOT)).setUnitAmount(amount)
                .setRecurring(PriceCreateParams.Recurring.builder().setInterval(interval == BillingInterval.MONTH
                        ? PriceCreateParams.Recurring.Interval.MONTH : PriceCreateParams.Recurring.Interval.YEAR).build())
                .build();
        return call(() -> client().v1().prices().create(p, key(idempotencyKey)).getId());
    }

    @Override
    public String createCoupon(String productId, String name, String currency, long amountOff, int months,
                               String idempotencyKey) {
        CouponCreateParams p = CouponCreateParams.builder().setName(name).setAmountOff(amountOff)
                .setCurrency(currency.toLowerCase(Locale.ROOT))
                .setDuration(CouponCreateParams.Duration.REPEATING).setDurationInMonths((long) months)
                .setAppliesTo(CouponCreateParams.AppliesTo.builder().addProduct(productId).build()).build();
        return call(() -> client().v1().coupons().create(p, key(idempotencyKey)).getId());
    }

    @Override
    public String createCheckoutSession(CheckoutRequest r) {
        SessionCreateParams.SubscriptionData.Builder subscription = SessionCreateParams.SubscriptionData.builder()
                .putMetadata("member_id", String.valueOf(r.memberId()))
                .putMetadata("plan_id", String.valueOf(r.planId()));
        if (r.trialDays() > 0) {
            subscription.setTrialPeriodDays((long) r.trialDays());
        }
        SessionCreateParams.Builder p = SessionCreateParams.builder().setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .addLineItem(SessionCreateParams.LineItem.builder().setPrice(r.priceId()).setQuantity(1L).build())
                .setClientReferenceId(String.valueOf(r.memberId()))
                .putMetadata("member_id", String.valueOf(r.memberId()))
                .putMetadata("plan_id", String.valueOf(r.planId()))
                .setSubscriptionData(subscription.build())
                .setSuccessUrl(r.successUrl()).setCancelUrl(r.cancelUrl());
        if (r.customerId() != null) {
            p.setCustomer(r.customerId());
        } else if (r.customerEmail() != null) {
            p.setCustomerEmail(r.customerEmail());
        }
        if (r.couponId() != null) {
            p.addDiscount(SessionCreateParams.Discount.builder().setCoupon(r.couponId()).build());
        } else {
            p.setAllowPromotionCodes(true);
        }
        return call(() -> client().v1().checkout().sessions().create(p.build()).getUrl());
    }

    @Override
    public String createPortalSession(String customerId, String returnUrl) {
        com.stripe.param.billingportal.SessionCreateParams p = com.stripe.param.billingportal.SessionCreateParams
                .builder().setCustomer(customerId).setReturnUrl(returnUrl).build();
        return call(() -> client().v1().billingPortal().sessions().create(p).getUrl());
    }

    @Override
    public void cancelSubscription(String subscriptionId, String idempotencyKey) {
        try {
            client().v1().subscriptions().cancel(subscriptionId, SubscriptionCancelParams.builder().build(),
                    key(idempotencyKey));
        } catch (InvalidRequestException e) {
            if (!ended(subscriptionId, e)) {
                throw new StripeUnavailable(e.getMessage(), e);
            }
        } catch (StripeException e) {
            throw new StripeUnavailable(e.getMessage(), e);
        }
    }

    /**
     * Stripe refuses to cancel a subscription it no longer has, or one that already ended (a retry after the
     * first cancel went through, say): both are what was asked for.
     */
    private boolean ended(String subscriptionId, InvalidRequestException refusal) {
        if ("resource_missing".equals(refusal.getCode())) {
            return true;
        }
        String status = call(() -> client().v1().subscriptions().retrieve(subscriptionId).getStatus());
        return "canceled".equals(status) || "incomplete_expired".equals(status);
    }

    private StripeClient client() {
        StripeClient c = client;
        if (c == null) {
            if (!props.payments()) {
                throw new StripeUnavailable("no Stripe secret key is configured", null);
            }
            c = StripeClient.builder().setApiKey(props.secretKey()).setApiBase(props.apiBase())
                    .setConnectTimeout((int) props.connectTimeout().toMillis())
                    .setReadTimeout((int) props.readTimeout().toMillis()).setMaxNetworkRetries(2).build();
            client = c;
        }
        return c;
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    private interface Call<T> {
        T run() throws StripeException;
    }

    private static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (StripeException e) {
            throw new StripeUnavailable(e.getMessage(), e);
        }
    }
}
