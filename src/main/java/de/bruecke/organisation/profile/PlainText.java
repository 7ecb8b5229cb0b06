package de.bruecke.organisation.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text with paragraphs, where web addresses become links; nothing in it is ever treated as HTML. */
record PlainText(List<List<Segment>> paragraphs) {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)]");

    /** A run of text, linked when {@code href} is set. */
    record Segment(String text, String href) {
    }

    static PlainText of(String text) {
        List<List<Segment>> paragraphs = new ArrayList<>();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            if (paragraph.isBlank()) {
                continue;
            }
            List<Segment> segments = new ArrayList<>();
            Matcher url = URL.matcher(paragraph);
            int start = 0;
            while (url.find()) {
                if (url.start() > start) {
                    segments.add(new Segment(paragraph.substring(start, url.start()), null));
                }
                segments.add(new Segment(url.group(), url.group()));
                start = url.end();
            }
            if (start < paragraph.length()) {
                segments.add(new Segment(paragraph.substring(start), null));
            }
            paragraphs.add(segments);
        }
        return new PlainText(paragraphs);
    }
}
