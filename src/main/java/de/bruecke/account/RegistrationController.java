package de.bruecke.account;

import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import de.bruecke.notification.MailAddress;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class RegistrationController {

    private final Registration registration;
    private final PasswordPolicy policy;

    RegistrationController(Registration registration, PasswordPolicy policy) {
        this.registration = registration;
        this.policy = policy;
    }

    @GetMapping("/register")
    String form(Model model) {
        model.addAttribute("form", new RegistrationForm("", "", "", null));
        return "account/register";
    }

    @PostMapping("/register")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult errors, Locale locale) {
        String email = MailAddress.normalise(form.email());
        FormChecks.email(email, "email", errors);
        FormChecks.password(policy, form.password(), email, "password", errors);
        if (!form.consentGiven()) {
            errors.rejectValue("consent", "validation.consent");
        }
        if (errors.hasErrors()) {
            return "account/register";
        }
        registration.register(form.name().strip(), email, form.password(), locale);
        return "redirect:/register/sent";
    }

    @GetMapping("/register/sent")
    String sent() {
        return "account/register-sent";
    }

    @GetMapping("/register/confirm")
    String confirm(@RequestParam(required = false) String token, Model model) {
        model.addAttribute("confirmed", registration.confirm(token));
        return "account/register-confirmed";
    }

    @PostMapping("/register/resend")
    String resend(@RequestParam(required = false) String email, Locale locale) {
        String address = MailAddress.normalise(email);
        if (MailAddress.isValid(address)) {
            registration.resendConfirmation(address, locale);
        }
        return "redirect:/register/sent";
    }

    record RegistrationForm(
            @NotBlank(message = "{validation.required}") @Size(max = UserAccount.MAX_NAME_LENGTH, message = "{validation.tooLong}") String name,
            String email,
            String password,
            String consent) {

        boolean consentGiven() {
            return "true".equals(consent) || "on".equals(consent);
        }
    }
}
