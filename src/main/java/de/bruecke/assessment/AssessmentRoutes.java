package de.bruecke.assessment;

import java.util.UUID;
import java.util.function.Supplier;

import de.bruecke.platform.RouteRules;
import de.bruecke.platform.ScopedAuthority;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may use the assessment pages: the organisation's MO members and admins; starting, inviting and closing only its
 * MO admins. Answers and results stay inside the organisation: platform administrators, coordinators and network
 * staff have no access (sharing with the network comes later).
 */
@Configuration(proxyBeanMethods = false)
class AssessmentRoutes {

    static final String BASE = "/organisations/{organisation}/assessments";

    @Bean
    RouteRules assessmentRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.POST, BASE).access(scopedTo("MO_ADMIN"))
                .requestMatchers(BASE + "/{round}/respondents", BASE + "/{round}/close").access(scopedTo("MO_ADMIN"))
                .requestMatchers(BASE, BASE + "/**").access(scopedTo("MO_MEMBER", "MO_ADMIN"));
    }

    /** Signed-in people holding one of the roles for the organisation in the path. */
    static AuthorizationManager<RequestAuthorizationContext> scopedTo(String... roles) {
        return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
            Authentication auth = authentication.get();
            UUID organisation;
            try {
                organisation = UUID.fromString(context.getVariables().getOrDefault("organisation", ""));
            }
            catch (IllegalArgumentException e) {
                return new AuthorizationDecision(false);
            }
            for (String role : roles) {
                if (ScopedAuthority.scopes(auth, role).contains(organisation)) {
                    return new AuthorizationDecision(true);
                }
            }
            return new AuthorizationDecision(false);
        };
    }
}
