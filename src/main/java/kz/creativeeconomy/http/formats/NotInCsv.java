package kz.creativeeconomy.http.formats;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component that is in the JSON only, never a column of the CSV or xlsx built from the same record
 * ({@link CsvColumns}): the column set of a table is part of its contract, and readers that take columns by position
 * must not see it shift when a JSON field is added.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface NotInCsv {
}
