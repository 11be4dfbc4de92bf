package io.jcompose.model.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The state of one validation run: where in the document the evaluator is (kept as a reusable stack, so a valid
 * file allocates no paths) and the failures found so far. One per run, never shared between threads.
 */
final class Evaluation {

    private Object[] segments = new Object[16];
    private int depth;
    private final List<Failure> failures = new ArrayList<>();

    void enter(Object segment) {
        if (depth == segments.length) {
            segments = Arrays.copyOf(segments, depth * 2);
        }
        segments[depth++] = segment;
    }

    void leave() {
        segments[--depth] = null;
    }

    /** The path of the value being checked, for a failure. */
    List<Object> here() {
        return List.of(Arrays.copyOf(segments, depth));
    }

    void fail(Failure failure) {
        failures.add(failure);
    }

    /** A mark to later tell whether failures were added since. */
    int mark() {
        return failures.size();
    }

    /** Drops the failures added since {@code mark}; true when there were any. */
    boolean rollback(int mark) {
        boolean any = failures.size() > mark;
        failures.subList(mark, failures.size()).clear();
        return any;
    }

    List<Failure> failures() {
        return failures;
    }
}
