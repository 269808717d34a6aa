package jp.office050.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page as JSF rendered it once, kept to be answered again without rendering: its script nonce (PrimeFaces' CSP
 * mode) becomes a fresh one in every answer, and the value of its ID field, where it has one, the ID of the request
 * being answered. Only pages that hold nothing of anyone's are kept (see {@link LoginPageFilter}).
 */
final class PageTemplate {

    private static final String NONCE = "\u0000nonce\u0000";
    private static final String ID = "\u0000id\u0000";
    private static final Pattern CSP_NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
    private static final String CSP = "Content-Security-Policy";
    private static final List<String> NOT_KEPT =
            List.of("set-cookie", "content-length", "content-type", "date", "transfer-encoding");

    private final String contentType;
    private final Map<String, String> headers;
    /** The page in UTF-8, cut where a nonce or the ID goes: text, mark, text, mark, …, text. */
    private final byte[][] parts;
    /** After each part but the last: its mark (true: the ID, false: the nonce). */
    private final boolean[] idAfter;

    private final long madeAt;

    private PageTemplate(String contentType, Map<String, String> headers, String body, long madeAt) {
        this.contentType = contentType;
        this.headers = headers;
        this.madeAt = madeAt;
        List<byte[]> cut = new ArrayList<>();
        List<Boolean> marks = new ArrayList<>();
        int from = 0;
        while (true) {
            int nonce = body.indexOf(NONCE, from);
            int id = body.indexOf(ID, from);
            int at = nonce < 0 ? id : id < 0 ? nonce : Math.min(nonce, id);
            if (at < 0) {
                cut.add(body.substring(from).getBytes(StandardCharsets.UTF_8));
                break;
            }
            cut.add(body.substring(from, at).getBytes(StandardCharsets.UTF_8));
            marks.add(at == id);
            from = at + (at == id ? ID.length() : NONCE.length());
        }
        this.parts = cut.toArray(byte[][]::new);
        this.idAfter = new boolean[marks.size()];
        for (int i = 0; i < idAfter.length; i++) {
            idAfter[i] = marks.get(i);
        }
    }

    /**
     * The template of a page just rendered: {@code body} as written to {@code response}, whose headers are all set by
     * now. Empty when the answer is not a plain page with its own script nonce, or (when {@code idField} is given)
     * when its ID field does not show exactly {@code typedId}.
     *
     * @param idField the id of the page's ID input ({@code login:loginId}), or null for a page without a typed ID
     */
    static Optional<PageTemplate> of(
            HttpServletResponse response, String body, String idField, String typedId, long now) {
        String contentType = response.getContentType();
        String policy = response.getHeader(CSP);
        if (response.getStatus() != HttpServletResponse.SC_OK
                || contentType == null
                || !contentType.startsWith("text/html")
                || response.getHeader("Set-Cookie") != null
                || policy == null) {
            return Optional.empty();
        }
        Matcher nonce = CSP_NONCE.matcher(policy);
        if (!nonce.find() || !body.contains(nonce.group(1))) {
            return Optional.empty();
        }
        String marked = body.replace(nonce.group(1), NONCE);
        if (idField != null) {
            if (typedId == null) {
                return Optional.empty();
            }
            String shown = "id=\"" + idField + "\"";
            String value = "value=\"" + escape(typedId) + "\"";
            int input = marked.indexOf(shown);
            if (input < 0 || marked.indexOf(shown, input + 1) >= 0) {
                return Optional.empty(); // no such field, or two
            }
            int tagStart = marked.lastIndexOf('<', input);
            int end = marked.indexOf('>', input);
            int at = end < 0 ? -1 : marked.lastIndexOf(value, end);
            if (tagStart < 0 || at < tagStart) {
                return Optional.empty(); // the field does not show the typed ID (as this class escapes it)
            }
            marked = marked.substring(0, at) + "value=\"" + ID + "\"" + marked.substring(at + value.length());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, response.getHeader(name).replace(nonce.group(1), NONCE));
            }
        }
        return Optional.of(new PageTemplate(contentType, Map.copyOf(headers), marked, now));
    }

    boolean freshAt(long now, long lifeNanos) {
        return now - madeAt < lifeNanos;
    }

    /** A script nonce as PrimeFaces makes one (the Base64 of a random UUID's text). */
    static String freshNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a posted script nonce is one PrimeFaces would accept for a stateless view (it checks no more). */
    static boolean isNonce(String posted) {
        if (posted == null || posted.isEmpty() || posted.length() > 64) {
            return false;
        }
        try {
            UUID.fromString(new String(Base64.getDecoder().decode(posted), StandardCharsets.UTF_8));
            return true;
        } catch (IllegalArgumentException notOne) {
            return false;
        }
    }

    /** Answers with the page, a fresh nonce in it, and {@code typedId} (escaped) in its ID field. */
    void answer(HttpServletResponse response, String typedId) throws IOException {
        String nonce = freshNonce();
        byte[] nonceBytes = nonce.getBytes(StandardCharsets.UTF_8);
        byte[] idBytes = (typedId == null ? "" : escape(typedId)).getBytes(StandardCharsets.UTF_8);
        int length = 0;
        for (int i = 0; i < parts.length; i++) {
            length += parts[i].length + (i < idAfter.length ? (idAfter[i] ? idBytes : nonceBytes).length : 0);
        }
        byte[] page = new byte[length];
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            System.arraycopy(parts[i], 0, page, at, parts[i].length);
            at += parts[i].length;
            if (i < idAfter.length) {
                byte[] mark = idAfter[i] ? idBytes : nonceBytes;
                System.arraycopy(mark, 0, page, at, mark.length);
                at += mark.length;
            }
        }
        response.setStatus(HttpServletResponse.SC_OK);
        headers.forEach((name, value) -> response.setHeader(name, value.replace(NONCE, nonce)));
        response.setContentType(contentType);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }

    /** As an attribute value: the characters that could end it or start markup. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
