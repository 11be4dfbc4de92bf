package io.jcompose.runtime.container.log;

/** The container output a log record came from; conmon names it in each line, docker's API filters by it. */
public enum LogStream {
    STDOUT("stdout"),
    STDERR("stderr");

    private final String wireName;

    LogStream(String wireName) {
        this.wireName = wireName;
    }

    /** The name conmon writes in a k8s-file line. */
    public String wireName() {
        return wireName;
    }
}
