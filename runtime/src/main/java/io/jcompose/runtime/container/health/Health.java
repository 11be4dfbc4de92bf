package io.jcompose.runtime.container.health;

import io.jcompose.engine.api.json.ContainerInspectJson;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A container's health as inspect shows it: status, consecutive failures, the last five results (oldest first).
 * The rules of docker's transitions live here, apart from any timing, so they can be checked as a table.
 */
public record Health(HealthStatus status, int failingStreak, List<HealthResult> log) {

    /** Docker keeps this many results. */
    public static final int MAX_LOG = 5;

    public Health {
        log = List.copyOf(log);
    }

    /** A container (re)starting: {@code starting}, streak 0; earlier results stay, as docker keeps them. */
    public static Health starting(Optional<Health> previous) {
        return new Health(HealthStatus.STARTING, 0, previous.map(Health::log).orElse(List.of()));
    }

    /**
     * The health after one more result: a success makes it healthy and clears the streak; a failure adds to the
     * streak (and makes it unhealthy at {@code Retries}) unless the container is still starting and the probe began
     * within the start period.
     */
    public Health after(HealthResult result, HealthConfig config, Instant startedAt) {
        List<HealthResult> newLog = new ArrayList<>(log);
        newLog.add(result);
        while (newLog.size() > MAX_LOG) {
            newLog.removeFirst();
        }
        if (result.exitCode() == 0) {
            return new Health(HealthStatus.HEALTHY, 0, newLog);
        }
        boolean grace = status == HealthStatus.STARTING
                && Duration.between(startedAt, result.start()).compareTo(config.probeStartPeriod()) < 0;
        if (grace) {
            return new Health(status, failingStreak, newLog);
        }
        int streak = failingStreak + 1;
        return new Health(streak >= config.probeRetries() ? HealthStatus.UNHEALTHY : status, streak, newLog);
    }

    /** Monitoring stopped (the container stopped or paused): docker then reports it unhealthy. */
    public Health stopped() {
        return new Health(HealthStatus.UNHEALTHY, failingStreak, log);
    }

    public ContainerInspectJson.HealthJson toJson() {
        return new ContainerInspectJson.HealthJson(status.wire(), failingStreak,
                log.stream().map(HealthResult::toJson).toList());
    }

    /** Health as saved in (or read back from) a container's state. */
    public static Health fromJson(ContainerInspectJson.HealthJson json) {
        return new Health(HealthStatus.of(json.status()), json.failingStreak(),
                json.log() == null ? List.of() : json.log().stream().map(HealthResult::fromJson).toList());
    }
}
