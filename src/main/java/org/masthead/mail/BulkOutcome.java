package org.masthead.mail;

/**
 * What became of one {@link BulkMessage}.
 *
 * @param replyCode the SMTP reply code that decided it (250, 451, 550), or 0 when the server said none
 * @param detail    the server's reply or the network's error, short enough to store; empty when sent
 */
public record BulkOutcome(Result result, int replyCode, String detail) {

    public enum Result {
        /** Accepted by the mail server (or kept in the outbox, without one). */
        SENT,
        /** Refused for now (a 4xx reply about this message or recipient): try this recipient again later. */
        TEMPORARY,
        /** Refused for good (a 5xx reply, or an address that cannot be written): do not try again. */
        PERMANENT,
        /**
         * The server could not be reached, dropped the connection twice, or refused the login: nothing is known
         * about this recipient, and the next ones would fare the same. Stop, and try later.
         */
        UNAVAILABLE
    }

    static BulkOutcome sent(String detail) {
        return new BulkOutcome(Result.SENT, 250, detail);
    }

    /** A failure: the server's reply when it gave one, else what the network or the client said. */
    static BulkOutcome failed(Result result, Throwable why) {
        String detail = SendFailure.replyText(why).orElseGet(() -> SendFailure.of(why).error());
        return new BulkOutcome(result, SendFailure.replyCode(why), detail.length() <= SendFailure.MAX_ERROR ? detail
                : detail.substring(0, SendFailure.MAX_ERROR - 1) + "…");
    }
}
