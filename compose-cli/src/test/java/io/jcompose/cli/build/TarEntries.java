package io.jcompose.cli.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads back what TarWriter wrote: each entry as {@code name -> "dir" | "link:TARGET" | content}. */
final class TarEntries {

    private TarEntries() {
    }

    static Map<String, String> of(PackedContext packed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        packed.body().writeTo(out);
        return read(out.toByteArray());
    }

    static Map<String, String> read(byte[] tar) {
        Map<String, String> entries = new LinkedHashMap<>();
        int at = 0;
        String paxPath = null;
        String paxLink = null;
        while (at + 512 <= tar.length && tar[at] != 0) {
            String name = field(tar, at, 100);
            long size = Long.parseLong(field(tar, at + 124, 12).strip(), 8);
            char type = (char) tar[at + 156];
            String link = field(tar, at + 157, 100);
            String body = new String(tar, at + 512, (int) size, StandardCharsets.UTF_8);
            at += 512 + (int) ((size + 511) / 512 * 512);
            if (type == 'x') {
                for (String record : body.split("\n")) {
                    String kv = record.substring(record.indexOf(' ') + 1);
                    if (kv.startsWith("path=")) {
                        paxPath = kv.substring(5);
                    } else if (kv.startsWith("linkpath=")) {
                        paxLink = kv.substring(9);
                    }
                }
                continue;
            }
            name = paxPath != null ? paxPath : name;
            link = paxLink != null ? paxLink : link;
            paxPath = null;
            paxLink = null;
            entries.put(name, switch (type) {
                case '5' -> "dir";
                case '2' -> "link:" + link;
                default -> body;
            });
        }
        return entries;
    }

    private static String field(byte[] tar, int offset, int length) {
        int end = offset;
        while (end < offset + length && tar[end] != 0) {
            end++;
        }
        return new String(tar, offset, end - offset, StandardCharsets.UTF_8);
    }
}
