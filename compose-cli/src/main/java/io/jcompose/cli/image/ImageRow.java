package io.jcompose.cli.image;

import io.jcompose.engine.api.json.ImageSummaryJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One line of {@code image ls}: an image is shown once per repository and tag (and per digest with
 * {@code --digests}), {@code <none>} where it has no name, as {@code docker images} does.
 */
record ImageRow(String repository, String tag, String digest, String id, long created, long size) {

    static final String NONE = "<none>";

    /** The rows of one image; digests only matter with {@code withDigests}. */
    static List<ImageRow> of(ImageSummaryJson image, boolean withDigests) {
        Map<String, List<String>> tags = new TreeMap<>();
        Map<String, List<String>> digests = new LinkedHashMap<>();
        for (String t : image.repoTags()) {
            ImageName n = ImageName.parse(t);
            if (!n.repository().equals(NONE)) {
                tags.computeIfAbsent(n.repository(), k -> new ArrayList<>()).add(n.tag());
            }
        }
        for (String d : image.repoDigests()) {
            ImageName n = ImageName.parse(d);
            if (!n.repository().equals(NONE)) {
                digests.computeIfAbsent(n.repository(), k -> new ArrayList<>()).add(n.digest());
            }
        }
        List<ImageRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : tags.entrySet()) {
            List<String> ds = digests.remove(e.getKey());
            for (String tag : e.getValue().stream().sorted().toList()) {
                if (!withDigests || ds == null || ds.isEmpty()) {
                    rows.add(row(image, e.getKey(), tag, NONE));
                } else {
                    ds.forEach(d -> rows.add(row(image, e.getKey(), tag, d)));
                }
            }
        }
        for (Map.Entry<String, List<String>> e : new TreeMap<>(digests).entrySet()) {
            if (withDigests) {
                e.getValue().forEach(d -> rows.add(row(image, e.getKey(), NONE, d)));
            } else {
                rows.add(row(image, e.getKey(), NONE, NONE));
            }
        }
        if (rows.isEmpty()) {
            rows.add(row(image, NONE, NONE, NONE));
        }
        return rows;
    }

    private static ImageRow row(ImageSummaryJson image, String repository, String tag, String digest) {
        return new ImageRow(repository, tag, digest, image.id(), image.created(), image.size());
    }

    /** The IMAGE ID column: 12 hex digits, or the whole {@code sha256:...} with {@code noTrunc}. */
    String shownId(boolean noTrunc) {
        if (noTrunc) {
            return id;
        }
        String hex = id.startsWith("sha256:") ? id.substring("sha256:".length()) : id;
        return hex.substring(0, Math.min(12, hex.length()));
    }

    String createdSince(Instant now) {
        return created <= 0 ? "N/A" : HumanUnits.ago(Duration.between(Instant.ofEpochSecond(created), now));
    }

    String createdAt() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z 'UTC'")
                .format(Instant.ofEpochSecond(created).atZone(java.time.ZoneOffset.UTC));
    }
}
