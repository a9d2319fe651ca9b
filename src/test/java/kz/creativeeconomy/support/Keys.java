package kz.creativeeconomy.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kz.creativeeconomy.auth.ApiKeyService;
import kz.creativeeconomy.auth.Role;

/** Test keys, created once per test run through the same service the API uses. */
@ApplicationScoped
public class Keys {

    @Inject
    ApiKeyService keys;

    private String admin;
    private String editor;

    public synchronized String admin() {
        if (admin == null) {
            admin = keys.create("test-admin", Role.admin, "test").key();
        }
        return admin;
    }

    public synchronized String editor() {
        if (editor == null) {
            editor = keys.create("test-editor", Role.editor, "test").key();
        }
        return editor;
    }

    public static String bearer(String key) {
        return "Bearer " + key;
    }
}
