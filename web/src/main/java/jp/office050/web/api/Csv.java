package jp.office050.web.api;

import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** CSV bodies: UTF-8 only, and a byte sequence that is not UTF-8 is refused rather than guessed at. */
public final class Csv {

    private Csv() {}

    public static Reader reader(byte[] body) {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new java.io.StringReader(
                    decoder.decode(java.nio.ByteBuffer.wrap(body)).toString());
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            throw new BadRequestBodyException(400, "The CSV is not UTF-8 (save it as \"CSV UTF-8\").");
        }
    }
}
