package kz.creativeeconomy.observation;

import java.util.List;

/** Observation status flags, after SDMX OBS_STATUS. */
public final class Statuses {
    public static final List<String> ALL = List.of("final", "provisional", "estimated", "break");

    private Statuses() {
    }
}
