package kz.creativeeconomy.observation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the service's named-parameter SQL on plain JDBC: :name becomes ?, a collection becomes ?, ?, ?. */
final class NamedSql {

    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([a-zA-Z][a-zA-Z0-9]*)");

    private NamedSql() {
    }

    static PreparedStatement prepare(Connection connection, String sql, Map<String, Object> parameters) throws SQLException {
        List<Object> values = new ArrayList<>();
        StringBuilder jdbc = new StringBuilder();
        Matcher matcher = PARAMETER.matcher(sql);
        while (matcher.find()) {
            Object value = parameters.get(matcher.group(1));
            if (value == null && !parameters.containsKey(matcher.group(1))) {
                throw new IllegalArgumentException("No value for :" + matcher.group(1));
            }
            if (value instanceof Collection<?> collection) {
                matcher.appendReplacement(jdbc, String.join(", ", java.util.Collections.nCopies(collection.size(), "?")));
                values.addAll(collection);
            } else {
                matcher.appendReplacement(jdbc, "?");
                values.add(value);
            }
        }
        matcher.appendTail(jdbc);
        PreparedStatement statement = connection.prepareStatement(jdbc.toString());
        for (int n = 0; n < values.size(); n++) {
            statement.setObject(n + 1, values.get(n));
        }
        return statement;
    }
}
