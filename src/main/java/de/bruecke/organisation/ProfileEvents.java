package de.bruecke.organisation;

import de.bruecke.organisation.profile.Profile;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Turns a saved profile edit into the events other modules listen to; called inside the transaction that saves it.
 */
@Component
public class ProfileEvents {

    private final ApplicationEventPublisher events;

    ProfileEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** After an existing profile was saved with these changes. */
    public void saved(Profile profile, Iterable<Profile.Change> changes) {
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
    public void inserted(Profile profile) {
        if (profile.visibility() == Visibility.PUBLIC) {
            events.publishEvent(new ProfilePublished(profile.id()));
        }
        if (profile.verified()) {
            events.publishEvent(new ProfileVerified(profile.id(), profile.verification().by(),
                    profile.verification().at()));
        }
    }
}
