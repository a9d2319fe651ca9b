package kz.creativeeconomy.http.formats;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the resource methods that can answer format=json-stat, or format=svg and format=png (a chart). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Representation {
    boolean jsonStat() default false;

    boolean chart() default false;
}
