package io.jcompose.runtime.image.layer;

import static io.jcompose.runtime.image.layer.Tars.tar;
import static org.assertj.core.api.Assertions.assertThat;

import io.jcompose.runtime.sys.FakeNative;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeded random layers of hostile names and links: each unpacks or fails, and never touches the sandbox. */
class RandomLayerTest {

    private static final List<String> PARTS = List.of("a", "b", "evil", "..", ".", "", ".wh.a", ".wh..wh..opq");

    @TempDir
    Path base;

    @Test
    void noRandomLayerWritesOutsideItsDirectory() throws IOException {
        Random random = new Random(20261125L);
        Sandbox box = Sandbox.in(base);
        List<String> targets = List.of("../..", "../../outside", "/", "/etc", "a", "evil/..", box.sentinel().toString(),
                "../../outside/sentinel", "b/../../..");
        for (int round = 0; round < 300; round++) {
            Tars layer = tar();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                String name = name(random);
                switch (random.nextInt(5)) {
                    case 0 -> layer.dir(name);
                    case 1 -> layer.symlink(name, targets.get(random.nextInt(targets.size())));
                    case 2 -> layer.hardlink(name, random.nextBoolean() ? name(random) : "../../outside/sentinel");
                    default -> layer.file(name.endsWith("/") ? name + "f" : name, "pwned " + round);
                }
            }
            Map<String, String> before = outsideTarget(box);
            try {
                new LayerExtractor(new FakeNative()).extract("r" + round, new ByteArrayInputStream(layer.gzip()),
                        box.target(), Optional.empty(), ExtractOptions.untrusted());
            } catch (LayerException expected) {
                assertThat(box.target()).doesNotExist();
            }
            assertThat(outsideTarget(box)).as("round %d", round).isEqualTo(before);
            assertThat(Files.readString(box.sentinel())).isEqualTo(Sandbox.SENTINEL);
            Trees.delete(box.target());
        }
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder(random.nextInt(4) == 0 ? "/" : "");
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            name.append(i == 0 ? "" : "/").append(PARTS.get(random.nextInt(PARTS.size())));
        }
        return name.isEmpty() ? "a" : name.toString();
    }

    private static Map<String, String> outsideTarget(Sandbox box) throws IOException {
        Map<String, String> all = new TreeMap<>(box.listing());
        all.keySet().removeIf(k -> k.startsWith("layers/t"));
        return all;
    }
}
