package de.bruecke.platform.security;

import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

import de.bruecke.platform.RouteRules;
import de.bruecke.platform.SecurityCustomizer;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http, List<RouteRules> moduleRules, List<SecurityCustomizer> customizers,
            @Qualifier("requestMappingHandlerMapping") HandlerMapping controllers) throws Exception {
        http.authorizeHttpRequests(routes -> {
            routes.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
            routes.requestMatchers("/assets/**", "/webjars/**", "/error")
                    .permitAll();
            moduleRules.forEach(rules -> rules.configure(routes));
            routes.anyRequest().access((authentication, context) ->
                    new AuthorizationDecision(!hasController(controllers, context.getRequest())));
        });
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        http.exceptionHandling(handling -> handling.accessDeniedHandler(new CsrfAwareAccessDeniedHandler()));
        for (SecurityCustomizer customizer : customizers) {
            customizer.customize(http);
        }
        return http.build();
    }

    /** Routes no module allowed are denied; unknown addresses fall through to the 404 page. */
    private static boolean hasController(HandlerMapping controllers, HttpServletRequest request) {
        try {
            if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            return controllers.getHandler(request) != null;
        }
        catch (Exception e) {
            return true;
        }
    }
}
