package io.jcompose.cli.container;

import java.util.List;

/**
 * Tab-separated lines laid out as the docker CLI's tabwriter lays out its tables (minimum width 10, padding 3):
 * each tab-terminated cell is padded to its column's widest cell plus three; the text after the last tab is not.
 */
final class TabColumns {

    private TabColumns() {
    }

    static String align(List<String> lines) {
        List<String[]> cells = lines.stream().map(l -> l.split("\t", -1)).toList();
        int columns = cells.stream().mapToInt(c -> c.length).max().orElse(0);
        int[] width = new int[columns];
        for (String[] line : cells) {
            for (int c = 0; c < line.length - 1; c++) {
                width[c] = Math.max(width[c], line[c].codePointCount(0, line[c].length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] line : cells) {
            for (int c = 0; c < line.length; c++) {
                out.append(line[c]);
                if (c < line.length - 1) {
                    int w = line[c].codePointCount(0, line[c].length());
                    out.append(" ".repeat(Math.max(width[c] + 3, 10) - w));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}
