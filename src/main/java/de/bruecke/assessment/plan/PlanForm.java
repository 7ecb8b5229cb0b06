package de.bruecke.assessment.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.bruecke.assessment.DimensionCode;

import org.springframework.util.MultiValueMap;

/**
 * The action plan form as typed: per dimension whether it is picked, goal, next step and who is responsible, plus the
 * follow-up date and the version the form was loaded with. Everything stays a string so nothing typed is lost when a
 * check fails.
 */
record PlanForm(Map<DimensionCode, Entry> entries, String followUp, String version) {

    static final String PICK = "pick:";
    static final String GOAL = "goal:";
    static final String STEP = "step:";
    static final String RESPONSIBLE = "responsible:";
    static final String FOLLOW_UP = "followUp";

    /** What was typed for one dimension. */
    record Entry(boolean picked, String goal, String nextStep, String responsible) {
    }

    /** A message key with its arguments, shown at a field. */
    record Problem(String key, List<Object> args) {

        static Problem of(String key, Object... args) {
            return new Problem(key, List.of(args));
        }
    }

    /** The result of checking: the actions and date to save, or the problems per field (field name → problem). */
    record Checked(List<ActionPlan.Action> actions, LocalDate followUpOn, Map<String, Problem> problems) {

        boolean isValid() {
            return problems.isEmpty();
        }
    }

    static PlanForm from(MultiValueMap<String, String> parameters) {
        Map<DimensionCode, Entry> entries = new EnumMap<>(DimensionCode.class);
        for (DimensionCode code : DimensionCode.values()) {
            entries.put(code, new Entry("true".equals(parameters.getFirst(PICK + code.name())),
                    text(parameters.getFirst(GOAL + code.name())), text(parameters.getFirst(STEP + code.name())),
                    text(parameters.getFirst(RESPONSIBLE + code.name()))));
        }
        return new PlanForm(entries, text(parameters.getFirst(FOLLOW_UP)), text(parameters.getFirst("version")));
    }

    static PlanForm suggesting(Set<DimensionCode> picked) {
        Map<DimensionCode, Entry> entries = new EnumMap<>(DimensionCode.class);
        for (DimensionCode code : DimensionCode.values()) {
            entries.put(code, new Entry(picked.contains(code), "", "", ""));
        }
        return new PlanForm(entries, "", "0");
    }

    static PlanForm of(ActionPlan plan) {
        Map<DimensionCode, Entry> entries = new EnumMap<>(DimensionCode.class);
        for (DimensionCode code : DimensionCode.values()) {
            entries.put(code, new Entry(false, "", "", ""));
        }
        plan.actions().forEach(a -> entries.put(a.dimension(), new Entry(true, a.goal(), a.nextStep(),
                a.responsible())));
        return new PlanForm(entries, plan.followUpOn().toString(), String.valueOf(plan.version()));
    }

    Entry entry(DimensionCode code) {
        return entries.get(code);
    }

    /**
     * The version the form was loaded with; 0 for a new plan and for anything that is not a positive number (saving
     * then only works while there is no plan yet, so a forged version never overwrites a saved plan).
     */
    int loadedVersion() {
        try {
            return Math.max(0, Integer.parseInt(version.strip()));
        }
        catch (NumberFormatException e) {
            return 0;
        }
    }

    PlanForm withVersion(int savedVersion) {
        return new PlanForm(entries, followUp, String.valueOf(savedVersion));
    }

    Checked check(LocalDate today) {
        Map<String, Problem> problems = new LinkedHashMap<>();
        List<ActionPlan.Action> actions = new ArrayList<>();
        for (DimensionCode code : DimensionCode.values()) {
            Entry entry = entries.get(code);
            String goal = entry.goal().strip();
            String step = entry.nextStep().strip();
            String responsible = entry.responsible().strip();
            if (!entry.picked()) {
                if (!goal.isEmpty() || !step.isEmpty() || !responsible.isEmpty()) {
                    problems.put(PICK + code.name(), Problem.of("assessment.plan.error.notPicked"));
                }
                continue;
            }
            boolean fine = true;
            if (goal.isEmpty()) {
                problems.put(GOAL + code.name(), Problem.of("assessment.plan.error.goalMissing"));
                fine = false;
            }
            else if (goal.length() > ActionPlan.GOAL_MAX) {
                problems.put(GOAL + code.name(), Problem.of("assessment.plan.error.tooLong", ActionPlan.GOAL_MAX,
                        goal.length()));
                fine = false;
            }
            if (step.isEmpty()) {
                problems.put(STEP + code.name(), Problem.of("assessment.plan.error.stepMissing"));
                fine = false;
            }
            else if (step.length() > ActionPlan.NEXT_STEP_MAX) {
                problems.put(STEP + code.name(), Problem.of("assessment.plan.error.tooLong",
                        ActionPlan.NEXT_STEP_MAX, step.length()));
                fine = false;
            }
            if (responsible.length() > ActionPlan.RESPONSIBLE_MAX) {
                problems.put(RESPONSIBLE + code.name(), Problem.of("assessment.plan.error.tooLong",
                        ActionPlan.RESPONSIBLE_MAX, responsible.length()));
                fine = false;
            }
            if (fine) {
                actions.add(new ActionPlan.Action(code, goal, step, responsible));
            }
        }
        if (entries.values().stream().noneMatch(Entry::picked)) {
            problems.put("needs", Problem.of("assessment.plan.error.noNeed"));
        }
        Optional<LocalDate> date = date(followUp);
        if (followUp.isBlank()) {
            problems.put(FOLLOW_UP, Problem.of("assessment.plan.error.dateMissing"));
        }
        else if (date.isEmpty()) {
            problems.put(FOLLOW_UP, Problem.of("assessment.plan.error.dateFormat"));
        }
        else if (!date.get().isAfter(today)) {
            problems.put(FOLLOW_UP, Problem.of("assessment.plan.error.datePast"));
        }
        else if (!ActionPlan.isAllowedFollowUp(date.get(), today)) {
            problems.put(FOLLOW_UP, Problem.of("assessment.plan.error.dateTooFar", ActionPlan.FOLLOW_UP_MAX_YEARS));
        }
        return new Checked(List.copyOf(actions), date.orElse(null), problems);
    }

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** A date as a date field sends it (2027-03-31), or as people type it in German (31.3.2027). */
    static Optional<LocalDate> date(String text) {
        String value = text == null ? "" : text.strip();
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, GERMAN_DATE)) {
            try {
                return Optional.of(LocalDate.parse(value, format));
            }
            catch (DateTimeParseException e) {
                // try the next notation
            }
        }
        return Optional.empty();
    }

    private static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n");
    }
}
