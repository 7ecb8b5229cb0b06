package de.bruecke.platform.security;

import de.bruecke.platform.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.ServletWebRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ActorArgumentResolverTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void resolvesTheActorOncePerRequest() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "koordination@example.org", null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
        var resolver = new ActorArgumentResolver();
        var request = new ServletWebRequest(new MockHttpServletRequest());
        Actor first = resolver.resolveArgument(null, null, request, null);
        assertThat(first.seesAll()).isTrue();
        SecurityContextHolder.clearContext();
        assertThat(resolver.resolveArgument(null, null, request, null)).as("kept for the request").isSameAs(first);
        assertThat(resolver.resolveArgument(null, null, new ServletWebRequest(new MockHttpServletRequest(), null),
                null)).as("a new request").isEqualTo(Actor.VISITOR);
    }
}
