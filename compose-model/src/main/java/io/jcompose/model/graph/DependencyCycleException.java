package io.jcompose.model.graph;

import io.jcompose.model.error.ComposeException;
import java.util.List;

/** Services that depend on each other in a circle; the loader adds the file position of the first edge. */
public final class DependencyCycleException extends ComposeException {

    private static final long serialVersionUID = 1L;
    private final List<String> cycle;

    public DependencyCycleException(List<String> cycle) {
        super("dependency cycle detected: " + String.join(" -> ", cycle));
        this.cycle = List.copyOf(cycle);
    }

    /** The services of the cycle, the first repeated at the end. */
    public List<String> cycle() {
        return cycle;
    }

    @Override
    public int exitCode() {
        return io.jcompose.model.error.ExitCodes.INVALID_COMPOSE_FILE;
    }
}
