package de.bruecke.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * The languages people can state (in profiles, offers, contact persons): every ISO 639-1 language Java's locale data
 * names, plus ISO 639-2/3 languages of communities in Germany that have no two-letter code. Codes are lower case.
 */
@Component
public class Languages {

    private static final Pattern CODE = Pattern.compile("[A-Za-z]{2,3}");

    /** Retired ISO 639-1 codes and what replaced them. */
    private static final Map<String, String> RETIRED = Map.of("iw", "he", "in", "id", "ji", "yi", "mo", "ro");

    /** Languages without a two-letter code, with explicit names where Java's locale data has none (null: use Java's). */
    private static final List<Extra> EXTRAS = List.of(
            new Extra("kmr", "Kurmandschi", "Kurmanji", "Kurmancî", "Nordkurdisch", "Northern Kurdish", "Kurmanci"),
            new Extra("ckb", "Sorani", "Sorani", null, "Zentralkurdisch", "Central Kurdish"),
            new Extra("sdh", null, null, null, "Kelhuri"),
            new Extra("zza", null, null, "Zazakî", "Zazaki", "Kirmancki", "Dimli"),
            new Extra("prs", "Dari", "Dari", "دری", "Farsi-Dari"),
            new Extra("haz", "Hazaragi", "Hazaragi", "هزارگی"),
            new Extra("syc", null, null, "ܠܫܢܐ ܣܘܪܝܝܐ", "Syriac", "Syrisch", "Suryoyo"),
            new Extra("arc", null, null, "ܐܪܡܝܐ"),
            new Extra("aii", "Assyrisch-Neuaramäisch", "Assyrian Neo-Aramaic", "ܣܘܪܝܬ", "Sureth", "Assyrisch", "Assyrian"),
            new Extra("tru", null, null, "ܛܘܪܝܐ", "Suryoyo", "Aramäisch", "Aramaic"),
            new Extra("rom", null, "Romani", "Romani čhib", "Romanes", "Romani"),
            new Extra("rif", "Tarifit", "Tarifit", "Tarifit", "Riffian", "Riffberberisch", "Berber", "Amazigh"),
            new Extra("kab", null, null, null, "Berber", "Amazigh"),
            new Extra("tig", null, null, "ትግረ"),
            new Extra("yue", null, null, null),
            new Extra("hsb", null, null, null, "Sorbisch", "Sorbian", "Wendisch"),
            new Extra("dsb", null, null, null, "Sorbisch", "Sorbian", "Wendisch"),
            new Extra("frr", null, null, "Nordfriisk", "Friesisch", "Frisian"),
            new Extra("nds", null, null, "Plattdüütsch", "Plattdeutsch", "Platt"),
            new Extra("gsg", "Deutsche Gebärdensprache", "German Sign Language", "Deutsche Gebärdensprache", "DGS"));

    /** Other names people search for. */
    private static final Map<String, List<String>> ALIASES = Map.of(
            "fa", List.of("Farsi"),
            "ku", List.of("Kurdî"),
            "ps", List.of("Paschto", "Pashto", "Pushtu"),
            "ti", List.of("Tigrinisch"),
            "sw", List.of("Kiswahili"));

    private final Map<String, Language> byCode;
    private final Map<String, String> twoLetterByThreeLetter;
    private final NameSearch<Language> search;

    public Languages() {
        Map<String, Language> languages = new LinkedHashMap<>();
        Map<String, String> threeLetter = new HashMap<>();
        for (String iso : Locale.getISOLanguages()) {
            String code = RETIRED.getOrDefault(iso, iso);
            Locale locale = Locale.forLanguageTag(code);
            if (languages.containsKey(code) || javaName(locale, Locale.GERMAN).isEmpty()) {
                continue;
            }
            languages.put(code, fromJava(code, null, null, null, ALIASES.getOrDefault(code, List.of())));
            try {
                threeLetter.put(locale.getISO3Language(), code);
            }
            catch (MissingResourceException e) {
                // no three-letter code known for this language
            }
        }
        for (Extra extra : EXTRAS) {
            Language language = fromJava(extra.code(), extra.german(), extra.english(), extra.nativeName(), extra.aliases());
            if (language != null) {
                languages.put(extra.code(), language);
            }
        }
        this.byCode = Collections.unmodifiableMap(languages);
        this.twoLetterByThreeLetter = Map.copyOf(threeLetter);
        this.search = new NameSearch<>(new ArrayList<>(languages.values()), Language::code, Language::name,
                Languages::names);
    }

    /** The language with this code (two or three letters, any case; retired and ISO 639-2/T codes lead to the current one). */
    public Optional<Language> find(String code) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            return Optional.empty();
        }
        String lower = code.strip().toLowerCase(Locale.ROOT);
        String canonical = RETIRED.getOrDefault(lower, twoLetterByThreeLetter.getOrDefault(lower, lower));
        return Optional.ofNullable(byCode.get(canonical));
    }

    public boolean isKnown(String code) {
        return find(code).isPresent();
    }

    /** All languages, sorted by their name in the reader's language (German when null). */
    public List<Language> all(Locale uiLanguage) {
        return search.all(uiLanguage);
    }

    /**
     * Languages whose code, German, English, native or UI name matches the query, ignoring case and accents: the code
     * first, then names starting with the query, then words starting with it, then names containing it. A blank query
     * gives all languages.
     */
    public List<Language> search(String query, Locale uiLanguage) {
        return search.search(query, uiLanguage);
    }

    private static List<String> names(Language language) {
        List<String> names = new ArrayList<>(List.of(language.germanName(), language.englishName(), language.nativeName()));
        names.addAll(language.aliases());
        return names;
    }

    private static Language fromJava(String code, String german, String english, String nativeName, List<String> aliases) {
        Locale locale = Locale.forLanguageTag(code);
        String de = german != null ? german : javaName(locale, Locale.GERMAN).orElse(null);
        String en = english != null ? english : javaName(locale, Locale.ENGLISH).orElse(null);
        if (de == null || en == null) {
            return null;
        }
        String own = nativeName != null ? nativeName : javaName(locale, locale).orElse(en);
        return new Language(code, de, en, own, aliases);
    }

    private static Optional<String> javaName(Locale language, Locale in) {
        String name = language.getDisplayLanguage(in);
        if (name.isBlank() || name.equalsIgnoreCase(language.getLanguage())) {
            return Optional.empty();
        }
        return Optional.of(DisplayNames.capitalised(name, in));
    }

    private record Extra(String code, String german, String english, String nativeName, List<String> aliases) {

        Extra(String code, String german, String english, String nativeName, String... aliases) {
            this(code, german, english, nativeName, Arrays.asList(aliases));
        }
    }
}
