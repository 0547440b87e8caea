package org.masthead.paywall;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Amounts as admins type them ("9.99") and readers see them ("£9.99"), kept in the currency's minor units as
 * Stripe takes them. Pure.
 */
public final class Money {

    static final long MAX_MINOR = 99_999_999L;

    private Money() {
    }

    static Optional<Currency> currency(String code) {
        if (code == null || !code.matches("[A-Za-z]{3}")) {
            return Optional.empty();
        }
        try {
            Currency c = Currency.getInstance(code.toUpperCase(Locale.ROOT));
            return c.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(c);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Minor units of an amount typed in major units; a message saying what is wrong otherwise. */
    static long parse(String typed, Currency currency) {
        BigDecimal major;
        try {
            major = new BigDecimal(typed.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("enter an amount such as " + plain(999 * pow(currency), currency));
        }
        if (major.signum() < 0) {
            throw new IllegalArgumentException("the amount cannot be negative");
        }
        if (major.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw new IllegalArgumentException(currency.getCurrencyCode() + " has "
                    + currency.getDefaultFractionDigits() + " decimal places at most");
        }
        BigDecimal minor = major.movePointRight(currency.getDefaultFractionDigits());
        if (minor.compareTo(BigDecimal.valueOf(MAX_MINOR)) > 0) {
            throw new IllegalArgumentException("that is more than any plan should cost");
        }
        return minor.longValueExact();
    }

    /** The amount as an admin would type it again: "9.99", "1200". */
    static String plain(long minor, Currency currency) {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()).toPlainString();
    }

    /** The amount for readers in the paper's locale, with whole amounts shown without decimals: "£9.99", "£1". */
    public static String format(long minor, String currencyCode, Locale locale) {
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(currency);
        int digits = minor % pow(currency) == 0 ? 0 : currency.getDefaultFractionDigits();
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()));
    }

    private static long pow(Currency currency) {
        return (long) Math.pow(10, currency.getDefaultFractionDigits());
    }
}
