package de.bruecke.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** Lets a module add to the web security setup (e.g. the login form). */
@FunctionalInterface
public interface SecurityCustomizer {

    void customize(HttpSecurity http) throws Exception;
}
