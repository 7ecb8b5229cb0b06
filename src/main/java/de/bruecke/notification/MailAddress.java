package de.bruecke.notification;

import java.util.regex.Pattern;

/**
 * The rules for an e-mail address Brücke accepts: one {@code @}, no spaces or control characters (no header
 * injection), internationalised addresses allowed, at most 254 characters.
 */
public final class MailAddress {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s\\p{Cntrl}\"<>,;:()\\[\\]\\\\]{1,64}@[^@\\s\\p{Cntrl}\"<>,;:()\\[\\]\\\\_]+\\.[^@\\s\\p{Cntrl}\"<>,;:()\\[\\]\\\\_.]{2,}$");

    private MailAddress() {
    }

    public static boolean isValid(String address) {
        return address != null && address.length() <= MAX_LENGTH && SHAPE.matcher(address).matches()
                && !address.contains("..") && !address.startsWith(".");
    }

    public static String normalise(String address) {
        return address == null ? "" : address.strip();
    }

    static void requireValid(String address) {
        if (!isValid(address)) {
            throw new IllegalArgumentException("Not a valid e-mail address");
        }
    }
}
