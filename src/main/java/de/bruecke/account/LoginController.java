package de.bruecke.account;

import java.util.Set;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    static final String LAST_EMAIL = "bruecke.login.lastEmail";
    private static final Set<String> REASONS = Set.of("throttled", "blocked", "unconfirmed", "credentials");

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
        Object lastEmail = session.getAttribute(LAST_EMAIL);
        session.removeAttribute(LAST_EMAIL);
        model.addAttribute("email", lastEmail instanceof String s ? s : "");
        model.addAttribute("error", error == null || REASONS.contains(error) ? error : "credentials");
        return "account/login";
    }
}
