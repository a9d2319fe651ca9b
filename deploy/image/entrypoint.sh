#!/bin/sh
# The image's entrypoint: the JVM settings of deploy/jvm.options (copied to /app/jvm.options, one option or more per
# line), then JAVA_OPTS for per-deployment additions. /tmp is the only writable path (an emptyDir in Kubernetes).
set -eu
# glibc gives threads that allocate at once arenas of their own, up to 8 per core of 64 MiB each; two keep the JVM's
# native heap (and so its RSS) small, as deploy/jvm.options sizes the rest.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# The AppCDS archive the image build wrote with this image's JVM (deploy/image/build.sh): classes mapped, not loaded.
cds=
[ -f /app/app-cds.jsa ] && cds=-XX:SharedArchiveFile=/app/app-cds.jsa
exec java $(grep -v '^[[:space:]]*#' /app/jvm.options) $cds ${JAVA_OPTS:-} -Djava.io.tmpdir=/tmp -jar /app/quarkus-run.jar "$@"
