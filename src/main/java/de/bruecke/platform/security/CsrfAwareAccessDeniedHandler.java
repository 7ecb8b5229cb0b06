package de.bruecke.platform.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** Tells people whose form expired (missing or stale CSRF token) what happened, instead of a bare "forbidden". */
class CsrfAwareAccessDeniedHandler implements AccessDeniedHandler {

    static final String FORM_EXPIRED = "bruecke.formExpired";

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (denied instanceof CsrfException) {
            request.setAttribute(FORM_EXPIRED, Boolean.TRUE);
        }
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
}
