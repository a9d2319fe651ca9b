package kz.creativeeconomy.datapackage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.creativeeconomy.http.formats.CsvColumns;

/**
 * The Table Schema (https://specs.frictionlessdata.io/table-schema/) of the CSV an API record type is written as: one
 * field per CSV column, typed from the record component behind it. Empty cells are missing values, as in the CSV.
 */
final class TableSchema {

    private TableSchema() {
    }

    /** descriptions: column name to description, for the columns that need one (units, codes). */
    static Map<String, Object> of(Class<?> recordType, List<String> primaryKey, List<Map<String, Object>> foreignKeys,
                                  Map<String, String> descriptions) {
        CsvColumns columns = CsvColumns.of(recordType);
        List<Map<String, Object>> fields = new ArrayList<>();
        for (int n = 0; n < columns.names().size(); n++) {
            String name = columns.names().get(n);
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", name);
            field.put("type", type(columns.types().get(n)));
            if (field.get("type").equals("number")) {
                field.put("bareNumber", true);
            }
            if (descriptions.containsKey(name)) {
                field.put("description", descriptions.get(name));
            }
            if (primaryKey.contains(name)) {
                Map<String, Object> constraints = new LinkedHashMap<>();
                constraints.put("required", true);
                constraints.put("unique", primaryKey.size() == 1);
                field.put("constraints", constraints);
            }
            fields.add(field);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", fields);
        schema.put("missingValues", List.of(""));
        schema.put("primaryKey", primaryKey);
        if (!foreignKeys.isEmpty()) {
            schema.put("foreignKeys", foreignKeys);
        }
        return schema;
    }

    static Map<String, Object> foreignKey(String field, String resource, String referencedField) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("fields", field);
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("resource", resource);
        reference.put("fields", referencedField);
        key.put("reference", reference);
        return key;
    }

    private static String type(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "integer";
        }
        if (type == BigDecimal.class || type == double.class || type == Double.class) {
            return "number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "boolean";
        }
        if (type == LocalDate.class) {
            return "date";
        }
        if (type == Instant.class) {
            return "datetime";
        }
        return "string";
    }
}
