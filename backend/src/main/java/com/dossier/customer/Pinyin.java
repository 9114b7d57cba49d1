package com.dossier.customer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Toneless pinyin of a text, with every reading of its heteronyms (重庆: chongqing and zhongqing),
 * since a name's reading cannot be told from its characters alone. Latin letters and digits are
 * kept (lower-cased); other characters are dropped. ü is written v, as typed.
 */
final class Pinyin {
    /** Readings of one text at most; the most usual readings come first. */
    static final int MAX_VARIANTS = 16;

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {}

    /** The readings of a text, full syllables. */
    static List<String> readings(String text) {
        List<List<String>> syllables = syllables(text);
        Set<String> out = new LinkedHashSet<>();
        // Variants by how many characters take a less usual reading: 0, then 1, then 2 …
        for (int alternatives = 0;
                alternatives <= syllables.size() && out.size() < MAX_VARIANTS;
                alternatives++) {
            collect(syllables, 0, alternatives, new StringBuilder(), out);
        }
        return new ArrayList<>(out);
    }

    /** The initials of every reading: the first letter of each syllable (上海建投: shjt). */
    static List<String> initials(String text) {
        List<List<String>> syllables = syllables(text);
        List<List<String>> firstLetters = new ArrayList<>();
        for (List<String> options : syllables) {
            Set<String> letters = new LinkedHashSet<>();
            for (String syllable : options) {
                letters.add(syllable.substring(0, 1));
            }
            firstLetters.add(new ArrayList<>(letters));
        }
        Set<String> out = new LinkedHashSet<>();
        for (int alternatives = 0;
                alternatives <= firstLetters.size() && out.size() < MAX_VARIANTS;
                alternatives++) {
            collect(firstLetters, 0, alternatives, new StringBuilder(), out);
        }
        return new ArrayList<>(out);
    }

    private static void collect(
            List<List<String>> options,
            int position,
            int alternativesLeft,
            StringBuilder prefix,
            Set<String> out) {
        if (out.size() >= MAX_VARIANTS) {
            return;
        }
        if (position == options.size()) {
            if (alternativesLeft == 0) {
                out.add(prefix.toString());
            }
            return;
        }
        List<String> here = options.get(position);
        int length = prefix.length();
        prefix.append(here.get(0));
        collect(options, position + 1, alternativesLeft, prefix, out);
        prefix.setLength(length);
        if (alternativesLeft > 0) {
            for (int i = 1; i < here.size(); i++) {
                prefix.append(here.get(i));
                collect(options, position + 1, alternativesLeft - 1, prefix, out);
                prefix.setLength(length);
            }
        }
    }

    private static List<List<String>> syllables(String text) {
        List<List<String>> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        text.codePoints()
                .forEach(
                        cp -> {
                            if (cp < 128) {
                                if (Character.isLetterOrDigit(cp)) {
                                    result.add(
                                            List.of(
                                                    String.valueOf((char) cp)
                                                            .toLowerCase(Locale.ROOT)));
                                }
                                return;
                            }
                            if (Character.charCount(cp) != 1) {
                                return;
                            }
                            String[] readings = toPinyin((char) cp);
                            if (readings == null || readings.length == 0) {
                                return;
                            }
                            Set<String> distinct = new LinkedHashSet<>();
                            for (String reading : readings) {
                                // pinyin4j spells ü "u:" for some readings even WITH_V.
                                String clean = reading.replace("u:", "v").replaceAll("[^a-z]", "");
                                if (!clean.isEmpty()) {
                                    distinct.add(clean);
                                }
                            }
                            if (!distinct.isEmpty()) {
                                result.add(new ArrayList<>(distinct));
                            }
                        });
        return result;
    }

    private static String[] toPinyin(char c) {
        try {
            return PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException(e);
        }
    }
}
