package io.jcompose.cli.container;

import java.util.List;

/**
 * Tab-separated lines laid out as the docker CLI's tabwriter lays out its tables (padding 3, a minimum cell
 * width): each tab-terminated cell is padded to its column's widest cell plus three; the text after the last tab
 * is not.
 */
public final class TabColumns {

    /** The minimum cell width of docker's formatted tables ({@code ps}, {@code stats}). */
    public static final int FORMATTER_MIN_WIDTH = 10;
    /** The minimum cell width of {@code docker top}'s table. */
    static final int TOP_MIN_WIDTH = 20;

    private TabColumns() {
    }

    public static String align(List<String> lines, int minWidth) {
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
                    out.append(" ".repeat(Math.max(width[c] + 3, minWidth) - w));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}
