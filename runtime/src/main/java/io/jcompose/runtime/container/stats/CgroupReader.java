package io.jcompose.runtime.container.stats;

import io.jcompose.engine.api.json.ContainerStatsJson.BlkioStatsJson;
import io.jcompose.engine.api.json.ContainerStatsJson.CpuUsageJson;
import io.jcompose.engine.api.json.ContainerStatsJson.MemoryStatsJson;
import io.jcompose.engine.api.json.ContainerStatsJson.PidsStatsJson;
import io.jcompose.engine.api.json.ContainerStatsJson.ThrottlingJson;
import java.io.IOException;

/** One cgroup version's files read as docker's stats pieces. */
interface CgroupReader {

    CpuUsageJson cpu(String id) throws IOException;

    ThrottlingJson throttling(String id) throws IOException;

    MemoryStatsJson memory(String id) throws IOException;

    PidsStatsJson pids(String id) throws IOException;

    BlkioStatsJson blkio(String id) throws IOException;
}
