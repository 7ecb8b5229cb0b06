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
 * Who may use the assessment pages: the organisation's MO members and admins; starting, inviting, closing, planning
 * and sharing only its MO admins. Answers stay inside the organisation. Results (page and PDF) are also open to
 * network staff, whose area and the round's sharing the controller checks. Area aggregates: network staff of that
 * network, coordinators and administrators.
 */
@Configuration(proxyBeanMethods = false)
public class AssessmentRoutes {

    public static final String BASE = "/organisations/{organisation}/assessments";
    public static final String AREA_LIST = "/networks/assessments";
    public static final String AREA = "/networks/{network}/assessments";

    @Bean
    RouteRules assessmentRouteRules() {
        return routes -> routes
                .requestMatchers(HttpMethod.POST, BASE).access(scopedTo("MO_ADMIN"))
                .requestMatchers(BASE + "/{round}/respondents", BASE + "/{round}/close", BASE + "/{round}/plan",
                        BASE + "/{round}/sharing").access(scopedTo("MO_ADMIN"))
                .requestMatchers(HttpMethod.GET, BASE + "/{round}/results", BASE + "/{round}/results.pdf")
                .access(scopedToOrNetworkStaff())
                .requestMatchers(HttpMethod.GET, AREA_LIST)
                .hasAnyRole("NETWORK_STAFF", "COORDINATOR", "ADMINISTRATOR")
                .requestMatchers(HttpMethod.GET, AREA).access(networkReaders())
                .requestMatchers(BASE, BASE + "/**").access(scopedTo("MO_MEMBER", "MO_ADMIN"));
    }

    /** Members and admins of the organisation in the path, and any network staff (the controller checks the area). */
    static AuthorizationManager<RequestAuthorizationContext> scopedToOrNetworkStaff() {
        AuthorizationManager<RequestAuthorizationContext> members = scopedTo("MO_MEMBER", "MO_ADMIN");
        return (authentication, context) -> {
            if (ScopedAuthority.has(authentication.get(), "NETWORK_STAFF")) {
                return new AuthorizationDecision(true);
            }
            return members.authorize(authentication, context);
        };
    }

    /** Network staff of the network in the path, coordinators and administrators. */
    static AuthorizationManager<RequestAuthorizationContext> networkReaders() {
        return (authentication, context) -> {
            Authentication auth = authentication.get();
            if (ScopedAuthority.has(auth, "COORDINATOR") || ScopedAuthority.has(auth, "ADMINISTRATOR")) {
                return new AuthorizationDecision(true);
            }
            try {
                UUID network = UUID.fromString(context.getVariables().getOrDefault("network", ""));
                return new AuthorizationDecision(ScopedAuthority.scopes(auth, "NETWORK_STAFF").contains(network));
            }
            catch (IllegalArgumentException e) {
                return new AuthorizationDecision(false);
            }
        };
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
