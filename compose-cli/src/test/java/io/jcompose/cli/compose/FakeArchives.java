package io.jcompose.cli.compose;

import io.jcompose.engine.api.client.ArchiveApi;
import io.jcompose.engine.api.json.PathStatJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** An in-memory archive API: records each upload (its tar's entries read back) as a call; reads are not served. */
final class FakeArchives implements ArchiveApi {

    /** One tar entry as uploaded. */
    record Entry(String container, String name, int mode, long uid, long gid, String content, boolean keepOwners) {
    }

    final List<String> calls;
    final List<Entry> entries = new ArrayList<>();

    FakeArchives(List<String> calls) {
        this.calls = calls;
    }

    @Override
    public PathStatJson stat(String containerId, String path) throws IOException {
        throw new IOException("not served by the fake");
    }

    @Override
    public PathStatJson get(String containerId, String path, OutputStream tar) throws IOException {
        throw new IOException("not served by the fake");
    }

    @Override
    public synchronized void put(String containerId, String path, InputStream tar, boolean noOverwriteDirNonDir,
            boolean copyUidGid) throws IOException {
        TarArchiveInputStream in = new TarArchiveInputStream(tar);
        List<String> names = new ArrayList<>();
        for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
            names.add(e.getName());
            entries.add(new Entry(containerId, e.getName(), e.getMode() & 07777, e.getLongUserId(),
                    e.getLongGroupId(), new String(in.readAllBytes(), StandardCharsets.UTF_8), copyUidGid));
        }
        calls.add("put " + containerId + " " + path + " " + names);
    }
}
