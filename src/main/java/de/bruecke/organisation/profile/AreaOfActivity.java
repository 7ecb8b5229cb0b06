package de.bruecke.organisation.profile;

import org.springframework.modulith.NamedInterface;

/** How far an organisation's work reaches: a radius, listed Kreise, listed Länder, or all of Germany. */
@NamedInterface("profile")
public enum AreaOfActivity {
    LOCAL, KREISE, LAENDER, NATIONWIDE
}
