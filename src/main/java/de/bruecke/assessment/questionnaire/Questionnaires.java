package de.bruecke.assessment.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The questionnaire versions Brücke knows: version 1 shipped in assessment/questionnaire-1.yaml (read at start; an
 * invalid shipped file stops the start with every problem listed) and every version coordinators published since.
 * Published versions never change, so each is parsed once and kept.
 */
@Component
public class Questionnaires {

    public static final String SHIPPED = "assessment/questionnaire-1.yaml";
    static final int SHIPPED_VERSION = 1;

    private final String shippedSource;
    private final Questionnaire shipped;
    private final QuestionnaireVersions stored;
    private final Map<UUID, Questionnaire> parsed = new ConcurrentHashMap<>();

    /** Only the shipped version, no database. */
    Questionnaires() {
        this(null);
    }

    @Autowired
    Questionnaires(QuestionnaireVersions stored) {
        this.shippedSource = read(SHIPPED);
        this.shipped = load(SHIPPED);
        if (shipped.version() != SHIPPED_VERSION) {
            throw new IllegalStateException(SHIPPED + " must have version " + SHIPPED_VERSION);
        }
        this.stored = stored;
    }

    /** The version new assessments use: the highest published one. */
    public Questionnaire current() {
        if (stored == null) {
            return shipped;
        }
        return stored.highestPublished().map(this::parsed).orElse(shipped);
    }

    /** A published version (never a draft); running assessments keep the version they started with. */
    public Optional<Questionnaire> version(int version) {
        if (version == SHIPPED_VERSION) {
            return Optional.of(shipped);
        }
        if (stored == null || version < 1) {
            return Optional.empty();
        }
        return stored.published(version).map(this::parsed);
    }

    /** The text of a published version as it was uploaded (the shipped file for version 1). */
    Optional<String> source(int version) {
        if (version == SHIPPED_VERSION) {
            return Optional.of(shippedSource);
        }
        if (stored == null) {
            return Optional.empty();
        }
        return stored.published(version).map(key -> stored.source(key.id()));
    }

    /** A stored version (draft or published) as a questionnaire; rows never change, so the result is kept by id. */
    Questionnaire parsed(UUID id, String source) {
        return parsed.computeIfAbsent(id, key -> QuestionnaireParser.parse(source));
    }

    private Questionnaire parsed(QuestionnaireVersions.Key key) {
        Questionnaire cached = parsed.get(key.id());
        return cached != null ? cached : parsed(key.id(), stored.source(key.id()));
    }

    public static Questionnaire load(String resource) {
        try {
            return QuestionnaireParser.parse(read(resource));
        }
        catch (InvalidQuestionnaire e) {
            throw new ShippedQuestionnaireInvalid(resource, e);
        }
    }

    private static String read(String resource) {
        try (InputStream input = Questionnaires.class.getClassLoader().getResourceAsStream(resource)) {
            if (input == null) {
                throw new IllegalStateException("Questionnaire resource not found: " + resource);
            }
            return new String(input.readNBytes(QuestionnaireParser.MAX_BYTES + 1), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
