/**
 * A canned engine for the AOT cache's training run (decision 0002): {@link io.jcompose.cli.training.TrainingRun}
 * serves a small, self-consistent Docker Engine API from memory on a temporary UNIX socket and runs real CLI
 * commands ({@code up -d}, {@code ps}, {@code logs}, {@code down -v}, {@code container ls}...) against it in one
 * JVM, so that the cache recorded at build time holds the classes those commands load: picocli's command models,
 * the engine-api client, the Jackson bindings of the API's JSON, the planner and the executor. It ships in the
 * CLI's main code because the training run must use exactly the class path the cache is later used with; it
 * starts no process, opens no network connection and needs no root, so that an unprivileged build can train.
 */
package io.jcompose.cli.training;
