package de.bruecke.platform;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Case-, accent- and umlaut-insensitive lookup over a catalog of coded entries and their names, sorted by the collation of
 * the reader's language.
 */
final class NameSearch<T> {

    static final int MAX_QUERY_LENGTH = 100;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\-–(),/;.'’]+");
    private static final Pattern ARABIC_TATWEEL = Pattern.compile("\u0640");

    private final List<T> entries;
    private final Function<T, String> code;
    private final BiFunction<T, Locale, String> name;
    private final Function<T, List<String>> fixedNames;
    private final Map<String, Index<T>> indexes = new ConcurrentHashMap<>();

    NameSearch(List<T> entries, Function<T, String> code, BiFunction<T, Locale, String> name,
            Function<T, List<String>> fixedNames) {
        this.entries = List.copyOf(entries);
        this.code = code;
        this.name = name;
        this.fixedNames = fixedNames;
    }

    static Locale orGerman(Locale uiLanguage) {
        return uiLanguage == null || uiLanguage.getLanguage().isEmpty() ? Locale.GERMAN : uiLanguage;
    }

    List<T> all(Locale uiLanguage) {
        return index(orGerman(uiLanguage)).sorted();
    }

    List<T> search(String query, Locale uiLanguage) {
        Locale ui = orGerman(uiLanguage);
        if (query == null || query.isBlank()) {
            return all(ui);
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            return List.of();
        }
        String folded = fold(query);
        if (folded.isEmpty()) {
            return List.of();
        }
        Index<T> index = index(ui);
        List<Ranked<T>> hits = new ArrayList<>();
        for (int i = 0; i < index.sorted().size(); i++) {
            int rank = index.keys().get(i).rank(folded);
            if (rank >= 0) {
                hits.add(new Ranked<>(index.sorted().get(i), rank, i));
            }
        }
        hits.sort(Comparator.comparingInt(Ranked<T>::rank).thenComparingInt(Ranked::position));
        return hits.stream().map(Ranked::entry).toList();
    }

    private Index<T> index(Locale ui) {
        if (SupportedLanguage.of(ui).isEmpty()) {
            return buildIndex(ui);
        }
        return indexes.computeIfAbsent(ui.getLanguage(), l -> buildIndex(ui));
    }

    private Index<T> buildIndex(Locale ui) {
        Collator collator = Collator.getInstance(ui);
        List<T> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((T e) -> name.apply(e, ui), collator).thenComparing(code));
        List<Keys> keys = sorted.stream().map(e -> {
            List<String> names = new ArrayList<>(fixedNames.apply(e));
            names.add(name.apply(e, ui));
            return Keys.of(code.apply(e), names);
        }).toList();
        return new Index<>(List.copyOf(sorted), keys);
    }

    /** Lower case without accents and marks; umlauts become the bare vowel ("Türkçe" → "turkce"). */
    static String fold(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT)
                .replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("æ", "ae").replace("œ", "oe")
                .replace("ł", "l").replace("đ", "d").replace("ð", "d").replace("þ", "th")
                .replace('’', '\'').replace('ʼ', '\'').replace('‘', '\'')
                .replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ى', 'ي');
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return ARABIC_TATWEEL.matcher(Normalizer.normalize(bare, Normalizer.Form.NFC)).replaceAll("")
                .replaceAll("\\s+", " ");
    }

    /** The German transliteration of umlauts, so "tuerkisch" finds "Türkisch" too. */
    private static String foldTransliterated(String text) {
        return fold(text.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"));
    }

    private record Index<T>(List<T> sorted, List<Keys> keys) {
    }

    private record Ranked<T>(T entry, int rank, int position) {
    }

    /** Folded code and names of one entry. */
    private record Keys(String code, Set<String> names, Set<String> words) {

        static Keys of(String code, List<String> names) {
            Set<String> folded = new LinkedHashSet<>();
            for (String n : names) {
                if (n != null && !n.isBlank()) {
                    folded.add(fold(n));
                    folded.add(foldTransliterated(n));
                }
            }
            Set<String> words = new LinkedHashSet<>();
            for (String n : folded) {
                for (String w : WORD_SEPARATORS.split(n)) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            }
            return new Keys(code.toLowerCase(Locale.ROOT), Set.copyOf(folded), Set.copyOf(words));
        }

        /** 0 code, 1 whole name, 2 start of a name, 3 start of a word, 4 anywhere in a name (three letters or more); -1 none. */
        int rank(String query) {
            if (code.equals(query)) {
                return 0;
            }
            if (names.contains(query)) {
                return 1;
            }
            if (names.stream().anyMatch(n -> n.startsWith(query))) {
                return 2;
            }
            if (words.stream().anyMatch(w -> w.startsWith(query))) {
                return 3;
            }
            if (query.codePointCount(0, query.length()) >= 3 && names.stream().anyMatch(n -> n.contains(query))) {
                return 4;
            }
            return -1;
        }
    }
}
