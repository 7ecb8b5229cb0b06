package de.bruecke.account;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import de.bruecke.platform.NavigationEntry;
import de.bruecke.platform.RouteRules;
import de.bruecke.platform.SecurityCustomizer;
import de.bruecke.platform.SignInLanguage;
import de.bruecke.platform.SupportedLanguage;
import de.bruecke.platform.UserLanguageStore;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

@Configuration(proxyBeanMethods = false)
class AccountSecurity {

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    UserDetailsService userDetailsService(Users users) {
        return email -> users.byEmail(email)
                .map(u -> new SignedInUser(u.id(), u.email(), u.displayName(), u.passwordHash(), u.confirmed(),
                        u.blocked(), users.grants(u.id())))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService userDetails, PasswordEncoder encoder,
            LoginThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(userDetails);
        passwords.setPasswordEncoder(encoder);
        // Account state is only revealed after the right password, so it cannot be used to probe addresses.
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(accountState());
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    private static UserDetailsChecker accountState() {
        return user -> {
            if (!user.isAccountNonLocked()) {
                throw new LockedException("blocked");
            }
            if (!user.isEnabled()) {
                throw new DisabledException("unconfirmed");
            }
        };
    }

    @Bean
    SecurityCustomizer currentAccount(Users users) {
        return http -> http.addFilterAfter(new CurrentAccount(users), SecurityContextHolderFilter.class);
    }

    @Bean
    SecurityCustomizer loginForm(SignInLanguage language) {
        return http -> http
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(signedIn(language))
                        .failureHandler(AccountSecurity::loginFailed)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll());
    }

    private static AuthenticationSuccessHandler signedIn(SignInLanguage language) {
        var target = new SavedRequestAwareAuthenticationSuccessHandler();
        target.setDefaultTargetUrl("/account");
        return (request, response, authentication) -> {
            language.apply(request, response, authentication.getName());
            target.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        String reason = "credentials";
        if (failure instanceof ThrottledException) {
            reason = "throttled";
        }
        else if (failure instanceof LockedException) {
            reason = "blocked";
        }
        else if (failure instanceof DisabledException) {
            reason = "unconfirmed";
        }
        String email = request.getParameter("email");
        if (email != null && email.length() <= 320) {
            request.getSession().setAttribute(LoginController.LAST_EMAIL, email);
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
    }

    @Bean
    UserLanguageStore userLanguageStore(Users users) {
        return new UserLanguageStore() {

            @Override
            public void remember(String email, SupportedLanguage language) {
                users.changeLanguage(email, language.code());
            }

            @Override
            public Optional<SupportedLanguage> saved(String email) {
                return users.byEmail(email).flatMap(u -> SupportedLanguage.of(u.language()));
            }
        };
    }

    @Bean
    RouteRules accountRoutes() {
        return routes -> routes
                .requestMatchers(HttpMethod.GET, "/login", "/register", "/register/sent", "/register/confirm",
                        "/password/forgot", "/password/reset", "/account/email/confirm", "/invitations/accept")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/register", "/register/resend", "/password/forgot",
                        "/password/reset", "/invitations/accept")
                .permitAll()
                .requestMatchers("/account", "/account/password", "/account/email", "/organisations/mine")
                .authenticated()
                .requestMatchers("/organisations/{organisation}/members", "/organisations/{organisation}/invitations",
                        "/organisations/{organisation}/invitations/{invitation}/revoke")
                .access(organisationAdmin())
                .requestMatchers("/admin/users", "/admin/users/**").hasRole("ADMINISTRATOR");
    }

    /** MO admins of the organisation in the path, and administrators. */
    static AuthorizationManager<RequestAuthorizationContext> organisationAdmin() {
        return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
            String organisation = context.getVariables().get("organisation");
            Authentication auth = authentication.get();
            if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof SignedInUser user)) {
                return new AuthorizationDecision(false);
            }
            try {
                UUID id = UUID.fromString(organisation);
                return new AuthorizationDecision(user.has(Role.ADMINISTRATOR) || user.has(Role.MO_ADMIN, id));
            }
            catch (IllegalArgumentException e) {
                return new AuthorizationDecision(false);
            }
        };
    }

    @Bean
    NavigationEntry myOrganisationsEntry() {
        return new NavigationEntry("nav.myOrganisations", "/organisations/mine", 50, NavigationEntry.SIGNED_IN);
    }

    @Bean
    NavigationEntry accountEntry() {
        return new NavigationEntry("nav.account", "/account", 80, NavigationEntry.SIGNED_IN);
    }

    @Bean
    NavigationEntry userAdminEntry() {
        return new NavigationEntry("nav.adminUsers", "/admin/users", 91, "ROLE_ADMINISTRATOR");
    }
}
