package de.bruecke.organisation;

import java.time.Instant;
import java.util.Objects;

/**
 * Published when network staff verify an organisation's profile (also when they confirm it again after a change).
 *
 * @param verifiedBy the name of the staff member, as recorded on the profile
 */
public record ProfileVerified(OrganisationId organisation, String verifiedBy, Instant verifiedAt) {

    public ProfileVerified {
        Objects.requireNonNull(organisation);
        Objects.requireNonNull(verifiedBy);
        Objects.requireNonNull(verifiedAt);
    }
}
