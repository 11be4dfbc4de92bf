package io.jcompose.cli.container;

import java.util.Map;

/** One row of a {@code --format} output: its fields by template name, so one template engine serves ps and stats. */
public interface FormatRow {

    /** A field by its template name, or null when there is no such field. */
    String field(String name);

    /** Every field, keys sorted as Go prints a map: the {@code {{json .}}} object. */
    Map<String, String> fields();

    /** A row that is just its fields (sorted here, as Go prints a map). */
    static FormatRow of(Map<String, String> fields) {
        Map<String, String> sorted = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fields));
        return new FormatRow() {
            @Override
            public String field(String name) {
                return sorted.get(name);
            }

            @Override
            public Map<String, String> fields() {
                return sorted;
            }
        };
    }
}
