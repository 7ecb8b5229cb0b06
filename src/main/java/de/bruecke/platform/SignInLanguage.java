package de.bruecke.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reconciles languages at sign-in: a language chosen on this device wins and is saved for the person; otherwise the
 * person's saved language is applied to this device.
 */
public interface SignInLanguage {

    void apply(HttpServletRequest request, HttpServletResponse response, String username);
}
