package kz.creativeeconomy.region;

import java.util.List;

public final class Levels {
    public static final List<String> ALL = List.of("world", "country", "city_of_republican_significance", "region", "district", "city");

    private Levels() {
    }
}
