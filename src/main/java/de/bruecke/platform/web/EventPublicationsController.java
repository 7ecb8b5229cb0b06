package de.bruecke.platform.web;

import java.time.Duration;

import de.bruecke.platform.NavigationEntry;
import de.bruecke.platform.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Shows administrators the event publications whose listener has not finished yet (Spring Modulith's registry) and
 * lets them deliver those older than a minute again.
 */
@Controller
class EventPublicationsController {

    static final String PATH = "/admin/events";
    static final Duration RESUBMIT_OLDER_THAN = Duration.ofMinutes(1);
    private static final int LIMIT = 200;

    private final PendingPublications pending;
    private final IncompleteEventPublications incomplete;

    EventPublicationsController(PendingPublications pending, IncompleteEventPublications incomplete) {
        this.pending = pending;
        this.incomplete = incomplete;
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("publications", pending.oldest(LIMIT));
        model.addAttribute("total", pending.count());
        model.addAttribute("limit", LIMIT);
        return "platform/events";
    }

    @PostMapping(PATH + "/resubmit")
    String resubmit(RedirectAttributes redirect) {
        incomplete.resubmitIncompletePublicationsOlderThan(RESUBMIT_OLDER_THAN);
        redirect.addFlashAttribute("resubmitted", true);
        return "redirect:" + PATH;
    }

    @Bean
    static RouteRules eventPublicationRoutes() {
        return routes -> routes.requestMatchers(PATH, PATH + "/resubmit").hasRole("ADMINISTRATOR");
    }

    @Bean
    static NavigationEntry eventPublicationsEntry() {
        return new NavigationEntry("nav.events", PATH, 94, "ROLE_ADMINISTRATOR");
    }
}
