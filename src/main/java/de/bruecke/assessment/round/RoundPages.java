package de.bruecke.assessment.round;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.bruecke.account.OrganisationMember;
import de.bruecke.account.Role;
import de.bruecke.account.SignedInUser;
import de.bruecke.assessment.DimensionCode;
import de.bruecke.assessment.RoundId;
import de.bruecke.assessment.questionnaire.Questionnaire;
import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.OrganisationId;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Organisations;
import de.bruecke.platform.AccountId;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What the assessment pages share: finding the organisation and round of a path, names, dates and numbers. */
@Component
public class RoundPages {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final Organisations organisations;
    private final Rounds rounds;
    private final Assessments assessments;

    RoundPages(Organisations organisations, Rounds rounds, Assessments assessments) {
        this.organisations = organisations;
        this.rounds = rounds;
        this.assessments = assessments;
    }

    public Organisation organisation(UUID id) {
        return organisations.find(new OrganisationId(id)).filter(o -> o.kind() == OrganisationKind.MO)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The round if it belongs to the organisation; "not found" otherwise, also for other organisations' rounds. */
    public Round round(Organisation organisation, UUID roundId) {
        return rounds.find(new RoundId(roundId)).filter(r -> r.organisation().equals(organisation.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * The signed-in person as respondent of the round; links a pending e-mail invitation first (someone who joined
     * the organisation may come straight from a link). Others are refused.
     */
    Round.Respondent respondent(Round round, SignedInUser user) {
        return round.respondentFor(user.accountId()).or(() -> {
            assessments.claimInvitations(round.organisation(), user);
            return rounds.find(round.id()).flatMap(reloaded -> reloaded.respondentFor(user.accountId()));
        }).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    /** One respondent as the admin sees them: name (or the address invited) and progress, never their answers. */
    record RespondentRow(String name, boolean joined, Progress progress) {
    }

    List<RespondentRow> respondentRows(Organisation organisation, Round round, Questionnaire questionnaire) {
        Map<AccountId, OrganisationMember> members = members(organisation);
        return round.respondents().stream().map(r -> new RespondentRow(r.hasJoined()
                ? Optional.ofNullable(members.get(r.account())).map(OrganisationMember::displayName).orElse("")
                : r.email(), r.hasJoined(), round.progress(questionnaire, r))).toList();
    }

    static boolean isAdmin(SignedInUser user, Organisation organisation) {
        return user.has(Role.MO_ADMIN, organisation.id().value());
    }

    public Map<AccountId, OrganisationMember> members(Organisation organisation) {
        return assessments.moMembers(organisation.id()).stream()
                .collect(Collectors.toMap(OrganisationMember::account, Function.identity()));
    }

    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .format(instant.atZone(ZONE));
    }

    public static String date(java.time.LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
    }

    /** A figure with two decimals in the reader's notation; empty when unknown. */
    public static String decimal(Optional<BigDecimal> value, Locale locale) {
        return value.map(v -> {
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            return format.format(v);
        }).orElse("");
    }

    public static String percent(Optional<BigDecimal> share, Locale locale) {
        return share.map(v -> NumberFormat.getPercentInstance(locale).format(v)).orElse("");
    }

    /** The path segment of a dimension, e.g. {@code labour-market}. */
    public static String path(DimensionCode dimension) {
        return dimension.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static DimensionCode dimension(String path) {
        return Arrays.stream(DimensionCode.values()).filter(code -> path(code).equals(path)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    public static String base(Organisation organisation) {
        return "/organisations/" + organisation.id() + "/assessments";
    }

    public static String base(Organisation organisation, Round round) {
        return base(organisation) + "/" + round.id();
    }

    /** The closed round of the organisation; 404 while it is still open. */
    public Round closedRound(Organisation organisation, UUID round) {
        Round current = round(organisation, round);
        if (current.isOpen()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return current;
    }
}
