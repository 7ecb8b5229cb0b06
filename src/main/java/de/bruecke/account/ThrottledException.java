package de.bruecke.account;

import org.springframework.security.core.AuthenticationException;

class ThrottledException extends AuthenticationException {

    ThrottledException() {
        super("Too many failed sign-in attempts");
    }
}
