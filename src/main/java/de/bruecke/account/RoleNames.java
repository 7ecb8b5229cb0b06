package de.bruecke.account;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.bruecke.organisation.Organisation;
import de.bruecke.organisation.Organisations;
import de.bruecke.region.Network;
import de.bruecke.region.Networks;

import org.springframework.stereotype.Component;

/** Describes role grants for people: the role and the name of the organisation or network it applies to. */
@Component
class RoleNames {

    record Described(Role role, UUID organisationId, String scopeName) {
    }

    private final Organisations organisations;
    private final Networks networks;

    RoleNames(Organisations organisations, Networks networks) {
        this.organisations = organisations;
        this.networks = networks;
    }

    List<Described> describe(List<RoleGrant> grants) {
        Map<UUID, String> organisationNames = organisations.findAll(grants.stream().map(RoleGrant::organisationId)
                .filter(Objects::nonNull).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(o -> o.id().value(), Organisation::name));
        Map<UUID, String> networkNames = networks.all().stream()
                .collect(Collectors.toMap(n -> n.id().value(), Network::name, (a, b) -> a));
        Function<RoleGrant, String> scope = grant -> switch (grant.role().scope()) {
            case NONE -> "";
            case ORGANISATION -> organisationNames.getOrDefault(grant.organisationId(), "?");
            case NETWORK -> networkNames.getOrDefault(grant.networkId(), "?");
        };
        return grants.stream().map(g -> new Described(g.role(), g.organisationId(), scope.apply(g))).toList();
    }
}
