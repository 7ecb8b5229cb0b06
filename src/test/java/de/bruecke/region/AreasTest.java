package de.bruecke.region;

import java.util.Set;

import de.bruecke.platform.Actor;
import de.bruecke.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AreasTest {

    @Autowired
    Areas areas;

    @Autowired
    Networks networks;

    @AfterEach
    void endRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void networkStaffActInTheirNetworksAreasAdministratorsEverywhereOthersNowhere() {
        var all = networks.all();
        Network first = all.get(0);
        Network second = all.get(1);
        Actor staff = actor(Set.of("NETWORK_STAFF"), Set.of(first.id().value(), second.id().value()));
        assertThat(areas.of(staff)).isEqualTo(first.area().union(second.area())).isEqualTo(areas.ofNetworks(staff));
        assertThat(areas.networksOf(staff)).containsExactlyInAnyOrder(first, second);
        Actor coordinator = actor(Set.of("COORDINATOR"), Set.of());
        assertThat(areas.of(coordinator)).isEqualTo(Area.EVERYWHERE);
        assertThat(areas.ofNetworks(coordinator)).isEqualTo(Area.NOWHERE);
        Actor coordinatingStaff = actor(Set.of("COORDINATOR", "NETWORK_STAFF"), Set.of(first.id().value()));
        assertThat(areas.of(coordinatingStaff)).isEqualTo(Area.EVERYWHERE);
        assertThat(areas.ofNetworks(coordinatingStaff)).isEqualTo(first.area());
        assertThat(areas.of(Actor.VISITOR)).isEqualTo(Area.NOWHERE);
        assertThat(areas.of(actor(Set.of("EXPERT"), Set.of()))).isEqualTo(Area.NOWHERE);
    }

    @Test
    void readsTheNetworksOncePerRequest() {
        var request = new MockHttpServletRequest();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        Network first = networks.all().get(0);
        Actor staff = actor(Set.of("NETWORK_STAFF"), Set.of(first.id().value()));
        Area area = areas.of(staff);
        assertThat(areas.of(staff)).isSameAs(area);
        assertThat(request.getAttribute(Areas.class.getName())).isNotNull();
    }

    private static Actor actor(Set<String> roles, Set<java.util.UUID> networks) {
        return new Actor(null, "someone@example.org", "Someone", roles, networks, Set.of(), Set.of(), Set.of());
    }
}
