package io.jcompose.runtime.container.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserResolverTest {

    private static final String PASSWD = """
            root:x:0:0:root:/root:/bin/sh
            # a comment
            daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin

            app:x:1000:1000:App:/home/app:/bin/sh
            nohome:x:1001:1001::
            broken:x:notanumber:1
            """;
    private static final String GROUP = """
            root:x:0:
            wheel:x:10:root,app
            audio:x:29:app
            app:x:1000:
            staff:x:50:
            """;

    @TempDir
    Path root;

    @BeforeEach
    void etc() throws IOException {
        Files.createDirectories(root.resolve("etc"));
        Files.writeString(root.resolve("etc/passwd"), PASSWD);
        Files.writeString(root.resolve("etc/group"), GROUP);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ''            | 0    | 0    | 0 10        | /root
            root          | 0    | 0    | 0 10        | /root
            0             | 0    | 0    | 0 10        | /root
            app           | 1000 | 1000 | 1000 10 29  | /home/app
            1000          | 1000 | 1000 | 1000 10 29  | /home/app
            app:staff     | 1000 | 50   | 50          | /home/app
            app:50        | 1000 | 50   | 50          | /home/app
            app:4242      | 1000 | 4242 | 4242        | /home/app
            1000:1000     | 1000 | 1000 | 1000        | /home/app
            4242          | 4242 | 0    | 0           | /
            4242:staff    | 4242 | 50   | 50          | /
            nohome        | 1001 | 1001 | 1001        | /
            app:          | 1000 | 1000 | 1000 10 29  | /home/app
            """)
    void resolvesLikeRunc(String user, int uid, int gid, String gids, String home) throws IOException {
        ResolvedUser resolved = UserResolver.resolve(root, user, List.of());
        assertThat(resolved.uid()).isEqualTo(uid);
        assertThat(resolved.gid()).isEqualTo(gid);
        assertThat(resolved.additionalGids()).containsExactlyElementsOf(
                java.util.Arrays.stream(gids.split(" ")).map(Integer::valueOf).toList());
        assertThat(resolved.home()).isEqualTo(home);
    }

    @Test
    void groupAddAppendsNamedAndNumericGroups() throws IOException {
        ResolvedUser resolved = UserResolver.resolve(root, "app", List.of("staff", "777", "audio"));
        assertThat(resolved.additionalGids()).containsExactly(1000, 10, 29, 50, 777);
    }

    @Test
    void unknownNamesFailWithDockersMessages() {
        assertThatThrownBy(() -> UserResolver.resolve(root, "nobody", List.of()))
                .isInstanceOf(SpecException.class)
                .hasMessage("unable to find user nobody: no matching entries in passwd file");
        assertThatThrownBy(() -> UserResolver.resolve(root, "app:nogroup", List.of()))
                .isInstanceOf(SpecException.class)
                .hasMessage("unable to find group nogroup: no matching entries in group file");
        assertThatThrownBy(() -> UserResolver.resolve(root, "app", List.of("video")))
                .isInstanceOf(SpecException.class)
                .hasMessage("unable to find group video: no matching entries in group file");
        assertThatThrownBy(() -> UserResolver.resolve(root, "99999999999", List.of()))
                .isInstanceOf(SpecException.class)
                .hasMessage("uids and gids must be in range 0-2147483647");
    }

    @Test
    void withoutPasswdFileOnlyNumericUsersWork(@TempDir Path empty) throws IOException {
        assertThat(UserResolver.resolve(empty, "", List.of())).isEqualTo(new ResolvedUser(0, 0, List.of(0), "/"));
        assertThat(UserResolver.resolve(empty, "1000:1000", List.of()))
                .isEqualTo(new ResolvedUser(1000, 1000, List.of(1000), "/"));
        assertThatThrownBy(() -> UserResolver.resolve(empty, "app", List.of()))
                .hasMessage("unable to find user app: no matching entries in passwd file");
    }

    @Test
    void aSymlinkOutOfTheRootfsIsResolvedInsideIt(@TempDir Path host) throws IOException {
        Files.writeString(host.resolve("passwd"), "app:x:4000:4000:host:/host:/bin/sh\n");
        Files.delete(root.resolve("etc/passwd"));
        Path escape = Path.of("/" + "../".repeat(root.getNameCount() + 2) + host.toString().substring(1) + "/passwd");
        Files.createSymbolicLink(root.resolve("etc/passwd"), escape);

        assertThatThrownBy(() -> UserResolver.resolve(root, "app", List.of()))
                .hasMessage("unable to find user app: no matching entries in passwd file");
        assertThat(RootfsPath.resolve(root, "/etc/passwd")).startsWithRaw(root);
        Files.delete(root.resolve("etc/passwd"));
    }

    @Test
    void symlinksInsideTheRootfsAreFollowedWithinIt() throws IOException {
        Files.createDirectories(root.resolve("usr/share/base"));
        Files.move(root.resolve("etc/passwd"), root.resolve("usr/share/base/passwd"));
        Files.createSymbolicLink(root.resolve("etc/passwd"), Path.of("/usr/share/base/passwd"));
        Files.createSymbolicLink(root.resolve("usr/lib"), Path.of("share"));
        assertThat(UserResolver.resolve(root, "app", List.of()).uid()).isEqualTo(1000);
        assertThat(RootfsPath.resolve(root, "/usr/lib/base/../../../../etc/passwd"))
                .isEqualTo(root.resolve("usr/share/base/passwd"));
        Files.delete(root.resolve("etc/passwd"));
    }

    @Test
    void aSymlinkLoopFails() throws IOException {
        Files.delete(root.resolve("etc/passwd"));
        Files.createSymbolicLink(root.resolve("etc/passwd"), Path.of("passwd2"));
        Files.createSymbolicLink(root.resolve("etc/passwd2"), Path.of("/etc/passwd"));
        assertThatThrownBy(() -> UserResolver.resolve(root, "app", List.of()))
                .isInstanceOf(IOException.class).hasMessageContaining("too many levels of symbolic links");
        Files.delete(root.resolve("etc/passwd2"));
    }

    @Test
    void aDirectoryOrAFileInThePathMeansNoFile() throws IOException {
        Files.delete(root.resolve("etc/passwd"));
        Files.createDirectory(root.resolve("etc/passwd"));
        assertThat(RootfsPath.read(root, "/etc/passwd")).isEmpty();
        assertThat(RootfsPath.read(root, "/etc/group/x")).isEmpty();
    }
}
