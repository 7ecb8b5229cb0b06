package de.bruecke.account;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import de.bruecke.notification.MailAddress;
import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.OrganisationId;
import de.bruecke.organisation.OrganisationKind;
import de.bruecke.organisation.Organisations;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisations a person belongs to, and for MO admins: members and invitations. */
@Controller
class MembersController {

    private final Users users;
    private final Organisations organisations;
    private final Invitations invitations;
    private final RoleNames roleNames;

    MembersController(Users users, Organisations organisations, Invitations invitations, RoleNames roleNames) {
        this.users = users;
        this.organisations = organisations;
        this.invitations = invitations;
        this.roleNames = roleNames;
    }

    @GetMapping("/organisations/mine")
    String mine(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("memberships", roleNames.describe(users.grants(user.id())).stream()
                .filter(d -> d.organisationId() != null).toList());
        return "account/my-organisations";
    }

    @GetMapping("/organisations/{organisation}/members")
    String members(@PathVariable UUID organisation, Model model) {
        Organisation org = organisation(organisation);
        model.addAttribute("form", new InvitationForm("", (org.kind() == OrganisationKind.MO ? Role.MO_MEMBER
                : Role.INSTITUTION_MEMBER).name()));
        return page(org, model);
    }

    @PostMapping("/organisations/{organisation}/invitations")
    String invite(@PathVariable UUID organisation, @ModelAttribute("form") InvitationForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser inviter, Locale locale, Model model, RedirectAttributes redirect) {
        Organisation org = organisation(organisation);
        String email = MailAddress.normalise(form.email());
        FormChecks.email(email, "email", errors);
        Role role = invitableRoles(org).stream().filter(r -> r.name().equals(form.role())).findFirst().orElse(null);
        if (role == null) {
            errors.rejectValue("role", "validation.required");
        }
        if (errors.hasErrors()) {
            return page(org, model);
        }
        invitations.invite(org, email, role, inviter, locale, null);
        redirect.addFlashAttribute("invited", email);
        return "redirect:/organisations/" + organisation + "/members";
    }

    @PostMapping("/organisations/{organisation}/invitations/{invitation}/revoke")
    String revoke(@PathVariable UUID organisation, @PathVariable UUID invitation, RedirectAttributes redirect) {
        organisation(organisation);
        if (!invitations.revoke(organisation, invitation)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("revoked", true);
        return "redirect:/organisations/" + organisation + "/members";
    }

    private Organisation organisation(UUID id) {
        return organisations.find(new OrganisationId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String page(Organisation organisation, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("members", users.members(organisation.id().value()));
        model.addAttribute("pending", invitations.pending(organisation.id().value()));
        model.addAttribute("roles", invitableRoles(organisation));
        return "account/members";
    }

    private static List<Role> invitableRoles(Organisation organisation) {
        return organisation.kind() == OrganisationKind.MO ? List.of(Role.MO_MEMBER, Role.MO_ADMIN)
                : List.of(Role.INSTITUTION_MEMBER);
    }

    record InvitationForm(String email, String role) {
    }
}
