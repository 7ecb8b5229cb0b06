package de.bruecke.assessment;

import java.util.UUID;
import java.util.function.BiPredicate;

import de.bruecke.platform.Actor;
import de.bruecke.platform.RouteRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
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
                .requestMatchers(HttpMethod.POST, BASE).access(scopedTo(Actor::adminOf))
                .requestMatchers(BASE + "/{round}/respondents", BASE + "/{round}/close", BASE + "/{round}/plan",
                        BASE + "/{round}/sharing").access(scopedTo(Actor::adminOf))
                .requestMatchers(HttpMethod.GET, BASE + "/{round}/results", BASE + "/{round}/results.pdf")
                .access(scopedToOrNetworkStaff())
                .requestMatchers(HttpMethod.GET, AREA_LIST)
                .hasAnyRole("NETWORK_STAFF", "COORDINATOR", "ADMINISTRATOR")
                .requestMatchers(HttpMethod.GET, AREA).access(networkReaders())
                .requestMatchers(BASE, BASE + "/**").access(scopedTo(Actor::inMo));
    }

    /** Members and admins of the organisation in the path, and any network staff (the controller checks the area). */
    static AuthorizationManager<RequestAuthorizationContext> scopedToOrNetworkStaff() {
        AuthorizationManager<RequestAuthorizationContext> members = scopedTo(Actor::inMo);
        return (authentication, context) -> {
            if (Actor.of(authentication.get()).isNetworkStaff()) {
                return new AuthorizationDecision(true);
            }
            return members.authorize(authentication, context);
        };
    }

    /** Network staff of the network in the path, coordinators and administrators. */
    static AuthorizationManager<RequestAuthorizationContext> networkReaders() {
        return (authentication, context) -> {
            Actor actor = Actor.of(authentication.get());
            if (actor.seesAll()) {
                return new AuthorizationDecision(true);
            }
            try {
                UUID network = UUID.fromString(context.getVariables().getOrDefault("network", ""));
                return new AuthorizationDecision(actor.staffOf(network));
            }
            catch (IllegalArgumentException e) {
                return new AuthorizationDecision(false);
            }
        };
    }

    /** Signed-in people whose roles fit the organisation in the path, e.g. {@code Actor::adminOf}. */
    static AuthorizationManager<RequestAuthorizationContext> scopedTo(BiPredicate<Actor, UUID> fits) {
        return (authentication, context) -> {
            UUID organisation;
            try {
                organisation = UUID.fromString(context.getVariables().getOrDefault("organisation", ""));
            }
            catch (IllegalArgumentException e) {
                return new AuthorizationDecision(false);
            }
            return new AuthorizationDecision(fits.test(Actor.of(authentication.get()), organisation));
        };
    }
}
