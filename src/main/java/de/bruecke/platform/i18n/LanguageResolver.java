package de.bruecke.platform.i18n;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.bruecke.platform.SignInLanguage;
import de.bruecke.platform.SupportedLanguage;
import de.bruecke.platform.UserLanguageStore;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * The language of a request: the person's explicit choice (cookie, set via {@code ?lang=} or at login), otherwise the
 * best match for the browser's preference, otherwise German. Only supported languages ever come out.
 */
class LanguageResolver extends CookieLocaleResolver implements SignInLanguage {

    static final String COOKIE = "BRUECKE_LANG";

    private final ObjectProvider<UserLanguageStore> store;

    LanguageResolver(ObjectProvider<UserLanguageStore> store) {
        super(COOKIE);
        this.store = store;
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
        setRejectInvalidCookies(true);
        setDefaultLocaleFunction(request ->
                SupportedLanguage.bestMatch(request.getHeader("Accept-Language")).locale());
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale resolved = super.resolveLocale(request);
        return SupportedLanguage.of(resolved)
                .orElseGet(() -> SupportedLanguage.bestMatch(request.getHeader("Accept-Language")))
                .locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Optional<SupportedLanguage> language = SupportedLanguage.of(locale);
        if (locale != null && language.isEmpty()) {
            return;
        }
        super.setLocale(request, response, language.map(SupportedLanguage::locale).orElse(null));
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (language.isPresent() && authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            store.ifAvailable(s -> s.remember(authentication.getName(), language.get()));
        }
    }

    @Override
    public void apply(HttpServletRequest request, HttpServletResponse response, String username) {
        UserLanguageStore languages = store.getIfAvailable();
        if (languages == null) {
            return;
        }
        if (WebUtils.getCookie(request, COOKIE) != null) {
            SupportedLanguage.of(resolveLocale(request)).ifPresent(l -> languages.remember(username, l));
        }
        else {
            languages.saved(username).ifPresent(l -> super.setLocale(request, response, l.locale()));
        }
    }
}
