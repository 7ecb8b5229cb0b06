package de.bruecke.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * How a controller turns a policy's answer into a denial, the same way everywhere: 403 when the person may not do
 * what they asked, 404 when they may not even know the thing exists.
 */
public final class Access {

    private Access() {
    }

    /** Goes on when allowed; otherwise answers 403. */
    public static void requireAllowed(boolean allowed) {
        if (!allowed) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** Goes on when the thing may be seen; otherwise answers 404, so hidden things do not reveal they exist. */
    public static void requireVisible(boolean visible) {
        if (!visible) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
