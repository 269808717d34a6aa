package jp.office050.credentials.control;

import java.security.SecureRandom;

/** Random passwords for resets: 12 characters from an alphabet without look-alikes (0/O, 1/l/I). */
public class PasswordGenerator {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();

    public String generate() {
        var password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
