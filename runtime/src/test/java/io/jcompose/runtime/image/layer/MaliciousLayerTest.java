package io.jcompose.runtime.image.layer;

import static io.jcompose.runtime.image.layer.Tars.tar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jcompose.runtime.image.Digest;
import io.jcompose.runtime.sys.FakeNative;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malicious and malformed layers, each generated here: every one fails with its exact message,
 * leaves no target and no temporary directory, and changes nothing anywhere in the sandbox around it.
 */
class MaliciousLayerTest {

    @TempDir
    Path base;

    static Stream<Arguments> corpus() {
        byte[] plain = tar().file("a", "x".repeat(5000)).file("b", "y").bytes();
        return Stream.of(
                bad("path traversal", () -> tar().file("../../etc/passwd", "root::0:0::/:/bin/sh").gzip(),
                        "entry \"../../etc/passwd\" escapes the layer directory"),
                bad("traversal in the middle", () -> tar().dir("a").file("a/../../outside/sentinel", "x").gzip(),
                        "entry \"a/../../outside/sentinel\" escapes the layer directory"),
                bad("absolute path that climbs", () -> tar().file("/../outside/sentinel", "x").gzip(),
                        "entry \"/../outside/sentinel\" escapes the layer directory"),
                bad("traversal after many good entries", () -> many().file("../x", "x").gzip(),
                        "entry \"../x\" escapes the layer directory"),
                bad("escaping symlink, then a file through it",
                        () -> tar().symlink("evil", "../../outside").file("evil/sentinel", "pwned").gzip(),
                        "entry \"evil/sentinel\" escapes the layer directory"
                                + " through symlink \"evil\" -> \"../../outside\""),
                bad("escaping symlink in a subdirectory",
                        () -> tar().dir("d").symlink("d/up", "../../..").file("d/up/outside/sentinel", "x").gzip(),
                        "entry \"d/up/outside/sentinel\" escapes the layer directory"
                                + " through symlink \"d/up\" -> \"../../..\""),
                bad("symlink chain that escapes at its end",
                        () -> tar().symlink("one", "two").symlink("two", "three").symlink("three", "../..")
                                .file("one/outside/sentinel", "x").gzip(),
                        "entry \"one/outside/sentinel\" escapes the layer directory"
                                + " through symlink \"three\" -> \"../..\""),
                bad("symlink chain that climbs after an absolute jump",
                        () -> tar().symlink("up", "/").symlink("deep", "up/..").file("deep/x", "x").gzip(),
                        "entry \"deep/x\" escapes the layer directory through symlink \"up\" -> \"/\""),
                bad("symlink loop", () -> tar().symlink("loop", "loop").file("loop/x", "x").gzip(),
                        "entry \"loop/x\" has too many levels of symbolic links"),
                bad("hard link to outside", () -> tar().hardlink("hl", "../../outside/sentinel").gzip(),
                        "entry \"hl\" is a hard link to \"../../outside/sentinel\" which escapes the layer directory"),
                bad("hard link to an absolute host path", () -> tar().hardlink("hl", "/etc/passwd").gzip(),
                        "entry \"hl\" is a hard link to \"/etc/passwd\" which does not exist in the layer"),
                bad("hard link through an escaping symlink",
                        () -> tar().symlink("evil", "../..").hardlink("hl", "evil/outside/sentinel").gzip(),
                        "entry \"hl\" is a hard link to \"evil/outside/sentinel\" which escapes the layer directory"
                                + " through symlink \"evil\" -> \"../..\""),
                bad("hard link to a symlink that escapes, then a file through the link",
                        () -> tar().symlink("evil", "../../outside").hardlink("copy", "evil")
                                .file("copy/sentinel", "pwned").gzip(),
                        "entry \"copy/sentinel\" escapes the layer directory"
                                + " through symlink \"copy\" -> \"../../outside\""),
                bad("hard link to a directory", () -> tar().dir("d").hardlink("hl", "d").gzip(),
                        "entry \"hl\" is a hard link to \"d\" which is a directory"),
                bad("hard link to a missing file", () -> tar().hardlink("hl", "nothing").gzip(),
                        "entry \"hl\" is a hard link to \"nothing\" which does not exist in the layer"),
                bad("character device in an untrusted layer",
                        () -> tar().device("dev/mem", TarConstants.LF_CHR, 1, 1).gzip(),
                        "entry \"dev/mem\" is a character device 1:1, not allowed in this layer"),
                bad("a 0/0 character device from the tar itself",
                        () -> tar().device("wh", TarConstants.LF_CHR, 0, 0).gzip(),
                        "entry \"wh\" is a character device 0:0, not allowed in this layer"),
                bad("block device", () -> tar().device("sda", TarConstants.LF_BLK, 8, 0).gzip(),
                        "entry \"sda\" is a block device 8:0, not allowed in this layer"),
                bad("fifo", () -> tar().device("pipe", TarConstants.LF_FIFO, 0, 0).gzip(),
                        "entry \"pipe\" is a fifo, not allowed in this layer"),
                bad("whiteout of the parent", () -> tar().dir("a").file("a/.wh...", "").gzip(),
                        "entry \"a/.wh...\" is a whiteout of \"..\", which is not a file name"),
                bad("whiteout of the directory itself", () -> tar().dir("a").file("a/.wh..", "").gzip(),
                        "entry \"a/.wh..\" is a whiteout of \".\", which is not a file name"),
                bad("whiteout of nothing", () -> tar().file(".wh.", "").gzip(),
                        "entry \".wh.\" is a whiteout of \"\", which is not a file name"),
                bad("whiteout through an escaping symlink",
                        () -> tar().symlink("evil", "../../outside").file("evil/.wh.sentinel", "").gzip(),
                        "entry \"evil/.wh.sentinel\" escapes the layer directory through symlink"
                                + " \"evil\" -> \"../../outside\""),
                bad("opaque marker through an escaping symlink",
                        () -> tar().symlink("evil", "../..").file("evil/.wh..wh..opq", "").gzip(),
                        "entry \"evil/.wh..wh..opq\" escapes the layer directory"
                                + " through symlink \"evil\" -> \"../..\""),
                bad("file below a file", () -> tar().file("f", "x").file("f/x", "y").gzip(),
                        "entry \"f/x\" has parent \"f\" which is not a directory"),
                bad("symlink replacing the root", () -> tar().symlink(".", "/etc").gzip(),
                        "entry \".\" would replace the layer directory"),
                bad("symlink with an empty target", () -> tar().symlink("s", "").gzip(),
                        "entry \"s\" is a symlink with an invalid target \"\""),
                bad("binary xattr value that cannot be kept exactly",
                        () -> tar().fileWithRawXattr("bin/ping", "security.capability",
                                new byte[] {1, 0, 0, 2, (byte) 0x80, 0, 0, 0}).gzip(),
                        "entry \"bin/ping\" has extended attribute \"security.capability\" with a value that is not"
                                + " UTF-8, which cannot be kept exactly"),
                bad("truncated gzip", () -> Tars.truncate(Tars.gzip(plain), 40),
                        "truncated or corrupt gzip stream"),
                bad("gzip cut after its header", () -> Tars.truncate(Tars.gzip(plain), 10),
                        "truncated or corrupt gzip stream"),
                bad("truncated zstd", () -> Tars.truncate(tar().file("a", "x".repeat(5000)).zstd(), 30),
                        "truncated or corrupt zstd stream"),
                bad("truncated tar", () -> Tars.truncate(plain, 1000), "truncated or corrupt tar stream"),
                bad("garbage", () -> "this is not a layer at all".repeat(40).getBytes(StandardCharsets.UTF_8),
                        "not a gzip, zstd or tar stream"),
                bad("empty blob", () -> new byte[0], "not a gzip, zstd or tar stream"),
                bad("gzip of garbage", () -> Tars.gzip("garbage!".repeat(200).getBytes(StandardCharsets.UTF_8)),
                        "truncated or corrupt tar stream"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void refusedWithoutTrace(String name, Supplier<byte[]> blob, String problem) throws Exception {
        Sandbox box = Sandbox.in(base);
        byte[] bytes = blob.get();
        String layer = Digest.sha256(bytes).toString();
        Map<String, String> before = box.listing();

        assertThatThrownBy(() -> new LayerExtractor(new FakeNative()).extract(layer,
                new ByteArrayInputStream(bytes), box.target(), Optional.empty(), ExtractOptions.untrusted()))
                .isInstanceOf(LayerException.class)
                .hasMessage("layer " + layer + ": " + problem);

        assertThat(box.target()).doesNotExist();
        assertThat(box.listing()).isEqualTo(before);
        assertThat(Files.readString(box.sentinel())).isEqualTo(Sandbox.SENTINEL);
    }

    private static Tars many() {
        Tars t = tar().dir("many");
        for (int i = 0; i < 50; i++) {
            t.file("many/f" + i, "content " + i);
        }
        return t;
    }

    private static Arguments bad(String name, Supplier<byte[]> blob, String problem) {
        return Arguments.of(name, blob, problem);
    }
}
