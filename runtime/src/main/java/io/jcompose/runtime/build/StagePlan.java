package io.jcompose.runtime.build;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Which stages a build needs: the target and, transitively, the stages it starts FROM or COPYs --from. */
final class StagePlan {

    private StagePlan() {
    }

    /** The index of the target stage: the named one, or the last. */
    static int target(List<Dockerfile.Stage> stages, String target) {
        if (target == null) {
            return stages.size() - 1;
        }
        String want = target.toLowerCase(Locale.ROOT);
        return stages.stream().filter(s -> want.equals(s.name())).findFirst().map(Dockerfile.Stage::index)
                .orElseThrow(() -> new BuildException("failed to reach build target " + target + " in Dockerfile"));
    }

    /** The needed stages' indexes in file order; {@code globals} substitute the FROM lines. */
    static List<Integer> needed(List<Dockerfile.Stage> stages, int target, Map<String, String> globals,
            char escape) {
        TreeSet<Integer> out = new TreeSet<>();
        Deque<Integer> todo = new ArrayDeque<>(List.of(target));
        while (!todo.isEmpty()) {
            int i = todo.pop();
            if (!out.add(i)) {
                continue;
            }
            Dockerfile.Stage s = stages.get(i);
            String base = ShellWords.word(s.image(), globals, escape);
            stageRef(stages, base, i).ifPresent(todo::push);
            for (Instruction in : s.body()) {
                if (in.keyword().equals("COPY") && in.flag("from").isPresent()) {
                    stageRef(stages, in.flag("from").get(), i).ifPresent(todo::push);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The stage {@code ref} names (its AS name, or its index) among those before {@code before}. */
    static Optional<Integer> stageRef(List<Dockerfile.Stage> stages, String ref, int before) {
        String want = ref.toLowerCase(Locale.ROOT);
        for (int j = 0; j < before; j++) {
            if (want.equals(stages.get(j).name())) {
                return Optional.of(j);
            }
        }
        if (want.matches("\\d+") && Integer.parseInt(want) < before) {
            return Optional.of(Integer.parseInt(want));
        }
        return Optional.empty();
    }
}
