package de.bruecke.platform;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Whether demo data is seeded and the demo banner shown: {@code bruecke.demo=on|off|auto}; {@code auto} (the default)
 * means on for the embedded database and off for an external one.
 */
public final class DemoMode {

    private DemoMode() {
    }

    public static boolean active(Environment environment) {
        String setting = environment.getProperty("bruecke.demo", "auto").strip().toLowerCase(java.util.Locale.ROOT);
        return switch (setting) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        };
    }
}
