package jp.office050.notices.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Locale;
import jp.office050.notices.control.NoticeMails.Kind;

/**
 * Tells an email account what happened to it (an administrator ID linked or unlinked, a second factor enrolled or
 * removed), at its address, in the language of the page where it happened. A master ID has no address: it gets
 * nothing. Joins the caller's transaction (or has one of its own).
 */
@Stateless
public class AccountNotices {

    @Inject
    NoticeMails mails;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** @param identifier the email account's address (or master ID) */
    public void tell(String identifier, Kind kind, String about, Locale locale) {
        if (identifier == null || !identifier.contains("@")) {
            return;
        }
        outbox.queue(mails.mail(identifier, NoticeMails.languageOf(locale), kind, about, clock.instant()));
    }
}
