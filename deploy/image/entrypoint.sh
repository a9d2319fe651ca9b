#!/bin/sh
# The image's entrypoint: the JVM settings of deploy/jvm.options (copied to /app/jvm.options, one option or more per
# line), then JAVA_OPTS for per-deployment additions. /tmp is the only writable path (an emptyDir in Kubernetes).
set -eu
exec java $(grep -v '^[[:space:]]*#' /app/jvm.options) ${JAVA_OPTS:-} -Djava.io.tmpdir=/tmp -jar /app/quarkus-run.jar "$@"
