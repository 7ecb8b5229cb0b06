package de.bruecke.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.ServletException;

import de.bruecke.notification.MailAddress;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own account: overview, password and e-mail address. */
@Controller
class AccountController {

    private final Users users;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final EmailChange emailChange;
    private final RoleNames roleNames;

    AccountController(Users users, PasswordPolicy policy, PasswordEncoder encoder, EmailChange emailChange,
            RoleNames roleNames) {
        this.users = users;
        this.policy = policy;
        this.encoder = encoder;
        this.emailChange = emailChange;
        this.roleNames = roleNames;
    }

    @GetMapping("/account")
    String show(@AuthenticationPrincipal SignedInUser user, Model model) {
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm("", ""));
        }
        if (!model.containsAttribute("emailForm")) {
            model.addAttribute("emailForm", new EmailForm("", ""));
        }
        return page(user, model);
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal SignedInUser user,
            @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        UserAccount account = users.byId(user.id()).orElseThrow();
        if (!isCurrentPassword(form.currentPassword(), account)) {
            errors.rejectValue("currentPassword", "validation.password.wrong");
        }
        FormChecks.password(policy, form.newPassword(), account.email(), "newPassword", errors);
        if (errors.hasErrors()) {
            model.addAttribute("emailForm", new EmailForm("", ""));
            return page(user, model);
        }
        users.changePassword(user.id(), encoder.encode(form.newPassword()));
        redirect.addFlashAttribute("notice", "account.password.changed");
        return "redirect:/account";
    }

    @PostMapping("/account/email")
    String changeEmail(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("emailForm") EmailForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        UserAccount account = users.byId(user.id()).orElseThrow();
        String email = MailAddress.normalise(form.newEmail());
        FormChecks.email(email, "newEmail", errors);
        if (!isCurrentPassword(form.currentPassword(), account)) {
            errors.rejectValue("currentPassword", "validation.password.wrong");
        }
        if (errors.hasErrors()) {
            model.addAttribute("passwordForm", new PasswordForm("", ""));
            return page(user, model);
        }
        emailChange.request(user.id(), email, locale);
        redirect.addFlashAttribute("notice", "account.email.sent");
        return "redirect:/account";
    }

    @GetMapping("/account/email/confirm")
    String confirmEmail(@RequestParam(required = false) String token, Locale locale, Model model,
            HttpServletRequest request) throws ServletException {
        EmailChange.Outcome outcome = emailChange.confirm(token, locale);
        if (outcome == EmailChange.Outcome.CHANGED) {
            request.logout();
        }
        model.addAttribute("outcome", outcome.name());
        return "account/email-confirmed";
    }

    private boolean isCurrentPassword(String candidate, UserAccount account) {
        return candidate != null && candidate.length() <= PasswordPolicy.MAX_LENGTH
                && encoder.matches(candidate, account.passwordHash());
    }

    private String page(SignedInUser user, Model model) {
        UserAccount account = users.byId(user.id()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("roles", roleNames.describe(users.grants(user.id())));
        return "account/account";
    }

    record PasswordForm(String currentPassword, String newPassword) {
    }

    record EmailForm(String newEmail, String currentPassword) {
    }
}
