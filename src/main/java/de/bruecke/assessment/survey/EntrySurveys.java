package de.bruecke.assessment.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import de.bruecke.assessment.questionnaire.LocalizedText;
import de.bruecke.assessment.questionnaire.QuestionType;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.assessment.questionnaire.Questionnaires;
import de.bruecke.assessment.questionnaire.ShownText;
import de.bruecke.assessment.questionnaire.SurveyQuestion;
import de.bruecke.platform.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organisations' answers to the entry survey: every save is kept, the latest one counts. Only members and admins
 * of the organisation itself may read or give them. Templates use it as {@code @entrySurveys} for the summary on the
 * organisation's profile page.
 */
@Component("entrySurveys")
class EntrySurveys {

    private static final TypeReference<LinkedHashMap<String, List<String>>> ANSWERS = new TypeReference<>() {
    };

    /** One saved set of answers. */
    record Saved(UUID id, UUID organisation, int version, Map<String, List<String>> answers, String answeredBy,
            Instant answeredAt) {
    }

    /** The latest answers ready to show, or that there are none yet. */
    public record Summary(UUID organisation, boolean answered, String answeredBy, Instant answeredAt,
            List<Line> lines) {
    }

    /** One question with the answers given: option labels, or the text someone wrote. */
    public record Line(ShownText question, List<ShownText> choices, String text) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Questionnaires questionnaires;
    private final Clock clock;

    EntrySurveys(JdbcClient jdbc, Questionnaires questionnaires, Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.json = JsonMapper.shared();
        this.questionnaires = questionnaires;
    }

    static boolean mayAnswer(Actor actor, UUID organisation) {
        return actor.inMo(organisation);
    }

    Saved save(UUID organisation, int version, Map<String, List<String>> answers, String by) {
        Saved saved = new Saved(UUID.randomUUID(), organisation, version, answers, by, clock.instant());
        jdbc.sql("""
                insert into assessment_entry_survey_response (id, organisation_id, questionnaire_version, answers, answered_by,
                    answered_at)
                values (:id, :organisation, :version, cast(:answers as jsonb), :by, :at)""")
                .param("id", saved.id()).param("organisation", organisation).param("version", version)
                .param("answers", json.writeValueAsString(answers)).param("by", by)
                .param("at", Timestamp.from(saved.answeredAt())).update();
        return saved;
    }

    Optional<Saved> latest(UUID organisation) {
        return jdbc.sql("""
                select * from assessment_entry_survey_response where organisation_id = :organisation
                order by answered_at desc, id limit 1""")
                .param("organisation", organisation).query(this::map).optional();
    }

    /**
     * The latest answers of an organisation for the signed-in person, in their language; {@code null} when they are
     * not a member of it (the summary is only for the organisation itself).
     */
    public Summary summaryFor(UUID organisation, Locale locale) {
        if (organisation == null || !mayAnswer(Actor.current(), organisation)) {
            return null;
        }
        return latest(organisation).map(saved -> summary(saved, locale))
                .orElseGet(() -> new Summary(organisation, false, null, null, List.of()));
    }

    Summary summary(Saved saved, Locale locale) {
        Questionnaire questionnaire = questionnaires.version(saved.version()).orElseGet(questionnaires::current);
        List<Line> lines = new ArrayList<>();
        for (SurveyQuestion question : questionnaire.entrySurvey().questions()) {
            List<String> answers = saved.answers().getOrDefault(question.code(), List.of());
            if (answers.isEmpty()) {
                continue;
            }
            if (question.type() == QuestionType.FREE_TEXT) {
                lines.add(new Line(question.question().in(locale), List.of(), answers.get(0)));
            }
            else {
                lines.add(new Line(question.question().in(locale), answers.stream()
                        .map(code -> question.option(code).map(option -> option.label().in(locale))
                                .orElseGet(() -> LocalizedText.germanOnly(code).in(locale)))
                        .toList(), null));
            }
        }
        return new Summary(saved.organisation(), true, saved.answeredBy(), saved.answeredAt(), lines);
    }

    private Saved map(ResultSet rs, int row) throws SQLException {
        return new Saved(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getInt("questionnaire_version"), json.readValue(rs.getString("answers"), ANSWERS),
                rs.getString("answered_by"), rs.getTimestamp("answered_at").toInstant());
    }
}
