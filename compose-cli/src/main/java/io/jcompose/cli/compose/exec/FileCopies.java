package io.jcompose.cli.compose.exec;

import io.jcompose.cli.compose.plan.Desired;
import io.jcompose.engine.api.client.ArchiveApi;
import io.jcompose.model.error.ComposeException;
import io.jcompose.model.project.Service;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Puts a service's content- and environment-sourced secrets and configs into a created container before it first
 * starts, as docker compose v2 does: one small tar per file through {@code PUT /containers/{id}/archive} at
 * {@code /}, with the long syntax's uid, gid and mode (default {@code 0444}); owners are kept when either is given.
 */
public final class FileCopies {

    private final ArchiveApi archives;
    private final Desired desired;

    public FileCopies(ArchiveApi archives, Desired desired) {
        this.archives = archives;
        this.desired = desired;
    }

    /** Copies the service's files into the container {@code containerId}; nothing to copy is no call at all. */
    public void into(String containerId, String serviceName) throws IOException {
        Service s = desired.project().service(serviceName);
        if (s == null) {
            return;
        }
        for (FileGrant g : FileGrant.of(s, desired.project())) {
            if (!g.copied()) {
                continue;
            }
            String content = content(g);
            if (content == null) {
                continue;
            }
            byte[] tar = FileTar.of(g, content.getBytes(StandardCharsets.UTF_8));
            archives.put(containerId, "/", new ByteArrayInputStream(tar), false, g.uid() != null || g.gid() != null);
        }
    }

    /**
     * The file's text: its environment variable (which must be set) or its inline content; {@code null} for a
     * config whose text is empty (docker compose skips those).
     */
    private String content(FileGrant g) {
        String variable = g.object().environment();
        String text = g.object().content();
        if (variable != null && !variable.isEmpty()) {
            text = desired.environment().get(variable);
            if (text == null) {
                throw new ComposeException("environment variable \"" + variable + "\" required by file \""
                        + g.displayName() + "\" is not set");
            }
        }
        if (g.kind() == FileGrant.Kind.CONFIG && (text == null || text.isEmpty())) {
            return null;
        }
        return text == null ? "" : text;
    }
}
