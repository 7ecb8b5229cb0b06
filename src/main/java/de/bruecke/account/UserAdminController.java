package de.bruecke.account;

import java.util.UUID;

import de.bruecke.organisation.OrganisationId;
import de.bruecke.organisation.Organisations;
import de.bruecke.region.NetworkId;
import de.bruecke.region.Networks;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators find people, give and take roles, block and unblock accounts. */
@Controller
class UserAdminController {

    private static final int MAX_RESULTS = 100;

    private final Users users;
    private final Organisations organisations;
    private final Networks networks;
    private final RoleNames roleNames;

    UserAdminController(Users users, Organisations organisations, Networks networks, RoleNames roleNames) {
        this.users = users;
        this.organisations = organisations;
        this.networks = networks;
        this.roleNames = roleNames;
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(defaultValue = "") String q, Model model) {
        String query = q.length() > 200 ? q.substring(0, 200) : q.strip();
        model.addAttribute("q", query);
        model.addAttribute("users", users.search(query, MAX_RESULTS));
        model.addAttribute("maxResults", MAX_RESULTS);
        return "account/admin-users";
    }

    @GetMapping("/admin/users/{id}")
    String show(@PathVariable UUID id, Model model) {
        UserAccount account = users.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var stored = users.storedGrants(id);
        model.addAttribute("account", account);
        model.addAttribute("grants", stored);
        model.addAttribute("described", roleNames.describe(stored.stream().map(Users.StoredGrant::grant).toList()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("networks", networks.all());
        return "account/admin-user";
    }

    @PostMapping("/admin/users/{id}/grants")
    String grant(@PathVariable UUID id, @RequestParam(required = false) Role role,
            @RequestParam(required = false) UUID organisation, @RequestParam(required = false) UUID network,
            RedirectAttributes redirect) {
        users.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        RoleGrant grant = toGrant(role, organisation, network);
        if (grant == null) {
            redirect.addFlashAttribute("problem", "admin.users.grant.invalid");
        }
        else {
            users.grant(id, grant);
            redirect.addFlashAttribute("notice", "admin.users.grant.done");
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/grants/{grant}/revoke")
    String revoke(@PathVariable UUID id, @PathVariable UUID grant, RedirectAttributes redirect) {
        users.revoke(id, grant);
        redirect.addFlashAttribute("notice", "admin.users.revoke.done");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/block")
    String block(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean blocked,
            @AuthenticationPrincipal SignedInUser admin, RedirectAttributes redirect) {
        users.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (id.equals(admin.id())) {
            redirect.addFlashAttribute("problem", "admin.users.block.self");
        }
        else {
            users.block(id, blocked);
            redirect.addFlashAttribute("notice", blocked ? "admin.users.blocked" : "admin.users.unblocked");
        }
        return "redirect:/admin/users/" + id;
    }

    private RoleGrant toGrant(Role role, UUID organisation, UUID network) {
        if (role == null) {
            return null;
        }
        return switch (role.scope()) {
            case NONE -> new RoleGrant(role, null, null);
            case ORGANISATION -> organisation != null && organisations.find(new OrganisationId(organisation)).isPresent()
                    ? new RoleGrant(role, organisation, null) : null;
            case NETWORK -> network != null && networks.find(new NetworkId(network)).isPresent()
                    ? new RoleGrant(role, null, network) : null;
        };
    }
}
