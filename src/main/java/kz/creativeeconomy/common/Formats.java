package kz.creativeeconomy.common;

import jakarta.ws.rs.core.UriInfo;

/** The media types the API serves. */
public final class Formats {

    public static final String JSON = "application/json";

    private Formats() {
    }

    public static String supportedFor(UriInfo uri) {
        return JSON;
    }
}
