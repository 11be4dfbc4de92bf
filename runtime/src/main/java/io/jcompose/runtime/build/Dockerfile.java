package io.jcompose.runtime.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A parsed Dockerfile: its instructions in order and the escape character its directive chose, split into the
 * ARGs before the first FROM and the stages.
 */
public record Dockerfile(String name, char escape, List<Instruction> instructions) {

    public Dockerfile {
        instructions = List.copyOf(instructions);
    }

    /** Parses {@code text}; {@link DockerfileException} names {@code name} and the line of the first error. */
    public static Dockerfile parse(String name, String text) {
        return new DockerfileParser(name, text).parse();
    }

    /** The {@code ARG}s before the first {@code FROM}: they may be used in FROM lines. */
    public List<Instruction> globalArgs() {
        List<Instruction> out = new ArrayList<>();
        for (Instruction i : instructions) {
            if (i.keyword().equals("FROM")) {
                break;
            }
            out.add(i);
        }
        return out;
    }

    /** The stages: each FROM with the instructions up to the next FROM. */
    public List<Stage> stages() {
        List<Stage> stages = new ArrayList<>();
        Instruction from = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction i : instructions) {
            if (i.keyword().equals("FROM")) {
                if (from != null) {
                    stages.add(Stage.of(name, stages.size(), from, body));
                }
                from = i;
                body = new ArrayList<>();
            } else if (from != null) {
                body.add(i);
            }
        }
        if (from == null) {
            throw new DockerfileException(name, instructions.isEmpty() ? 1 : instructions.getLast().line(),
                    "no FROM instruction: a Dockerfile must start with FROM (ARGs may come before it)");
        }
        stages.add(Stage.of(name, stages.size(), from, body));
        return List.copyOf(stages);
    }

    /**
     * One stage: {@code FROM image [AS name]} and its instructions.
     *
     * @param image the base as written, before ARG substitution
     * @param name  the {@code AS} name in lower case, or null
     */
    public record Stage(int index, String image, String name, Instruction from, List<Instruction> body) {

        public Stage {
            body = List.copyOf(body);
        }

        static Stage of(String file, int index, Instruction from, List<Instruction> body) {
            String[] words = from.args().trim().split("\\s+");
            if (words.length == 1 && !words[0].isEmpty()) {
                return new Stage(index, words[0], null, from, body);
            }
            if (words.length == 3 && words[1].equalsIgnoreCase("AS")) {
                return new Stage(index, words[0], words[2].toLowerCase(Locale.ROOT), from, body);
            }
            throw new DockerfileException(file, from.line(), "FROM requires either one argument, or three: "
                    + "FROM <image> [AS <name>] (got \"" + from.args() + "\")");
        }
    }
}
