package jp.office050.credentials.control;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Authenticator apps (TOTP, RFC 6238: SHA-1, 6 digits, 30 seconds, as every app reads a QR code), by the
 * {@code dev.samstevens.totp} library: new secrets, the enrolment QR code, which time step a code is right for (the
 * step before and after too, for a phone's clock a little off), and one-time recovery codes.
 */
@ApplicationScoped
public class Authenticators {

    public static final int PERIOD_SECONDS = 30;
    public static final int RECOVERY_CODES = 10;

    /** A code is six digits, a recovery code 16 letters and digits in four groups: nothing longer is read. */
    private static final int LONGEST_CODE = 24;

    private final CodeGenerator codes = new DefaultCodeGenerator();

    public String newSecret() {
        return new DefaultSecretGenerator().generate();
    }

    /** The QR code an app scans ({@code otpauth://totp/…}), as a PNG data URI for an {@code img}. */
    public String qrCode(String issuer, String account, String secret) {
        QrData data = new QrData.Builder()
                .label(account)
                .secret(secret)
                .issuer(issuer)
                .digits(6)
                .period(PERIOD_SECONDS)
                .build();
        try {
            var generator = new ZxingPngQrGenerator();
            generator.setImageSize(240);
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long step(Instant now) {
        return now.getEpochSecond() / PERIOD_SECONDS;
    }

    /** The time step (now, or one either side) for which {@code code} is the secret's code, if any. */
    public OptionalLong stepOf(String secret, String code, Instant now) {
        String typed = code == null ? "" : code.replaceAll("[\\s-]", "");
        if (!typed.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            try {
                if (MessageDigest.isEqual(
                        codes.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
                        typed.getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(step);
                }
            } catch (CodeGenerationException e) {
                throw new IllegalStateException(e);
            }
        }
        return OptionalLong.empty();
    }

    public List<String> newRecoveryCodes() {
        return List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
    }

    /** The hash a recovery code is kept as; spaces and case as typed do not matter. */
    public static String recoveryHash(String code) {
        String typed = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        if (typed.length() > LONGEST_CODE) {
            typed = typed.substring(0, LONGEST_CODE);
        }
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(typed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether what was typed looks like a six-digit code rather than a recovery code. */
    public static boolean looksLikeCode(String typed) {
        return typed != null && typed.replaceAll("[\\s-]", "").matches("\\d{6}");
    }
}
