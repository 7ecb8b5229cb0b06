package de.bruecke.platform.web;

import java.util.List;

import de.bruecke.platform.NavigationEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutTest {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPersonWithTwoRolesThatShareAnEntrySeesItOnce() {
        Layout layout = new Layout(List.of(
                new NavigationEntry("nav.home", "/", 0, NavigationEntry.EVERYONE),
                new NavigationEntry("questionnaire.nav", "/admin/questionnaires", 85, "ROLE_COORDINATOR"),
                new NavigationEntry("questionnaire.nav", "/admin/questionnaires", 86, "ROLE_ADMINISTRATOR"),
                new NavigationEntry("nav.adminUsers", "/admin/users", 91, "ROLE_ADMINISTRATOR")),
                new MockEnvironment());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "both@bruecke.example", null, AuthorityUtils.createAuthorityList("ROLE_COORDINATOR", "ROLE_ADMINISTRATOR")));

        assertThat(layout.navigation()).extracting(Layout.NavigationLink::href)
                .containsExactly("/", "/admin/questionnaires", "/admin/users");
    }
}
