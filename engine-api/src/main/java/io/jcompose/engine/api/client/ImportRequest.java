package io.jcompose.engine.api.client;

import java.util.List;

/**
 * What {@code docker import} sends besides the tarball: the name to give (repo may be empty for none), Dockerfile
 * instructions to apply ({@code CMD}, {@code ENV}...) and a history message.
 */
public record ImportRequest(String repo, String tag, List<String> changes, String message) {

    public ImportRequest {
        repo = repo == null ? "" : repo;
        tag = tag == null ? "" : tag;
        changes = List.copyOf(changes);
        message = message == null ? "" : message;
    }
}
