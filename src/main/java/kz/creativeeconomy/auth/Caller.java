package kz.creativeeconomy.auth;

import jakarta.enterprise.context.RequestScoped;

/** Who is making this request: set by {@link AuthFilter} for operations that need a key. */
@RequestScoped
public class Caller {

    public record Identity(long keyId, String name, Role role) {
    }

    private Identity identity;

    void set(Identity identity) {
        this.identity = identity;
    }

    public Identity get() {
        if (identity == null) {
            throw new IllegalStateException("No authenticated caller on this request");
        }
        return identity;
    }
}
