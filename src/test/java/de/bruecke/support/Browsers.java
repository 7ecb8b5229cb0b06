package de.bruecke.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Debian Chromium for the whole test run. Without {@code /usr/bin/chromium} browser tests are skipped
 * locally, and fail when {@code BRUECKE_REQUIRE_BROWSER=true} (as in CI).
 */
public final class Browsers {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("BRUECKE_CHROMIUM", "/usr/bin/chromium"));
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private static Browser browser;

    private Browsers() {
    }

    public static synchronized Browser chromium() {
        boolean required = Boolean.parseBoolean(System.getenv("BRUECKE_REQUIRE_BROWSER"));
        if (!Files.isExecutable(CHROMIUM)) {
            if (required) {
                throw new IllegalStateException("Chromium not found at " + CHROMIUM + " but BRUECKE_REQUIRE_BROWSER=true");
            }
            Assumptions.abort("Chromium not installed at " + CHROMIUM);
        }
        if (browser == null) {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }

    /** Runs axe-core with the WCAG 2.0/2.1/2.2 A and AA rules and fails with a readable list of violations. */
    public static void assertAccessible(Page page, String label) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        assertThat(results.getViolations().stream().map(v -> v.getId()).toList())
                .as("axe violations on %s (%s):%n%s", label, page.url(), results.getViolations().stream()
                        .map(v -> "- " + v.getId() + ": " + v.getHelp() + " → " + v.getNodes().stream()
                                .map(n -> n.getTarget().toString()).limit(5).toList())
                        .reduce("", (a, b) -> a + b + System.lineSeparator()))
                .isEmpty();
    }
}
