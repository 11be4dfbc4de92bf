package io.jcompose.network.link;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Records the ip commands it is given and answers with scripted results (success with no output otherwise). */
final class ScriptedIpRunner implements IpRunner {

    /** One recorded call: the arguments joined by spaces and the standard input. */
    record Call(String args, String stdin) {
    }

    final List<Call> calls = new ArrayList<>();
    private final Deque<Result> answers = new ArrayDeque<>();

    ScriptedIpRunner answer(int exitCode, String stdout, String stderr) {
        answers.add(new Result(exitCode, stdout, stderr));
        return this;
    }

    @Override
    public Result run(List<String> args, String stdin) {
        calls.add(new Call(String.join(" ", args), stdin));
        return answers.isEmpty() ? new Result(0, "", "") : answers.poll();
    }
}
