package jp.office050.web.api;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonParserFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.office050.contracts.entity.InvalidField;
import jp.office050.contracts.entity.InvalidFieldsException;

/**
 * Request bodies read with a bound (413 beyond it) and JSON fields read with their types checked, so that a wrong
 * type is refused as a field with its reason, like a wrong value; answers written with JSON-B.
 */
public final class JsonBodies {

    /** The largest JSON body the API reads. */
    public static final int MAX_JSON = 64 * 1024;

    private static final long DRAINED = 32L * 1024 * 1024;

    /**
     * JSON-P's factories, made once: {@code Json.createObjectBuilder()} and its kind look the provider up again on every
     * call (a class-path scan; in the routing answers it cost more than everything else the request did).
     */
    public static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private static final String NOT_JSON = "The body is not well-formed JSON (UTF-8).";

    private JsonBodies() {}

    public static byte[] read(InputStream in, int limit) {
        if (in == null) {
            return new byte[0];
        }
        try (in) {
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            long total = 0;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > limit) {
                    // the rest is read and thrown away (up to a bound), so that the client reads the refusal
                    while (total < DRAINED && (n = in.read(buffer)) >= 0) {
                        total += n;
                    }
                    throw BadRequestBodyException.tooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The body as a JSON object; an empty body is an empty object. A body that is not UTF-8 (a byte sequence no
     * character has, rather than a replacement character stored in its place), not JSON, nested deeper than the parser
     * goes, or not an object is refused with 400.
     */
    public static JsonObject object(byte[] body) {
        if (body.length == 0) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonValue value;
        boolean more;
        try (var parser = PARSERS.createParser(new StringReader(utf8(body)))) {
            parser.next();
            value = parser.getValue();
            more = parser.hasNext(); // one JSON text, nothing after it
        } catch (RuntimeException malformed) { // JsonException, and the parser's own for too deep a nesting
            throw new BadRequestBodyException(400, NOT_JSON);
        }
        if (more) {
            throw new BadRequestBodyException(400, NOT_JSON);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadRequestBodyException(400, "The body must be a JSON object.");
        }
        return value.asJsonObject();
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new BadRequestBodyException(400, NOT_JSON);
        }
    }

    /** Reads the fields of one object, collecting what is wrong with their types. */
    public static final class Fields {

        private final JsonObject object;
        private final List<InvalidField> invalid = new ArrayList<>();

        public Fields(JsonObject object) {
            this.object = object;
        }

        public String string(String name) {
            JsonValue value = object.get(name);
            if (value == null || value == JsonValue.NULL) {
                return null;
            }
            if (value instanceof JsonString text) {
                return text.getString();
            }
            invalid.add(new InvalidField(name, "must be a string"));
            return null;
        }

        public boolean bool(String name) {
            JsonValue value = object.get(name);
            if (value == null || value == JsonValue.NULL || value == JsonValue.FALSE) {
                return false;
            }
            if (value == JsonValue.TRUE) {
                return true;
            }
            invalid.add(new InvalidField(name, "must be true or false"));
            return false;
        }

        public List<String> strings(String name) {
            JsonValue value = object.get(name);
            if (value == null || value == JsonValue.NULL) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.ARRAY
                    || !value.asJsonArray().stream().allMatch(v -> v instanceof JsonString)) {
                invalid.add(new InvalidField(name, "must be an array of strings"));
                return null;
            }
            return value.asJsonArray().stream()
                    .map(v -> ((JsonString) v).getString())
                    .toList();
        }

        /** Throws the type errors found, if any. */
        public void check() {
            if (!invalid.isEmpty()) {
                throw new InvalidFieldsException(invalid);
            }
        }
    }

    public static String json(Object answer) {
        return Binding.JSONB.toJson(answer);
    }

    /** JSON-B, made on first use (reading a body needs none). */
    private static final class Binding {
        static final Jsonb JSONB = JsonbBuilder.create();
    }
}
