package jp.office050.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** A servlet request that answers what it is given, and a response and chain that record what they were told. */
final class Fakes {

    private Fakes() {}

    static HttpServletRequest request(Map<String, Object> answers) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                Fakes.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                    if (answers.containsKey(method.getName())) {
                        return answers.get(method.getName());
                    }
                    return switch (method.getReturnType().getName()) {
                        case "boolean" -> false;
                        case "int" -> 0;
                        default -> null;
                    };
                });
    }

    /** What a response was told: its headers, status and redirect. */
    static final class Recorded {
        final Map<String, String> headers = new LinkedHashMap<>();
        final Map<String, Object> calls = new HashMap<>();

        HttpServletResponse response() {
            return (HttpServletResponse) Proxy.newProxyInstance(
                    Fakes.class.getClassLoader(), new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "sendRedirect" -> calls.put("redirect", args[0]);
                            case "setStatus" -> calls.put("status", args[0]);
                            default -> {}
                        }
                        return method.getReturnType() == boolean.class ? false : null;
                    });
        }

        FilterChain chain() {
            return (request, response) -> calls.put("chained", request);
        }
    }
}
