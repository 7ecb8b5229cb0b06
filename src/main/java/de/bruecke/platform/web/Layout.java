package de.bruecke.platform.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import de.bruecke.platform.DemoMode;
import de.bruecke.platform.NavigationEntry;
import de.bruecke.platform.SupportedLanguage;

import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's frame needs: language, direction, navigation and sign-in state. Used as {@code @layout}. */
@Component("layout")
class Layout {

    private final List<NavigationEntry> entries;
    private final boolean demo;

    Layout(List<NavigationEntry> entries, Environment environment) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
        this.demo = DemoMode.active(environment);
    }

    public SupportedLanguage language(Locale locale) {
        return SupportedLanguage.of(locale).orElse(SupportedLanguage.fallback());
    }

    public List<LanguageLink> languageLinks(Locale current) {
        String base = currentPath();
        SupportedLanguage active = language(current);
        return Arrays.stream(SupportedLanguage.values())
                .map(l -> new LanguageLink(l, UriComponentsBuilder.fromUriString(base)
                        .replaceQueryParam("lang", l.code()).build().encode().toUriString(), l == active))
                .toList();
    }

    public List<NavigationLink> navigation() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = currentPath();
        int query = path.indexOf('?');
        String plain = query < 0 ? path : path.substring(0, query);
        Set<String> shown = new HashSet<>();
        return entries.stream().filter(e -> e.visibleTo(authentication)).filter(e -> shown.add(e.path()))
                .map(e -> new NavigationLink(e.labelKey(), e.path(),
                        e.path().equals("/") ? plain.equals("/") : plain.startsWith(e.path())))
                .toList();
    }

    public boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    public String userName() {
        return signedIn() ? SecurityContextHolder.getContext().getAuthentication().getName() : "";
    }

    public boolean demo() {
        return demo;
    }

    private static String currentPath() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "/";
        }
        HttpServletRequest request = attributes.getRequest();
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = errorUri instanceof String uri ? uri : request.getRequestURI();
        String context = request.getContextPath();
        if (!context.isEmpty() && path.startsWith(context)) {
            path = path.substring(context.length());
        }
        String query = errorUri == null ? request.getQueryString() : null;
        return query == null ? path : path + "?" + query;
    }

    public record NavigationLink(String labelKey, String href, boolean current) {
    }

    public record LanguageLink(SupportedLanguage language, String href, boolean active) {
    }
}
