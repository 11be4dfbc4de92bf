package io.jcompose.runtime.container.stats;

import io.jcompose.engine.api.json.ContainerStatsJson.BlkioStatsJson;
import io.jcompose.engine.api.json.ContainerStatsJson.CpuStatsJson;
import io.jcompose.engine.api.json.ContainerStatsJson.MemoryStatsJson;
import io.jcompose.engine.api.json.ContainerStatsJson.PidsStatsJson;
import java.time.Instant;

/** The counters of one container read at one instant; two in a row give docker's CPU percentage. */
public record StatsSample(Instant read, CpuStatsJson cpu, MemoryStatsJson memory, PidsStatsJson pids,
        BlkioStatsJson blkio) {
}
