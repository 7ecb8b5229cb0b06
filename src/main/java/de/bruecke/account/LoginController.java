package de.bruecke.account;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    static final String LAST_EMAIL = "bruecke.login.lastEmail";

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, HttpSession session, Model model) {
        Object lastEmail = session.getAttribute(LAST_EMAIL);
        session.removeAttribute(LAST_EMAIL);
        model.addAttribute("email", lastEmail instanceof String s ? s : "");
        model.addAttribute("error", switch (error == null ? "" : error) {
            case "throttled", "blocked", "unconfirmed", "credentials" -> error;
            default -> error == null ? null : "credentials";
        });
        return "account/login";
    }
}
