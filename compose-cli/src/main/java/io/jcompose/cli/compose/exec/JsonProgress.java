package io.jcompose.cli.compose.exec;

import java.io.PrintWriter;

/**
 * {@code --progress json}: one JSON object per event and line, as docker compose prints them:
 * {@code {"id":"Container demo-web-1","text":"Started","status":"Done"}} (status Working, Done or Error).
 */
record JsonProgress(PrintWriter out) implements Progress {

    @Override
    public void report(ProgressEvent event) {
        String status = switch (event.state()) {
            case WORKING -> "Working";
            case DONE -> "Done";
            case ERROR -> "Error";
        };
        String line = "{\"id\":" + quote(event.kind() + " " + event.name()) + ",\"text\":" + quote(event.status())
                + ",\"status\":" + quote(status) + "}";
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
