package com.dossier.customer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the search box's {@code q} matches, as one JPQL predicate on alias {@code c}: a substring of
 * the name or short name (any length, Chinese included), the pinyin or its initials (上海建投:
 * shanghaijiantou, shjt), a part of the archive number or credit code, a contact's name or a part
 * of a contact's phone number.
 *
 * <p>Each alternative is written so that an index serves it (see 013-search.yaml and
 * backend/README.md): names through the GIN index of their 1- and 2-character substrings
 * (search_grams), rechecked by strpos for longer texts; pinyin, archive numbers, credit codes and
 * phone digits through trigram indexes, so only from 3 characters on (1–2 letters match pinyin
 * initials through their substring index). The alternatives are joined by UNION inside one {@code
 * IN}, which PostgreSQL turns into a semi-join: a customer matched by several contacts appears
 * once. The plans are in backend/README.md (Search) and bench/search-plans.sql.
 */
final class CustomerTextSearch {
    private static final Pattern LETTERS = Pattern.compile("[a-z]+");
    private static final Pattern PHONE = Pattern.compile("[0-9 ()+\\-]+");

    private CustomerTextSearch() {}

    /** The predicate, or null when q is blank. */
    static String predicate(String q, Map<String, Object> params) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.strip().toLowerCase(Locale.ROOT);
        int length = text.codePointCount(0, text.length());
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        params.put("qText", text);

        List<String> onCustomer = new ArrayList<>();
        onCustomer.add(
                "(cast(sql('(search_grams(?) || search_grams(?)) @> search_grams(?)',"
                        + " k.name, k.shortName, :qText) as Boolean) = true"
                        + " and (locate(:qText, lower(k.name)) > 0"
                        + " or locate(:qText, lower(k.shortName)) > 0))");
        String letters = folded.replaceAll("[\\s'’]", "");
        if (LETTERS.matcher(letters).matches()) {
            if (letters.length() <= 2) {
                params.put("qPinyin", letters);
                onCustomer.add(
                        "(cast(sql('search_grams(?) @> search_grams(?)', k.nameInitials, :qPinyin)"
                                + " as Boolean) = true)");
            } else {
                params.put("qPinyinLike", "%" + letters + "%");
                onCustomer.add("k.namePinyin like :qPinyinLike");
                onCustomer.add("k.nameInitials like :qPinyinLike");
            }
        }
        if (length >= 3) {
            params.put("qLike", "%" + CustomerRepository.escapeLike(text) + "%");
            onCustomer.add("lower(k.archiveNo) like :qLike escape '\\'");
            onCustomer.add("lower(k.creditCode) like :qLike escape '\\'");
        }

        List<String> onContact = new ArrayList<>();
        onContact.add(
                "(cast(sql('search_grams(?) @> search_grams(?)', ct.name, :qText) as Boolean) = true"
                        + " and locate(:qText, lower(ct.name)) > 0)");
        String digits = folded.replaceAll("[^0-9]", "");
        if (PHONE.matcher(folded).matches() && digits.length() >= 3) {
            params.put("qDigits", "%" + digits + "%");
            onContact.add(
                    "(cast(sql('contact_phone_digits(?, ?) like ?', ct.mobile, ct.phone, :qDigits)"
                            + " as Boolean) = true)");
        }
        // One branch per alternative: an OR inside one branch would make PostgreSQL re-evaluate
        // every alternative (search_grams included) on each row the bitmap scan returns.
        List<String> branches = new ArrayList<>();
        onCustomer.forEach(
                alternative ->
                        branches.add("select k.id from CustomerSearchKey k where " + alternative));
        onContact.forEach(
                alternative ->
                        branches.add("select ct.customerId from Contact ct where " + alternative));
        return "c.id in (" + String.join(" union ", branches) + ")";
    }
}
