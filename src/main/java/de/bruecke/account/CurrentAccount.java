package de.bruecke.account;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in session in step with the account: roles granted or taken away, a new name or address take effect
 * with the next request, and a blocked or deleted account is signed out — not only at the next sign-in.
 */
final class CurrentAccount extends OncePerRequestFilter {

    private final Users users;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    CurrentAccount(Users users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof UsernamePasswordAuthenticationToken
                && authentication.getPrincipal() instanceof SignedInUser user) {
            Optional<SignedInUser> now = current(user);
            if (now.isEmpty()) {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
            else if (changed(user, now.get())) {
                var fresh = UsernamePasswordAuthenticationToken.authenticated(now.get(), null,
                        now.get().getAuthorities());
                fresh.setDetails(authentication.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(fresh);
                SecurityContextHolder.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private Optional<SignedInUser> current(SignedInUser user) {
        return users.byId(user.id()).filter(account -> !account.blocked()).map(account -> {
            var signedIn = new SignedInUser(account.id(), account.email(), account.displayName(), null,
                    account.confirmed(), false, users.grants(account.id()));
            signedIn.eraseCredentials();
            return signedIn;
        });
    }

    private static boolean changed(SignedInUser before, SignedInUser now) {
        return !before.grants().equals(now.grants()) || !before.email().equals(now.email())
                || !Objects.equals(before.displayName(), now.displayName());
    }
}
