package de.bruecke.platform;

/** A signed-in person's stable account ID, which stays the same when they change their e-mail address. */
public interface AccountHolder {

    AccountId accountId();
}
