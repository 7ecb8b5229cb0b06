package de.bruecke.organisation.profile;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import de.bruecke.organisation.InstitutionType;
import de.bruecke.organisation.OrganisationFunction;
import de.bruecke.organisation.PartnerRole;
import de.bruecke.organisation.ThematicField;
import de.bruecke.organisation.Visibility;
import de.bruecke.region.Gazetteer;
import de.bruecke.region.Land;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The choices the profile form and the search offer, each as value → label in the reader's language. */
@Component
public class ProfileChoices {

    private final Gazetteer gazetteer;
    private final MessageSource messages;
    private final CodeLists codeLists;
    private volatile List<Land> laender;

    ProfileChoices(Gazetteer gazetteer, MessageSource messages, CodeLists codeLists) {
        this.gazetteer = gazetteer;
        this.messages = messages;
        this.codeLists = codeLists;
    }

    public Labelled in(Locale locale) {
        return new Labelled(locale);
    }

    boolean isLand(String key) {
        return laender().stream().anyMatch(land -> land.key().equals(key));
    }

    /** The Länder are reference data that never change while the application runs. */
    private List<Land> laender() {
        if (laender == null) {
            laender = gazetteer.laender();
        }
        return laender;
    }

    /** The choices labelled in one language; templates call its methods. */
    public final class Labelled {

        private final Locale locale;

        private Labelled(Locale locale) {
            this.locale = locale;
        }

        public Map<String, String> institutionTypes() {
            return enums(InstitutionType.values(), "institutionType.");
        }

        public Map<String, String> legalForms() {
            return enums(LegalForm.values(), "legalForm.");
        }

        public Map<String, String> areas() {
            return enums(AreaOfActivity.values(), "area.", ".choice");
        }

        public Map<String, String> fields() {
            return enums(ThematicField.values(), "theme.");
        }

        public Map<String, String> functions() {
            return enums(OrganisationFunction.values(), "function.");
        }

        public Map<String, String> roles() {
            return enums(PartnerRole.values(), "partnerRole.");
        }

        public Map<String, String> budgetBands() {
            return enums(BudgetBand.values(), "budget.");
        }

        public Map<String, String> visibilities() {
            return enums(Visibility.values(), "visibility.");
        }

        public Map<String, String> partnerTypes() {
            Map<String, String> types = new LinkedHashMap<>();
            types.put("MO", label("kind.MO"));
            types.putAll(institutionTypes());
            return types;
        }

        public Map<String, String> laender() {
            return labelled(ProfileChoices.this.laender(), Land::key, Land::name);
        }

        public Map<String, String> languages() {
            return labelled(CodeLists.COMMON_LANGUAGES, code -> code, code -> codeLists.languageName(code, locale));
        }

        public Map<String, String> countries() {
            return labelled(CodeLists.COMMON_COUNTRIES, code -> code, code -> codeLists.countryName(code, locale));
        }

        private Map<String, String> enums(Enum<?>[] values, String prefix) {
            return enums(values, prefix, "");
        }

        private Map<String, String> enums(Enum<?>[] values, String prefix, String suffix) {
            return labelled(Arrays.asList(values), Enum::name, v -> label(prefix + v.name() + suffix));
        }

        private String label(String key) {
            return messages.getMessage(key, null, key, locale);
        }

        private <T> Map<String, String> labelled(List<T> values, Function<T, String> key, Function<T, String> label) {
            Map<String, String> labelled = new LinkedHashMap<>();
            values.forEach(v -> labelled.put(key.apply(v), label.apply(v)));
            return labelled;
        }
    }
}
