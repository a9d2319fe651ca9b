#!/bin/sh
# Builds the service's OCI image without a Docker daemon (make image; deploy/README.md):
#  1. a Debian 12 root filesystem with a Java 17 runtime, from Debian's packages (mmdebstrap), imported as the base
#     image; made once, again with REBASE=1 (for Debian's security updates);
#  2. the Quarkus application on top as a layer of its own (buildah), non-root, entrypoint on deploy/jvm.options;
#  3. written to target/image/creative-economy-api.oci.tar (OCI archive) and kept in the local podman/buildah store.
# Needs root (or a user namespace) and: apt install mmdebstrap buildah podman.
set -eu
cd "$(dirname "$0")/../.."

IMAGE=${IMAGE:-localhost/creative-economy-api:1.0.0-SNAPSHOT}
BASE=localhost/creative-economy-base:bookworm-jre17
OUT=target/image
# Without DEBIAN_MIRROR, mmdebstrap uses this machine's apt sources (and proxy settings).
MIRROR=${DEBIAN_MIRROR:-}
mkdir -p "$OUT"

test -f target/quarkus-app/quarkus-run.jar || { echo "build the jar first (make build)"; exit 2; }

if [ "${REBASE:-0}" = 1 ] || ! podman image exists "$BASE"; then
    # The JRE's packages and what its entrypoint script needs: no apt, no docs, no man pages, no locales. The JRE's
    # postinst links its man page into man1, so that directory must exist although its files are left out.
    mmdebstrap --setup-hook='mkdir -p "$1/usr/share/man/man1"' --variant=essential --include=openjdk-17-jre-headless,ca-certificates,tzdata \
        --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
        --dpkgopt='path-exclude=/usr/share/locale/*' --dpkgopt='path-exclude=/usr/share/info/*' \
        --customize-hook='echo "app:x:10001:10001:creative economy api:/app:/usr/sbin/nologin" >> "$1/etc/passwd"' \
        --customize-hook='echo "app:x:10001:" >> "$1/etc/group"' \
        --customize-hook='rm -rf "$1"/var/cache/apt/* "$1"/var/lib/apt/lists/* "$1"/var/log/*' \
        bookworm "$OUT/base-rootfs.tar" ${MIRROR:+"$MIRROR"}
    podman import --change 'ENV LANG=C.UTF-8' "$OUT/base-rootfs.tar" "$BASE"
    rm -f "$OUT/base-rootfs.tar"
fi

container=$(buildah from "$BASE")
trap 'buildah rm "$container" >/dev/null 2>&1 || true' EXIT
buildah copy --chown 0:0 "$container" target/quarkus-app /app
buildah copy --chown 0:0 "$container" deploy/jvm.options /app/jvm.options
buildah copy --chown 0:0 --chmod 0755 "$container" deploy/image/entrypoint.sh /app/entrypoint.sh
# Numeric user so Kubernetes can verify runAsNonRoot; the files stay root's and read-only to it.
buildah config --user 10001:10001 --workingdir /app --port 8080 --entrypoint '["/app/entrypoint.sh"]' --cmd '' \
    --env PORT=8080 --env TRUST_PROXY=true \
    --label org.opencontainers.image.title=creative-economy-api \
    "$container"
buildah commit --rm "$container" "$IMAGE"
trap - EXIT
rm -f "$OUT/creative-economy-api.oci.tar"
buildah push "$IMAGE" "oci-archive:$OUT/creative-economy-api.oci.tar:$IMAGE"
echo "Built $IMAGE -> $OUT/creative-economy-api.oci.tar"
