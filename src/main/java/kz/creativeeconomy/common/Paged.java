package kz.creativeeconomy.common;

import java.util.List;

/** A page of a list in any of its forms: its items and the URL of the next page (null on the last). */
public interface Paged {
    List<?> items();

    String next();
}
