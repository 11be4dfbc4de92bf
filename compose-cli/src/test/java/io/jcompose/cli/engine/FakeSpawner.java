package io.jcompose.cli.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/** Starts a {@link FakeEngine} instead of a JVM, or plays an engine that dies or never answers. */
final class FakeSpawner implements EngineSpawner {

    enum Behaviour { SERVES, EXITS, HANGS }

    private final Behaviour behaviour;
    final List<FakeEngine> engines = new ArrayList<>();
    int spawned;
    boolean destroyed;

    FakeSpawner(Behaviour behaviour) {
        this.behaviour = behaviour;
    }

    @Override
    public Spawned spawn(EngineLayout layout) throws IOException {
        spawned++;
        switch (behaviour) {
            case SERVES -> engines.add(FakeEngine.start(layout.socket()));
            case EXITS -> Files.writeString(layout.log(), "ERROR EngineMain - another jcompose engine is running "
                    + "(pid 12)\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            case HANGS -> { }
        }
        return new Spawned() {
            @Override
            public long pid() {
                return 777;
            }

            @Override
            public OptionalInt exitCode() {
                return behaviour == Behaviour.EXITS ? OptionalInt.of(1) : OptionalInt.empty();
            }

            @Override
            public void destroy() {
                destroyed = true;
            }
        };
    }

    void closeAll() throws IOException {
        for (FakeEngine e : engines) {
            e.close();
        }
    }
}
