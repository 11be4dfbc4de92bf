package io.jcompose.runtime.image.ref;

import java.util.regex.Pattern;

/** The reference grammar of the distribution project, which docker, containerd and registries all agree on. */
final class ReferenceGrammar {

    static final String PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
    static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    static final String HOST = "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*|\\[[a-fA-F0-9:]+\\])";
    static final String DOMAIN = HOST + "(?::[0-9]+)?";
    static final String PATH = PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";
    static final String TAG = "[\\w][\\w.-]{0,127}";
    static final String DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";

    /** Groups: 1 name, 2 tag, 3 digest. */
    static final Pattern REFERENCE = Pattern.compile(
            "((?:" + DOMAIN + "/)?" + PATH + ")(?::(" + TAG + "))?(?:@(" + DIGEST + "))?");
    static final Pattern DOMAIN_ONLY = Pattern.compile(DOMAIN);
    static final Pattern PATH_ONLY = Pattern.compile(PATH);
    static final Pattern TAG_ONLY = Pattern.compile(TAG);
    static final Pattern IMAGE_ID = Pattern.compile("[a-f0-9]{64}");

    /** Longest repository name (domain and path) a registry accepts. */
    static final int NAME_MAX = 255;

    private ReferenceGrammar() {
    }
}
