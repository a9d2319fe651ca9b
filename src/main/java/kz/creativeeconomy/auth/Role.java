package kz.creativeeconomy.auth;

/** What a key may do. Reading needs no key at all. */
public enum Role {
    /** Changes data. */
    editor,
    /** Changes data and manages keys; reads the audit log. */
    admin;

    public boolean allows(Role required) {
        return this == admin || this == required;
    }
}
