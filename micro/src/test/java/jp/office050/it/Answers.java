package jp.office050.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.util.stream.Collectors;

/** Reads the JSON the test-only endpoints answer with, failing with the answer when it is not what was asked. */
final class Answers {

    private Answers() {}

    static JsonObject object(PortalClient.Page page) {
        return (JsonObject) parse(page);
    }

    static JsonArray array(PortalClient.Page page) {
        return (JsonArray) parse(page);
    }

    /**
     * A boundary's answer to a forged request, as the tests say it: what was done ("released"), "refused REASON", or
     * "reset NEW-PASSWORD".
     */
    static String outcome(PortalClient.Page page) {
        JsonObject answer = object(page);
        if (answer.containsKey("refused")) {
            return "refused " + answer.getString("refused");
        }
        if (answer.containsKey("password")) {
            return "reset " + answer.getString("password");
        }
        return answer.getString("done");
    }

    /** A page of the list as the boundary gave it: "total loginId1 loginId2 …". */
    static String listPage(PortalClient.Page page) {
        JsonObject answer = object(page);
        String ids = answer.getJsonArray("loginIds").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .collect(Collectors.joining(" "));
        return (answer.getJsonNumber("total").longValue() + " " + ids).strip();
    }

    private static JsonStructure parse(PortalClient.Page page) {
        if (page.status() != 200) {
            throw new IllegalStateException("test endpoint failed: " + page.status() + " " + page.body());
        }
        try (var reader = Json.createReader(new StringReader(page.body()))) {
            return reader.read();
        }
    }
}
