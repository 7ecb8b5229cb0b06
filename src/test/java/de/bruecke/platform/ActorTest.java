package de.bruecke.platform;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

class ActorTest {

    private static final UUID KONTAKT = UUID.randomUUID();
    private static final UUID DIALOG = UUID.randomUUID();
    private static final UUID JOBCENTER = UUID.randomUUID();
    private static final UUID BERLIN = UUID.randomUUID();

    /** A principal as the account module makes it: an account ID and a name others see. */
    record Person(AccountId accountId, String displayName) implements AccountHolder, DisplayNamed {
    }

    @Test
    void nobodySignedInIsAVisitor() {
        assertThat(Actor.of(null)).isEqualTo(Actor.VISITOR);
        assertThat(Actor.of(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isEqualTo(Actor.VISITOR);
        assertThat(Actor.of(UsernamePasswordAuthenticationToken.unauthenticated("someone", null)))
                .as("not authenticated").isEqualTo(Actor.VISITOR);
        assertThat(Actor.VISITOR.isVisitor()).isTrue();
        assertThat(Actor.VISITOR.seesAll()).isFalse();
        assertThat(Actor.VISITOR.organisations()).isEmpty();
    }

    @Test
    void readsRolesAndScopesFromTheAuthorities() {
        UUID account = UUID.randomUUID();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(new Person(new AccountId(account), "Ada Admin"), null,
                AuthorityUtils.createAuthorityList("ROLE_MO_ADMIN", ScopedAuthority.of("MO_ADMIN", KONTAKT),
                        "ROLE_MO_MEMBER", ScopedAuthority.of("MO_MEMBER", DIALOG), "ROLE_INSTITUTION_MEMBER",
                        ScopedAuthority.of("INSTITUTION_MEMBER", JOBCENTER), "ROLE_NETWORK_STAFF",
                        ScopedAuthority.of("NETWORK_STAFF", BERLIN), "ROLE_EXPERT"));
        Actor actor = Actor.of(authentication);
        assertThat(actor.isVisitor()).isFalse();
        assertThat(actor.accountId()).isEqualTo(new AccountId(account));
        assertThat(actor.ownerKey()).isEqualTo(account.toString());
        assertThat(actor.displayName()).isEqualTo("Ada Admin");
        assertThat(actor.roles()).containsExactlyInAnyOrder("MO_ADMIN", "MO_MEMBER", "INSTITUTION_MEMBER",
                "NETWORK_STAFF", "EXPERT");
        assertThat(actor.isExpert()).isTrue();
        assertThat(actor.isNetworkStaff()).isTrue();
        assertThat(actor.seesAll()).isFalse();
        assertThat(actor.networks()).containsExactly(BERLIN);
        assertThat(actor.staffOf(BERLIN)).isTrue();
        assertThat(actor.adminOf(KONTAKT)).isTrue();
        assertThat(actor.adminOf(DIALOG)).isFalse();
        assertThat(actor.inMo(DIALOG)).isTrue();
        assertThat(actor.inMo(JOBCENTER)).isFalse();
        assertThat(actor.memberOf(JOBCENTER)).isTrue();
        assertThat(actor.memberOf(BERLIN)).isFalse();
        assertThat(actor.organisations()).containsExactlyInAnyOrder(KONTAKT, DIALOG, JOBCENTER);
    }

    @Test
    void administratorsAndCoordinatorsSeeAll() {
        for (String role : List.of("ADMINISTRATOR", "COORDINATOR")) {
            Actor actor = Actor.of(UsernamePasswordAuthenticationToken.authenticated("someone@example.org", null,
                    AuthorityUtils.createAuthorityList("ROLE_" + role)));
            assertThat(actor.seesAll()).isTrue();
            assertThat(actor.accountId()).as("no account principal").isNull();
            assertThat(actor.ownerKey()).isEqualTo("someone@example.org");
            assertThat(actor.displayName()).isEqualTo("someone@example.org");
            assertThat(actor.networks()).isEmpty();
        }
    }
}
