package de.bruecke.platform;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * An entry of the main navigation, contributed by a module as a bean.
 *
 * @param authority who sees it: {@link #EVERYONE}, {@link #SIGNED_IN} or a granted authority such as
 *     {@code ROLE_ADMINISTRATOR}
 */
public record NavigationEntry(String labelKey, String path, int order, String authority) {

    public static final String EVERYONE = "*";
    public static final String SIGNED_IN = "signed-in";

    public boolean visibleTo(Authentication authentication) {
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
        return switch (authority) {
            case EVERYONE -> true;
            case SIGNED_IN -> signedIn;
            default -> signedIn && authentication.getAuthorities().stream()
                    .anyMatch(granted -> authority.equals(granted.getAuthority()));
        };
    }
}
