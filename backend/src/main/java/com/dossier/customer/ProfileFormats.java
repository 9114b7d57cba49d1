package com.dossier.customer;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** Formats of profile fields: Chinese phone numbers, postcodes, web sites, resident ID numbers. */
public final class ProfileFormats {
    /** Mobile: 11 digits starting 13–19, optionally after +86. */
    private static final Pattern MOBILE = Pattern.compile("^(\\+86[ -]?)?1[3-9][0-9]{9}$");

    /**
     * Landline: area code 0 + 2–3 digits, a number of 7–8 digits, an optional extension; or a
     * 400/800 service number.
     */
    private static final Pattern LANDLINE =
            Pattern.compile(
                    "^((\\+86[ -]?)?\\(?0[1-9][0-9]{1,2}\\)?[ -]?[1-9][0-9]{6,7}([ -][0-9]{1,6})?"
                            + "|[48]00[ -]?[0-9]{3}[ -]?[0-9]{4})$");

    private static final Pattern POSTCODE = Pattern.compile("^[0-9]{6}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern RESIDENT_ID = Pattern.compile("^[1-9][0-9]{16}[0-9X]$");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    private static final DateTimeFormatter BASIC_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private ProfileFormats() {}

    public static boolean isPhone(String value) {
        return MOBILE.matcher(value).matches() || LANDLINE.matcher(value).matches();
    }

    public static boolean isLandline(String value) {
        return LANDLINE.matcher(value).matches();
    }

    public static boolean isPostcode(String value) {
        return POSTCODE.matcher(value).matches();
    }

    public static boolean isEmail(String value) {
        return EMAIL.matcher(value).matches();
    }

    /** An absolute http or https URL with a host. */
    public static boolean isWebsite(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * A resident ID number (GB 11643): 18 characters, a valid birth date in characters 7–14, and
     * the ISO 7064 MOD 11-2 check character last.
     */
    public static boolean isResidentId(String value) {
        if (!RESIDENT_ID.matcher(value).matches()) {
            return false;
        }
        try {
            LocalDate born = LocalDate.parse(value.substring(6, 14), BASIC_DATE);
            if (born.getYear() < 1900 || born.isAfter(LocalDate.now())) {
                return false;
            }
        } catch (DateTimeParseException e) {
            return false;
        }
        return residentIdCheck(value.substring(0, 17)) == value.charAt(17);
    }

    /** The check character of the first 17 digits of a resident ID number. */
    public static char residentIdCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11);
    }
}
