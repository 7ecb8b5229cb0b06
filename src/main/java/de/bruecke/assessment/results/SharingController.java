package de.bruecke.assessment.results;

import java.util.UUID;

import de.bruecke.account.SignedInUser;
import de.bruecke.assessment.AssessmentRoutes;
import de.bruecke.assessment.round.Round;
import de.bruecke.assessment.round.RoundPages;
import de.bruecke.organisation.Organisation;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The MO admin shares a closed round's results and plan with the network staff of the area, or withdraws it. */
@Controller
class SharingController {

    private final RoundPages pages;
    private final Sharing sharing;

    SharingController(RoundPages pages, Sharing sharing) {
        this.pages = pages;
        this.sharing = sharing;
    }

    @PostMapping(AssessmentRoutes.BASE + "/{round}/sharing")
    String change(@PathVariable UUID organisation, @PathVariable UUID round,
            @RequestParam(defaultValue = "") String share, @AuthenticationPrincipal SignedInUser user,
            RedirectAttributes redirect) {
        Organisation org = pages.organisation(organisation);
        Round current = pages.closedRound(org, round);
        String message;
        if ("true".equals(share)) {
            message = sharing.share(current.id(), user.accountId()) ? "assessment.share.done" : "assessment.share.already";
        }
        else if ("false".equals(share)) {
            message = sharing.withdraw(current.id(), user.accountId()) ? "assessment.share.withdrawn"
                    : "assessment.share.notShared";
        }
        else {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("message", message);
        return "redirect:" + RoundPages.base(org, current) + "/results#sharing-heading";
    }
}
