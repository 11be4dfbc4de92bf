package io.jcompose.cli.container;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The flags {@code container create} and {@code container run} share, named and spelled as docker's. */
final class CreateOptions {

    @Option(names = "--name", paramLabel = "NAME", description = "Assign a name to the container.")
    String name = "";

    @Option(names = {"-e", "--env"}, paramLabel = "KEY[=VALUE]", description = "Set environment variables.")
    List<String> env = new ArrayList<>();

    @Option(names = "--env-file", paramLabel = "FILE", description = "Read in a file of environment variables.")
    List<String> envFiles = new ArrayList<>();

    @Option(names = {"-l", "--label"}, paramLabel = "KEY[=VALUE]", description = "Set metadata on a container.")
    List<String> labels = new ArrayList<>();

    @Option(names = {"-u", "--user"}, paramLabel = "USER[:GROUP]", description = "Username or UID (format: "
            + "<name|uid>[:<group|gid>]).")
    String user;

    @Option(names = {"-w", "--workdir"}, paramLabel = "DIR", description = "Working directory inside the container.")
    String workdir;

    @Option(names = "--entrypoint", paramLabel = "CMD", description = "Overwrite the default ENTRYPOINT of the image.")
    String entrypoint;

    @Option(names = {"-t", "--tty"}, description = "Allocate a pseudo-TTY.")
    boolean tty;

    @Option(names = {"-i", "--interactive"}, description = "Keep STDIN open (attaching it is not supported yet).")
    boolean interactive;

    @Option(names = "--rm", description = "Automatically remove the container when it exits.")
    boolean rm;

    @Option(names = "--restart", paramLabel = "POLICY", description = "Restart policy: no, always, "
            + "unless-stopped, on-failure[:max-retries].")
    String restart;

    @Option(names = "--init", description = "Run an init inside the container that forwards signals and reaps "
            + "processes.")
    Boolean init;

    @Option(names = "--read-only", description = "Mount the container's root filesystem as read only.")
    boolean readOnly;

    @Option(names = "--privileged", description = "Give extended privileges to this container.")
    boolean privileged;

    @Option(names = "--cap-add", paramLabel = "CAP", description = "Add Linux capabilities.")
    List<String> capAdd = new ArrayList<>();

    @Option(names = "--cap-drop", paramLabel = "CAP", description = "Drop Linux capabilities.")
    List<String> capDrop = new ArrayList<>();

    @Option(names = {"-m", "--memory"}, paramLabel = "BYTES", description = "Memory limit (e.g. 64m, 1g).")
    String memory;

    @Option(names = "--memory-reservation", paramLabel = "BYTES", description = "Memory soft limit.")
    String memoryReservation;

    @Option(names = "--cpus", paramLabel = "N", description = "Number of CPUs (e.g. 1.5).")
    String cpus;

    @Option(names = {"-c", "--cpu-shares"}, paramLabel = "N", description = "CPU shares (relative weight).")
    Long cpuShares;

    @Option(names = "--pids-limit", paramLabel = "N", description = "Tune container pids limit (-1 for unlimited).")
    Long pidsLimit;

    @Option(names = "--ulimit", paramLabel = "NAME=SOFT[:HARD]", description = "Ulimit options.")
    List<String> ulimits = new ArrayList<>();

    @Option(names = "--tmpfs", paramLabel = "PATH[:OPTIONS]", description = "Mount a tmpfs directory.")
    List<String> tmpfs = new ArrayList<>();

    @Option(names = {"-v", "--volume"}, paramLabel = "[SRC:]DST[:OPTS]", description = "Bind mount a volume.")
    List<String> volumes = new ArrayList<>();

    @Option(names = "--mount", paramLabel = "MOUNT", description = "Attach a filesystem mount to the container "
            + "(type=bind|volume|tmpfs,source=...,target=...).")
    List<String> mounts = new ArrayList<>();

    @Option(names = {"-p", "--publish"}, paramLabel = "[IP:][HOST:]PORT[/PROTO]",
            description = "Publish a container's port(s) to the host.")
    List<String> publish = new ArrayList<>();

    @Option(names = {"-P", "--publish-all"}, description = "Publish all exposed ports to random ports.")
    boolean publishAll;

    @Option(names = "--expose", paramLabel = "PORT[/PROTO]", description = "Expose a port or a range of ports.")
    List<String> expose = new ArrayList<>();

    @Option(names = {"--network", "--net"}, paramLabel = "NETWORK", description = "Connect a container to a "
            + "network.")
    String network;

    @Option(names = {"--network-alias", "--net-alias"}, paramLabel = "ALIAS", description = "Add network-scoped "
            + "alias for the container.")
    List<String> networkAliases = new ArrayList<>();

    @Option(names = "--ip", paramLabel = "IPV4", description = "IPv4 address (e.g., 172.30.100.104).")
    String ip;

    @Option(names = {"-h", "--hostname"}, paramLabel = "NAME", description = "Container host name.")
    String hostname;

    @Option(names = "--stop-signal", paramLabel = "SIGNAL", description = "Signal to stop the container.")
    String stopSignal;

    @Option(names = "--stop-timeout", paramLabel = "SECONDS", description = "Timeout to stop a container.")
    Integer stopTimeout;

    @Option(names = "--health-cmd", paramLabel = "CMD", description = "Command to run to check health.")
    String healthCmd;

    @Option(names = "--health-interval", paramLabel = "DURATION", description = "Time between running the check.")
    String healthInterval;

    @Option(names = "--health-retries", paramLabel = "N", description = "Consecutive failures needed to report "
            + "unhealthy.")
    Integer healthRetries;

    @Option(names = "--health-timeout", paramLabel = "DURATION", description = "Maximum time to allow one check "
            + "to run.")
    String healthTimeout;

    @Option(names = "--health-start-period", paramLabel = "DURATION", description = "Start period for the "
            + "container to initialize before counting retries.")
    String healthStartPeriod;

    @Option(names = "--health-start-interval", paramLabel = "DURATION", description = "Time between checks "
            + "during the start period.")
    String healthStartInterval;

    @Option(names = "--no-healthcheck", description = "Disable any container-specified HEALTHCHECK.")
    boolean noHealthcheck;

    @Option(names = "--sysctl", paramLabel = "KEY=VALUE", description = "Sysctl options.")
    List<String> sysctls = new ArrayList<>();

    @Option(names = "--group-add", paramLabel = "GROUP", description = "Add additional groups to join.")
    List<String> groupAdd = new ArrayList<>();

    @Option(names = "--shm-size", paramLabel = "BYTES", description = "Size of /dev/shm.")
    String shmSize;

    @Option(names = "--pull", paramLabel = "POLICY", description = "Pull image before creating: missing "
            + "(default), always, never.")
    String pull = "missing";

    @Option(names = "--help", usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(index = "0", paramLabel = "IMAGE", description = "The image to create the container from.")
    String image;

    @Parameters(index = "1..*", paramLabel = "COMMAND", description = "The command and its arguments.")
    List<String> command = new ArrayList<>();
}
