package kz.creativeeconomy.http.formats;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The CSV columns of an API record: nested records are flattened with snake_case prefixes (indicator.code becomes
 * indicator_code), lists are joined with "; ". Columns come from the type, not the data, so an empty result still has
 * its header row, and every row of a list has the same columns. Each record is walked once per row through cached
 * method handles, because exports write millions of rows.
 */
public final class CsvColumns {

    private static final PropertyNamingStrategies.NamingBase SNAKE = (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
    private static final Map<Class<?>, CsvColumns> CACHE = new ConcurrentHashMap<>();

    /** A record component and what to do with its value: write it, walk into it, or join its elements. */
    private record Node(MethodHandle accessor, List<Node> children, MethodHandle elementAccessor, boolean list) {
    }

    private final List<String> names;
    private final List<Class<?>> types;
    private final List<Node> nodes;

    private CsvColumns(List<String> names, List<Class<?>> types, List<Node> nodes) {
        this.names = names;
        this.types = types;
        this.nodes = nodes;
    }

    public static CsvColumns of(Class<?> type) {
        return CACHE.computeIfAbsent(type, t -> {
            List<String> names = new ArrayList<>();
            List<Class<?>> types = new ArrayList<>();
            return new CsvColumns(names, types, nodes(t, "", names, types));
        });
    }

    public List<String> names() {
        return names;
    }

    /** The Java type of each column's values, in column order (String for a joined list), for formats that declare types. */
    public List<Class<?>> types() {
        return types;
    }

    /** The cells of one item, in column order. */
    public List<String> values(Object item) {
        List<String> cells = new ArrayList<>(names.size());
        walk(nodes, item, cells, true);
        return cells;
    }

    /**
     * The cells of one item as typed values, in column order: numbers stay numbers and dates stay dates (null where the
     * CSV has an empty cell), for formats with typed cells such as xlsx. Lists are joined as in the CSV.
     */
    public List<Object> typedValues(Object item) {
        List<Object> cells = new ArrayList<>(names.size());
        walk(nodes, item, cells, false);
        return cells;
    }

    @SuppressWarnings("unchecked")
    private static void walk(List<Node> nodes, Object owner, List<?> cells, boolean asText) {
        List<Object> out = (List<Object>) cells;
        for (Node node : nodes) {
            Object value = owner == null ? null : call(node.accessor(), owner);
            if (node.children() != null) {
                walk(node.children(), value, cells, asText);
            } else if (node.list()) {
                Collection<?> elements = (Collection<?>) value;
                out.add(elements == null ? (asText ? "" : null) : elements.stream()
                        .map(e -> node.elementAccessor() == null ? String.valueOf(e) : String.valueOf(call(node.elementAccessor(), e)))
                        .collect(Collectors.joining("; ")));
            } else {
                out.add(asText ? text(value) : value);
            }
        }
    }

    private static List<Node> nodes(Class<?> type, String prefix, List<String> names, List<Class<?>> types) {
        List<Node> nodes = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(NotInCsv.class)) {
                continue;
            }
            String name = prefix + SNAKE.translate(component.getName());
            MethodHandle accessor = handle(component);
            Class<?> componentType = component.getType();
            if (componentType.isRecord()) {
                nodes.add(new Node(accessor, nodes(componentType, name + "_", names, types), null, false));
            } else if (Collection.class.isAssignableFrom(componentType)) {
                Class<?> element = elementType(component.getGenericType());
                // A list of records has no flat form: keep the first field of each element.
                MethodHandle first = element != null && element.isRecord() ? handle(element.getRecordComponents()[0]) : null;
                names.add(name);
                types.add(String.class);
                nodes.add(new Node(accessor, null, first, true));
            } else {
                names.add(name);
                types.add(componentType);
                nodes.add(new Node(accessor, null, null, false));
            }
        }
        return nodes;
    }

    private static MethodHandle handle(RecordComponent component) {
        try {
            // Adapted once to (Object)Object, so each call is an invokeExact without a per-call type adaptation.
            return MethodHandles.publicLookup().unreflect(component.getAccessor()).asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object call(MethodHandle accessor, Object owner) {
        try {
            return (Object) accessor.invokeExact(owner);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    /** The text of one cell: empty for null, plain digits for decimals (never 1E+3). */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }
}
