package io.jcompose.cli.container;

import java.util.Map;

/** One row of a {@code --format} output: its fields by template name, so one template engine serves ps and stats. */
public interface FormatRow {

    /** A field by its template name, or null when there is no such field. */
    String field(String name);

    /** Every field, keys sorted as Go prints a map: the {@code {{json .}}} object. */
    Map<String, String> fields();
}
