package de.bruecke.assessment.questionnaire;

import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Resolves plain scalars like YAML 1.2's core schema: only {@code true}/{@code false} are booleans, so option codes
 * such as {@code NO} or language keys such as {@code no} stay text; no timestamps, no merge keys.
 */
class CoreSchemaResolver extends Resolver {

    private static final Pattern CORE_BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
    private static final Pattern CORE_INT = Pattern.compile("^[-+]?[0-9]+$");
    private static final Pattern CORE_NULL = Pattern.compile("^(?:~|null|Null|NULL)$");

    @Override
    protected void addImplicitResolvers() {
        addImplicitResolver(Tag.BOOL, CORE_BOOL, "tTfF", 10);
        addImplicitResolver(Tag.INT, CORE_INT, "-+0123456789", 10);
        addImplicitResolver(Tag.NULL, CORE_NULL, "~nN\0", 10);
        addImplicitResolver(Tag.NULL, EMPTY, null, 10);
    }
}
