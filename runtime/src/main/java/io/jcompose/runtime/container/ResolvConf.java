package io.jcompose.runtime.container;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The host's resolver settings as {@code resolv.conf} holds them: name servers, search domains, options. */
public record ResolvConf(List<String> nameservers, List<String> search, List<String> options) {

    public ResolvConf {
        nameservers = List.copyOf(nameservers);
        search = List.copyOf(search);
        options = List.copyOf(options);
    }

    /** Reads {@code file}; an unreadable or missing one holds nothing. */
    public static ResolvConf read(Path file) throws IOException {
        List<String> servers = new ArrayList<>();
        List<String> search = new ArrayList<>();
        List<String> options = new ArrayList<>();
        if (Files.isReadable(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] words = line.strip().split("\\s+");
                if (words.length < 2 || words[0].startsWith("#")) {
                    continue;
                }
                List<String> rest = List.of(words).subList(1, words.length);
                switch (words[0]) {
                    case "nameserver" -> servers.add(words[1]);
                    case "search", "domain" -> search.addAll(rest);
                    case "options" -> options.addAll(rest);
                    default -> { }
                }
            }
        }
        return new ResolvConf(servers, search, options);
    }
}
