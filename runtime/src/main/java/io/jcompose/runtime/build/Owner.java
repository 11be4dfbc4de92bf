package io.jcompose.runtime.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The owner {@code --chown=USER[:GROUP]} asks for, names looked up in the image's passwd and group files. */
record Owner(long uid, long gid) {

    static final Owner ROOT = new Owner(0, 0);

    static Owner resolve(String spec, ImageFiles image) throws IOException {
        String[] parts = spec.split(":", 2);
        long uid = id(parts[0], image, "/etc/passwd", 2, "user");
        long gid;
        if (parts.length == 2) {
            gid = id(parts[1], image, "/etc/group", 2, "group");
        } else if (parts[0].matches("\\d+")) {
            gid = uid;
        } else {
            gid = Long.parseLong(entry(parts[0], image, "/etc/passwd", "user")[3]);
        }
        return new Owner(uid, gid);
    }

    private static long id(String name, ImageFiles image, String file, int field, String what) throws IOException {
        if (name.matches("\\d+")) {
            return Long.parseLong(name);
        }
        return Long.parseLong(entry(name, image, file, what)[field]);
    }

    private static String[] entry(String name, ImageFiles image, String file, String what) throws IOException {
        Optional<Path> p = image.find(file);
        if (p.isPresent() && Files.isRegularFile(p.get())) {
            for (String line : Files.readAllLines(p.get())) {
                String[] f = line.split(":", -1);
                if (f.length >= 4 && f[0].equals(name)) {
                    return f;
                }
            }
        }
        throw new BuildException("unable to convert uid/gid chown string to host mapping: can't find " + what
                + " \"" + name + "\" in " + file + " of the image");
    }
}
