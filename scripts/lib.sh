# Shared by ./jcompose and scripts/test-all: find Java 25, install what is missing, build when sources changed.
# shellcheck shell=bash

JCOMPOSE_ROOT=${JCOMPOSE_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
JCOMPOSE_BUILD="$JCOMPOSE_ROOT/.build"

jc_log() { printf 'jcompose: %s\n' "$*" >&2; }

# Prints the home of a JDK 25 or newer: $JAVA_HOME if it is one, else the newest Temurin/OpenJDK 25+ under /usr/lib/jvm.
jc_java_home() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-2[5-9]* /usr/lib/jvm/java-2[5-9]* /usr/lib/jvm/temurin-[3-9][0-9]*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ "${version%%.*}" -ge 25 ] 2>/dev/null; then
      printf '%s\n' "$candidate"
      return 0
    fi
  done
  jc_log "no Java 25 found (set JAVA_HOME or install Temurin 25 under /usr/lib/jvm)"
  return 1
}

# Installs Debian packages that are not installed yet (needs root and apt-get).
jc_apt_install() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  jc_log "installing ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null 2>&1; then
    "${sudo[@]}" apt-get update -q >/dev/null 2>&1 || true
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >&2
  fi
}

# Installs the system tools the engine runs containers with (runc, conmon, iptables...) when missing, if this user
# may (root, or sudo without a password); otherwise says what the engine will need.
jc_engine_packages() {
  # shellcheck disable=SC2046
  set -- $(grep -v '^#' "$JCOMPOSE_ROOT/scripts/engine-packages.txt")
  if [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; then
    jc_apt_install "$@" || jc_log "warning: could not install $*; the engine needs them to run containers"
  else
    local pkg
    for pkg in "$@"; do
      dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
        || jc_log "note: the engine (run as root) needs the Debian package $pkg"
    done
  fi
}

# True when the CLI needs (re)building: no build yet, or a source or pom newer than the last build.
jc_build_stale() {
  local stamp="$JCOMPOSE_BUILD/stamp"
  [ -f "$stamp" ] || return 0
  [ -f "$JCOMPOSE_BUILD/classpath" ] || return 0
  [ -f "$JCOMPOSE_BUILD/engine-classpath" ] || return 0
  [ -f "$JCOMPOSE_BUILD/java_home" ] && [ -x "$(cat "$JCOMPOSE_BUILD/java_home")/bin/java" ] || return 0
  local newer
  newer=$(cd "$JCOMPOSE_ROOT" && find pom.xml ./*/pom.xml ./*/src/main -newer "$stamp" -type f -print -quit 2>/dev/null)
  [ -n "$newer" ]
}

# Builds the CLI and the engine with Maven, lays out .build/lib (the CLI) and .build/engine-lib (the engine, its
# own class path so the CLI's stays small), and records the CLI's AOT cache from a training run for fast start.
jc_build() {
  command -v mvn >/dev/null 2>&1 || jc_apt_install maven
  jc_engine_packages
  local java_home
  java_home=$(jc_java_home) || return 1
  jc_log "building (first use or sources changed)..."
  local log="$JCOMPOSE_BUILD.log"
  mkdir -p "$JCOMPOSE_BUILD"
  if ! (cd "$JCOMPOSE_ROOT" && JAVA_HOME="$java_home" mvn -B -q -DskipTests -pl compose-cli,runtime -am package) >"$log" 2>&1; then
    cat "$log" >&2
    jc_log "build failed (log above, also in $log)"
    return 1
  fi
  local tmp="$JCOMPOSE_BUILD.tmp"
  rm -rf "$tmp" && mkdir -p "$tmp/lib" "$tmp/engine-lib"
  cp "$JCOMPOSE_ROOT/compose-cli/target/jcompose-cli.jar" "$JCOMPOSE_ROOT"/compose-cli/target/lib/*.jar "$tmp/lib/"
  cp "$JCOMPOSE_ROOT/runtime/target/jcompose-runtime.jar" "$JCOMPOSE_ROOT"/runtime/target/lib/*.jar "$tmp/engine-lib/"
  rm -rf "$JCOMPOSE_BUILD" && mv "$tmp" "$JCOMPOSE_BUILD"
  local cp="" ecp="" jar
  for jar in "$JCOMPOSE_BUILD"/lib/*.jar; do cp="${cp:+$cp:}$jar"; done
  printf '%s\n' "$cp" > "$JCOMPOSE_BUILD/classpath"
  # The engine runs in its own JVM (jcompose engine start); the CLI finds this in JCOMPOSE_ENGINE_CLASSPATH.
  for jar in "$JCOMPOSE_BUILD"/engine-lib/*.jar; do ecp="${ecp:+$ecp:}$jar"; done
  printf '%s\n' "$ecp" > "$JCOMPOSE_BUILD/engine-classpath"
  printf '%s\n' "$java_home" > "$JCOMPOSE_BUILD/java_home"
  # Training run, one JVM (JDK 25 records one cache from one run; a second run would overwrite it): `config` on
  # the quickstart and the engine-talking commands (up -d, ps, logs, down -v, container/image/volume/network ls)
  # against a canned engine on a temporary socket (io.jcompose.cli.training: no root, no runc, no network).
  # Same JVM options as the launcher's. A failed command only warns: the cache is recorded all the same.
  local train="$JCOMPOSE_ROOT/examples/quickstart" tlog="$JCOMPOSE_BUILD/training.log"
  if ! (cd "$train" && "$java_home/bin/java" -XX:AOTCacheOutput="$JCOMPOSE_BUILD/jcompose.aot" -Xlog:aot=off \
      -Xlog:cds=off -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss1m -Djdk.console=java.base -XX:-UsePerfData \
      -cp "$cp" io.jcompose.cli.training.TrainingRun "$train/compose.yaml") >"$tlog" 2>&1; then
    [ -f "$JCOMPOSE_BUILD/jcompose.aot" ] \
      && jc_log "warning: the AOT training run had failures (see $tlog); the cache may start some commands slower" \
      || jc_log "warning: could not record the AOT cache (see $tlog); starting without it"
  fi
  touch "$JCOMPOSE_BUILD/stamp"
}
