package jp.office050.mailaccounts.control;

import static jp.office050.mailaccounts.entity.MailAccountKind.ISP_MAIL;
import static jp.office050.mailaccounts.entity.MailAccountKind.MASTER_ID;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.naming.AuthenticationException;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import jp.office050.mailaccounts.entity.MailAccount;
import jp.office050.mailaccounts.entity.MailAccountKind;
import jp.office050.platform.control.LogText;

/**
 * The provider's mail directory over LDAP, through the JDK's own JNDI provider so the server needs no extra library.
 * An identifier is searched with the service bind and a filter whose value JNDI escapes; a password is checked by
 * binding as the entry's DN, so the portal never sees a password or its hash. Only "no such entry" and "wrong password"
 * are answers: every other failure is a {@link DirectoryUnavailableException}, never read as either of them.
 */
public class LdapMailDirectory implements MailDirectory {

    private static final System.Logger LOG = System.getLogger(LdapMailDirectory.class.getName());

    private final LdapSettings settings;

    public LdapMailDirectory(LdapSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Optional<DirectoryEntry> find(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return Optional.empty();
        }
        MailAccountKind kind = identifier.contains("@") ? ISP_MAIL : MASTER_ID;
        DirContext context = null;
        try {
            context = connect(settings.bindDn(), settings.bindPassword());
            List<SearchResult> found = search(context, kind, identifier);
            if (found.size() > 1) {
                LOG.log(Level.WARNING, "Several directory entries match {0}: treated as none", LogText.of(identifier));
            }
            return found.size() == 1 ? Optional.of(toEntry(identifier, kind, found.get(0))) : Optional.empty();
        } catch (NamingException e) {
            throw unavailable("could not be searched", e);
        } finally {
            close(context);
        }
    }

    @Override
    public boolean verify(DirectoryEntry entry, String password) {
        // An empty password (or DN) would make a simple bind anonymous, which succeeds.
        if (password == null || password.isEmpty() || entry.reference().isBlank()) {
            return false;
        }
        DirContext context = null;
        try {
            context = connect(entry.reference(), password);
            return true;
        } catch (AuthenticationException wrongPassword) {
            return false;
        } catch (NamingException e) {
            throw unavailable("could not check a password", e);
        } finally {
            close(context);
        }
    }

    private List<SearchResult> search(DirContext context, MailAccountKind kind, String identifier)
            throws NamingException {
        String attribute = kind == ISP_MAIL ? settings.mailAttribute() : settings.masterIdAttribute();
        NamingEnumeration<SearchResult> results =
                context.search(settings.baseDn(), "(" + attribute + "={0})", new Object[] {identifier}, controls(kind));
        try {
            List<SearchResult> found = new ArrayList<>();
            while (found.size() < 2 && results.hasMore()) {
                found.add(results.next());
            }
            return found;
        } finally {
            results.close();
        }
    }

    private SearchControls controls(MailAccountKind kind) {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setCountLimit(2); // enough to tell one entry from several
        controls.setTimeLimit(settings.timeoutMillis());
        controls.setReturningAttributes(
                kind == ISP_MAIL
                        ? new String[] {settings.mailAttribute(), settings.migratedAttribute()}
                        : new String[] {settings.masterIdAttribute()});
        return controls;
    }

    /**
     * The entry as the portal keys it: by its DN, whichever spelling of the identifier the directory matched, and
     * named by the identifier the entry itself holds.
     */
    private DirectoryEntry toEntry(String typed, MailAccountKind kind, SearchResult result) throws NamingException {
        boolean migrated = kind == MASTER_ID || isTrue(result.getAttributes().get(settings.migratedAttribute()));
        String attribute = kind == ISP_MAIL ? settings.mailAttribute() : settings.masterIdAttribute();
        String identifier = canonical(typed, result.getAttributes().get(attribute));
        return new DirectoryEntry(identifier, kind, migrated, result.getNameInNamespace());
    }

    /** The entry's own value that equals the typed text, else the first of its values in sorted order. */
    private static String canonical(String typed, Attribute values) throws NamingException {
        List<String> held = new ArrayList<>();
        if (values != null) {
            NamingEnumeration<?> all = values.getAll();
            while (all.hasMore()) {
                held.add(MailAccount.normalize(String.valueOf(all.next())));
            }
        }
        if (held.isEmpty() || held.contains(typed)) {
            return typed;
        }
        return held.stream().sorted().findFirst().orElse(typed);
    }

    private static boolean isTrue(Attribute attribute) throws NamingException {
        return attribute != null && "TRUE".equalsIgnoreCase(String.valueOf(attribute.get()));
    }

    /** A connection bound as {@code dn}, or anonymous when {@code dn} is empty. */
    private DirContext connect(String dn, String password) throws NamingException {
        Hashtable<String, Object> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, settings.url());
        environment.put(Context.REFERRAL, "ignore");
        environment.put("java.naming.ldap.version", "3"); // no LDAPv2 fallback, so no anonymous bind before a search
        environment.put("com.sun.jndi.ldap.connect.timeout", String.valueOf(settings.timeoutMillis()));
        environment.put("com.sun.jndi.ldap.read.timeout", String.valueOf(settings.timeoutMillis()));
        environment.put("com.sun.jndi.ldap.connect.pool", "false"); // a bound user's connection is never reused
        environment.put(Context.SECURITY_AUTHENTICATION, dn.isEmpty() ? "none" : "simple");
        if (!dn.isEmpty()) {
            environment.put(Context.SECURITY_PRINCIPAL, dn);
            environment.put(Context.SECURITY_CREDENTIALS, password);
        }
        return new InitialDirContext(environment);
    }

    private DirectoryUnavailableException unavailable(String what, NamingException cause) {
        return new DirectoryUnavailableException("The mail directory at " + settings.url() + " " + what, cause);
    }

    private static void close(DirContext context) {
        try {
            if (context != null) {
                context.close();
            }
        } catch (NamingException ignored) {
            // the connection is gone either way
        }
    }
}
