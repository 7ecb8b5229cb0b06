package de.bruecke.account;

import java.util.Locale;

import de.bruecke.notification.MailAddress;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Forgotten password: ask for a link, then set a new password. */
@Controller
class PasswordController {

    private final PasswordReset reset;
    private final PasswordPolicy policy;

    PasswordController(PasswordReset reset, PasswordPolicy policy) {
        this.reset = reset;
        this.policy = policy;
    }

    @GetMapping("/password/forgot")
    String forgot(Model model) {
        model.addAttribute("form", new ForgotForm(""));
        return "account/password-forgot";
    }

    @PostMapping("/password/forgot")
    String requestLink(@ModelAttribute("form") ForgotForm form, BindingResult errors, Locale locale, Model model) {
        String email = MailAddress.normalise(form.email());
        FormChecks.email(email, "email", errors);
        if (errors.hasErrors()) {
            return "account/password-forgot";
        }
        reset.request(email, locale);
        model.addAttribute("sent", true);
        return "account/password-forgot";
    }

    @GetMapping("/password/reset")
    String resetForm(@RequestParam(required = false) String token, Model model) {
        if (!reset.usable(token)) {
            return "account/link-invalid";
        }
        model.addAttribute("form", new ResetForm(token, ""));
        return "account/password-reset";
    }

    @PostMapping("/password/reset")
    String resetPassword(@ModelAttribute("form") ResetForm form, BindingResult errors) {
        if (!reset.usable(form.token())) {
            return "account/link-invalid";
        }
        FormChecks.password(policy, form.password(), null, "password", errors);
        if (errors.hasErrors()) {
            return "account/password-reset";
        }
        return reset.reset(form.token(), form.password()) ? "redirect:/login?reset" : "account/link-invalid";
    }

    record ForgotForm(String email) {
    }

    record ResetForm(String token, String password) {
    }

}
