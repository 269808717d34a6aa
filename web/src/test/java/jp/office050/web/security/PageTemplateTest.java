package jp.office050.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageTemplateTest {

    private static final String NONCE = "MTExMTExMTEtMTExMS0xMTExLTExMTEtMTExMTExMTExMTEx";
    private static final String POLICY = "default-src 'self'; script-src 'self' 'nonce-" + NONCE + "';";
    private static final String PAGE = "<html><script nonce=\"" + NONCE + "\">PrimeFaces.csp.init('" + NONCE
            + "');</script><label for=\"login:loginId\">ID</label><input id=\"login:loginId\" name=\"login:loginId\""
            + " type=\"text\" value=\"u0501\" maxlength=\"32\" /><p>日本語</p></html>";

    /** A rendered answer: its status, type and headers as JSF left them. */
    private static HttpServletResponse rendered(int status, Map<String, String> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(
                PageTemplateTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getStatus" -> status;
                    case "getContentType" -> "text/html;charset=UTF-8";
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getHeaderNames" -> List.copyOf(headers.keySet());
                    default -> null;
                });
    }

    private static Map<String, String> headers(String... extra) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", POLICY);
        headers.put("X-Frame-Options", "DENY");
        for (int i = 0; i < extra.length; i += 2) {
            headers.put(extra[i], extra[i + 1]);
        }
        return headers;
    }

    /** An answer given from a template: headers set and bytes written. */
    private static final class Answer {
        final Map<String, String> headers = new LinkedHashMap<>();
        final ByteArrayOutputStream body = new ByteArrayOutputStream();

        HttpServletResponse response() {
            ServletOutputStream out = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {}
            };
            return (HttpServletResponse) Proxy.newProxyInstance(
                    PageTemplateTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "getOutputStream" -> {
                                return out;
                            }
                            default -> {}
                        }
                        return null;
                    });
        }

        String page() {
            return body.toString(StandardCharsets.UTF_8);
        }
    }

    private static Answer answer(PageTemplate template, String typedId) throws Exception {
        var answer = new Answer();
        template.answer(answer.response(), typedId);
        return answer;
    }

    @Test
    void everyAnswerHasItsOwnNonceInThePageAndThePolicyAndTheTypedIdEscaped() throws Exception {
        PageTemplate template = PageTemplate.of(rendered(200, headers()), PAGE, "login:loginId", "u0501", 0)
                .orElseThrow();

        Answer first = answer(template, "u0502\"><script>x</script>");
        Answer second = answer(template, "u0503");

        String nonce = first.headers.get("Content-Security-Policy").replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(nonce).isNotEqualTo(NONCE).isNotBlank();
        assertThat(first.page())
                .contains("nonce=\"" + nonce + "\"", "PrimeFaces.csp.init('" + nonce + "')", "<p>日本語</p>")
                .contains("value=\"u0502&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"")
                .doesNotContain(NONCE, "<script>x");
        assertThat(second.page()).contains("value=\"u0503\"").doesNotContain(nonce);
        assertThat(first.headers).containsEntry("X-Frame-Options", "DENY");
    }

    @Test
    void aGetOfTheFormKeepsItsEmptyField() throws Exception {
        String form = PAGE.replace("value=\"u0501\" ", "");
        PageTemplate template =
                PageTemplate.of(rendered(200, headers()), form, null, null, 0).orElseThrow();

        assertThat(answer(template, null).page()).contains("name=\"login:loginId\" type=\"text\" maxlength");
    }

    @Test
    void onlyAPlainPageThatOpensNoSessionAndShowsTheTypedIdIsKept() {
        assertThat(PageTemplate.of(rendered(200, headers("Set-Cookie", "JSESSIONID=1")), PAGE, null, null, 0))
                .as("a session was opened")
                .isEmpty();
        assertThat(PageTemplate.of(rendered(403, headers()), PAGE, null, null, 0))
                .isEmpty();
        assertThat(PageTemplate.of(rendered(200, Map.of()), PAGE, null, null, 0))
                .as("no script nonce")
                .isEmpty();
        assertThat(PageTemplate.of(rendered(200, headers()), PAGE, "login:loginId", "u0599", 0))
                .as("the field shows another ID")
                .isEmpty();
        assertThat(PageTemplate.of(rendered(200, headers()), PAGE, "login:adminId", "u0501", 0))
                .as("no such field")
                .isEqualTo(Optional.empty());
    }

    @Test
    void aKeptPageIsRenderedAfreshAfterItsTime() {
        PageTemplate template = PageTemplate.of(rendered(200, headers()), PAGE, null, null, 1_000)
                .orElseThrow();

        assertThat(template.freshAt(1_000 + 59, 60)).isTrue();
        assertThat(template.freshAt(1_000 + 60, 60)).isFalse();
    }
}
