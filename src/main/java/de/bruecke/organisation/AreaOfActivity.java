package de.bruecke.organisation;

/** How far an organisation's work reaches: a radius, listed Kreise, listed Länder, or all of Germany. */
public enum AreaOfActivity {
    LOCAL, KREISE, LAENDER, NATIONWIDE
}
