package org.masthead.paywall;

import java.time.Instant;

/**
 * What a member's subscriptions entitle them to now. {@code subscriber}: they read everything, premium
 * included. {@code planName} and {@code state} ({@link SubscriptionState#wireName()}, or {@code none}) describe
 * the subscription that decided it; {@code until}: when that entitlement ends or renews (null: open-ended or
 * unknown).
 */
public record Entitlement(boolean subscriber, String planName, Instant until, String state) {

    public static final Entitlement NONE = new Entitlement(false, null, null, "none");
}
