package kz.creativeeconomy.http;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The CSV columns of an API record: nested records are flattened with snake_case prefixes (indicator.code becomes
 * indicator_code), lists are joined with "; ". Columns come from the type, not the data, so an empty result still has
 * its header row, and every row of a list has the same columns.
 */
public final class CsvColumns {

    private static final PropertyNamingStrategies.NamingBase SNAKE = (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    private static final Map<Class<?>, List<Column>> CACHE = new ConcurrentHashMap<>();

    public record Column(String name, Function<Object, String> read) {
    }

    private CsvColumns() {
    }

    public static List<Column> of(Class<?> type) {
        return CACHE.computeIfAbsent(type, t -> columns(t, "", Function.identity()));
    }

    private static List<Column> columns(Class<?> type, String prefix, Function<Object, Object> path) {
        List<Column> columns = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + SNAKE.translate(component.getName());
            Function<Object, Object> read = path.andThen(owner -> owner == null ? null : invoke(component, owner));
            Class<?> componentType = component.getType();
            if (componentType.isRecord()) {
                columns.addAll(columns(componentType, name + "_", read));
            } else if (Collection.class.isAssignableFrom(componentType)) {
                Class<?> element = elementType(component.getGenericType());
                if (element != null && element.isRecord()) {
                    // A list of records has no flat form: keep its first text field per element.
                    RecordComponent first = element.getRecordComponents()[0];
                    columns.add(new Column(name, owner -> join((Collection<?>) read.apply(owner), e -> String.valueOf(invoke(first, e)))));
                } else {
                    columns.add(new Column(name, owner -> join((Collection<?>) read.apply(owner), String::valueOf)));
                }
            } else {
                columns.add(new Column(name, owner -> text(read.apply(owner))));
            }
        }
        return columns;
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Object invoke(RecordComponent component, Object owner) {
        try {
            return component.getAccessor().invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String join(Collection<?> values, Function<Object, String> text) {
        return values == null ? "" : values.stream().map(text).collect(Collectors.joining("; "));
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
