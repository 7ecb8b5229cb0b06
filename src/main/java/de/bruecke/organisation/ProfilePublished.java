package de.bruecke.organisation;

import java.util.Objects;

/**
 * Published when an organisation's profile becomes public (chosen on the profile, at registration, or by an import):
 * from now on everyone may see it in the directory.
 */
public record ProfilePublished(OrganisationId organisation) {

    public ProfilePublished {
        Objects.requireNonNull(organisation);
    }
}
