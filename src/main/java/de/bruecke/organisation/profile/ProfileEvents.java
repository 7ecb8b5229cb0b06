package de.bruecke.organisation.profile;
import de.bruecke.organisation.ProfilePublished;
import de.bruecke.organisation.ProfileVerified;
import de.bruecke.organisation.Visibility;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns a saved profile edit into the events other modules listen to; called inside the transaction that saves it.
 */
@Component
class ProfileEvents {

    private final ApplicationEventPublisher events;

    ProfileEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** After an existing profile was saved with these changes. */
    void saved(Profile profile, Iterable<Profile.Change> changes) {
        for (Profile.Change change : changes) {
            if (change.field().equals("visibility") && Visibility.PUBLIC.name().equals(change.newValue())) {
                events.publishEvent(new ProfilePublished(profile.id()));
            }
            if (change.field().equals("verification") && profile.verified()) {
                events.publishEvent(new ProfileVerified(profile.id(), profile.verification().by(),
                        profile.verification().at()));
            }
        }
    }

    /** After a new profile was written in one go (an import). */
    void inserted(Profile profile) {
        if (profile.visibility() == Visibility.PUBLIC) {
            events.publishEvent(new ProfilePublished(profile.id()));
        }
        if (profile.verified()) {
            events.publishEvent(new ProfileVerified(profile.id(), profile.verification().by(),
                    profile.verification().at()));
        }
    }
}
