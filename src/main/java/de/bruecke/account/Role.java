package de.bruecke.account;

/** What a person may do. Some roles only make sense for an organisation or a network: their scope. */
public enum Role {

    MO_MEMBER(Scope.ORGANISATION),
    MO_ADMIN(Scope.ORGANISATION),
    INSTITUTION_MEMBER(Scope.ORGANISATION),
    EXPERT(Scope.NONE),
    NETWORK_STAFF(Scope.NETWORK),
    COORDINATOR(Scope.NONE),
    ADMINISTRATOR(Scope.NONE);

    public enum Scope {
        NONE, ORGANISATION, NETWORK
    }

    private final Scope scope;

    Role(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
