package de.bruecke.account;

import java.util.Locale;
import java.util.Optional;

import jakarta.validation.constraints.Size;

import de.bruecke.organisation.OrganisationId;
import de.bruecke.organisation.Organisations;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Following an invitation link: join with the current account or create one. */
@Controller
class InvitationController {

    private final Invitations invitations;
    private final Organisations organisations;
    private final Users users;
    private final PasswordPolicy policy;

    InvitationController(Invitations invitations, Organisations organisations, Users users, PasswordPolicy policy) {
        this.invitations = invitations;
        this.organisations = organisations;
        this.users = users;
        this.policy = policy;
    }

    @GetMapping("/invitations/accept")
    String show(@RequestParam(required = false) String token, @AuthenticationPrincipal SignedInUser user,
            Model model) {
        Optional<Invitations.Open> open = invitations.open(token);
        if (open.isEmpty()) {
            return "account/link-invalid";
        }
        model.addAttribute("form", new NewMemberForm(token, "", ""));
        return page(open.get(), user, model);
    }

    @PostMapping("/invitations/accept")
    String accept(@Validated @ModelAttribute("form") NewMemberForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser user, Locale locale, Model model) {
        Optional<Invitations.Open> open = invitations.open(form.token());
        if (open.isEmpty()) {
            return "account/link-invalid";
        }
        if (user != null) {
            return invitations.accept(form.token(), user) ? "redirect:/organisations/mine?joined"
                    : page(open.get(), user, model);
        }
        if (users.byEmail(open.get().email()).isPresent()) {
            return page(open.get(), null, model);
        }
        if (form.name() == null || form.name().isBlank()) {
            errors.rejectValue("name", "validation.required");
        }
        FormChecks.password(policy, form.password(), open.get().email(), "password", errors);
        if (errors.hasErrors()) {
            return page(open.get(), null, model);
        }
        try {
            return invitations.acceptAsNewUser(form.token(), form.name().strip(), form.password(), locale)
                    ? "redirect:/login?joined" : "account/link-invalid";
        }
        catch (IllegalStateException alreadyRegistered) {
            return page(open.get(), null, model);
        }
    }

    private String page(Invitations.Open open, SignedInUser user, Model model) {
        model.addAttribute("invitation", open);
        model.addAttribute("organisation", organisations.find(new OrganisationId(open.organisationId()))
                .map(o -> o.name()).orElse(""));
        model.addAttribute("signedIn", user != null);
        model.addAttribute("sameAddress", user != null && user.email().equalsIgnoreCase(open.email()));
        model.addAttribute("accountExists", user == null && users.byEmail(open.email()).isPresent());
        return "account/invitation";
    }

    /** Name and password are only needed when a new account is created. */
    record NewMemberForm(String token,
            @Size(max = UserAccount.MAX_NAME_LENGTH, message = "{validation.tooLong}") String name,
            String password) {
    }
}
