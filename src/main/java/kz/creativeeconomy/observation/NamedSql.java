package kz.creativeeconomy.observation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the service's named-parameter SQL on plain JDBC: :name becomes ?, a collection becomes ?, ?, ?. */
final class NamedSql {

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([a-zA-Z][a-zA-Z0-9]*)");

    /**
     * The statements seen so far, split at their parameters: the service builds a few dozen shapes, and matching the
     * pattern over every statement of every request cost more than the rest of preparing it.
     */
    private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();

    /** texts.get(n) comes before names.get(n); the last text ends the statement. */
    private record Parsed(List<String> texts, List<String> names) {
    }

    private NamedSql() {
    }

    static PreparedStatement prepare(Connection connection, String sql, Map<String, Object> parameters) throws SQLException {
        Parsed parsed = PARSED.get(sql);
        if (parsed == null) {
            parsed = parse(sql);
            if (PARSED.size() > 10_000) {
                PARSED.clear();
            }
            PARSED.put(sql, parsed);
        }
        List<Object> values = new ArrayList<>();
        StringBuilder jdbc = new StringBuilder(sql.length() + 64);
        for (int n = 0; n < parsed.names().size(); n++) {
            jdbc.append(parsed.texts().get(n));
            String name = parsed.names().get(n);
            Object value = parameters.get(name);
            if (value == null && !parameters.containsKey(name)) {
                throw new IllegalArgumentException("No value for :" + name);
            }
            if (value instanceof Collection<?> collection) {
                jdbc.append(String.join(", ", Collections.nCopies(collection.size(), "?")));
                values.addAll(collection);
            } else {
                jdbc.append('?');
                values.add(value);
            }
        }
        jdbc.append(parsed.texts().get(parsed.names().size()));
        PreparedStatement statement = connection.prepareStatement(jdbc.toString());
        for (int n = 0; n < values.size(); n++) {
            statement.setObject(n + 1, values.get(n));
        }
        return statement;
    }

    private static Parsed parse(String sql) {
        List<String> texts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(sql);
        int from = 0;
        while (matcher.find()) {
            texts.add(sql.substring(from, matcher.start()));
            names.add(matcher.group(1));
            from = matcher.end();
        }
        texts.add(sql.substring(from));
        return new Parsed(List.copyOf(texts), List.copyOf(names));
    }
}
