package org.masthead.site;

import org.masthead.platform.Form;
import org.masthead.site.Views.Chrome;
import org.masthead.site.Views.Link;
import org.masthead.site.Views.Meta;

import java.util.List;

/**
 * The view records of the reader account pages (sign-in, sign-up, codes, links, resets, the account page).
 * {@code next} is where the reader goes afterwards, carried through every step as a hidden field.
 */
public final class ReaderPages {
    private ReaderPages() {
    }

    /** E-mail and password, or "e-mail me a code". {@code saving}: they pressed Save and are asked to sign in. */
    public record SignInPage(Chrome chrome, Meta meta, Form form, String next, String notice, String error,
                             boolean saving, String signUpHref) { }

    /** The offers consent as the form shows it: unticked unless the reader ticked it, with its current wording. */
    public record ConsentBox(long wordingId, String text, boolean checked) { }

    public record SignUpPage(Chrome chrome, Meta meta, Form form, String next, ConsentBox offers, String error,
                             String signInHref) { }

    /** The 6-digit code from the e-mail; {@code sent}: just sent, so say where. */
    public record CodePage(Chrome chrome, Meta meta, String maskedEmail, String error) { }

    /** A one-click confirmation behind an e-mailed link (sign in, new address), so mail scanners spend nothing. */
    public record ConfirmPage(Chrome chrome, Meta meta, String title, String message, String action, String token,
                              String button) { }

    public record ResetRequestPage(Chrome chrome, Meta meta, Form form, String error) { }

    public record ResetPage(Chrome chrome, Meta meta, String maskedEmail, String token, Form form) { }

    /** A page that only says something (check your e-mail; that link has expired), with a way on. */
    public record MessagePage(Chrome chrome, Meta meta, String title, String message, Link action) { }

    public record SavedItem(long articleId, String href, String headline, String section, Views.Shown savedAt) { }

    /** One purpose of the consent ledger as the reader sees it, with the wording a change would record. */
    public record ConsentItem(String purpose, String title, String wording, long wordingId, boolean granted) { }

    public record SessionItem(long id, String device, Views.Shown signedInAt, Views.Shown lastSeenAt, boolean current) { }

    /**
     * The account page. Each form re-renders with its own {@link Form}; {@code deletionDue} is set while the
     * account waits to be deleted; {@code plan} is the Plan section, {@code newsletters} the lists to choose, and {@code onDeletion} what deleting the
     * account does to the subscription (empty without a live one).
     */
    public record AccountPage(Chrome chrome, Meta meta, String notice, String email, String displayName,
                              boolean hasPassword, Form nameForm, Form emailForm, Form passwordForm, Form deleteForm,
                              SubscribePages.PlanPanel plan, List<SavedItem> saved,
                              NewsletterPages.Panel newsletters, List<ConsentItem> consents,
                              List<SessionItem> sessions, Views.Shown deletionDue, long graceDays, String onDeletion) { }
}
