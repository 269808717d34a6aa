package jp.office050.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The provider's support desks (お問い合わせ先, the manual's last page), shown in every page's footer and so on the
 * login pages: from the configuration, entries {@code office050.contact.N.*} for N = 1 … 9, each with {@code name.ja},
 * {@code name.en}, {@code phone}, {@code hours.ja}, {@code hours.en} and optionally {@code note.ja}, {@code note.en}
 * (English falls back to Japanese). Without any entry the demo mode shows two demo desks; otherwise nothing is shown.
 */
@Named("contacts")
@ApplicationScoped
public class ProviderContacts {

    private static final System.Logger LOG = System.getLogger(ProviderContacts.class.getName());
    private static final int MOST = 9;

    /** One desk in both languages. */
    record Desk(
            String nameJa, String nameEn, String phone, String hoursJa, String hoursEn, String noteJa, String noteEn) {

        Contact in(Locale locale) {
            boolean english = "en".equals(locale.getLanguage());
            return new Contact(
                    english ? nameEn : nameJa,
                    phone,
                    phone.replaceAll("[^0-9+]", ""),
                    english ? hoursEn : hoursJa,
                    english ? noteEn : noteJa);
        }
    }

    /**
     * A desk as a page shows it, in the page's language; {@code tel} is the number to dial. (A class with getters, not a
     * record: Jakarta EL 5 reads bean properties only.)
     */
    public static final class Contact {

        private final String name;
        private final String phone;
        private final String tel;
        private final String hours;
        private final String note;

        Contact(String name, String phone, String tel, String hours, String note) {
            this.name = name;
            this.phone = phone;
            this.tel = tel;
            this.hours = hours;
            this.note = note;
        }

        public String getName() {
            return name;
        }

        public String getPhone() {
            return phone;
        }

        public String getTel() {
            return tel;
        }

        public String getHours() {
            return hours;
        }

        public String getNote() {
            return note;
        }
    }

    static final List<Desk> DEMO = List.of(
            new Desk(
                    "Office 050 サポートセンタ（デモ）",
                    "Office 050 Support Center (demo)",
                    "0120-000-050",
                    "24時間365日",
                    "24 hours a day, every day",
                    "ガイダンスに従い、電話機のダイヤル「2」を押してください。携帯電話からもご利用になれます。",
                    "Press 2 when the guidance asks. Mobile phones can call too."),
            new Desk(
                    "メールアドレスでのログインに関するお問い合わせ（デモ）",
                    "Logins with an email address (demo)",
                    "0120-000-051",
                    "午前10時～午後7時（年末年始を除く）",
                    "10:00 to 19:00 (except over the New Year)",
                    "",
                    ""));

    private List<Desk> desks = List.of();

    @PostConstruct
    void read() {
        desks = configured(ConfigProvider.getConfig());
    }

    static List<Desk> configured(Config config) {
        List<Desk> found = new ArrayList<>();
        for (int n = 1; n <= MOST; n++) {
            String prefix = "office050.contact." + n + ".";
            Optional<String> phone = config.getOptionalValue(prefix + "phone", String.class);
            Optional<String> name = config.getOptionalValue(prefix + "name.ja", String.class);
            if (phone.isEmpty() || name.isEmpty()) {
                continue;
            }
            String hours = text(config, prefix + "hours.ja", "");
            String note = text(config, prefix + "note.ja", "");
            found.add(new Desk(
                    name.get(),
                    text(config, prefix + "name.en", name.get()),
                    phone.get(),
                    hours,
                    text(config, prefix + "hours.en", hours),
                    note,
                    text(config, prefix + "note.en", note)));
        }
        if (found.isEmpty()
                && config.getOptionalValue("office050.demo", Boolean.class).orElse(false)) {
            return DEMO;
        }
        if (found.isEmpty()) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "No support desk is configured (office050.contact.1.name.ja, .phone, …): the pages show none");
        }
        return List.copyOf(found);
    }

    private static String text(Config config, String key, String fallback) {
        return config.getOptionalValue(key, String.class).orElse(fallback);
    }

    /** The desks in the language of the current page. */
    public List<Contact> getDesks() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null
                ? Locale.JAPANESE
                : faces.getViewRoot().getLocale();
        return desks.stream().map(desk -> desk.in(locale)).toList();
    }
}
