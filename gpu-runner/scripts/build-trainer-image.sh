#!/usr/bin/env bash
# Builds the trainer image for HOCSAU_SANDBOX=container from files on this machine, FROM scratch,
# with no registry: the JDK (at the same path as on the host, so the runner's java command and its
# class-archive checks are the same in both sandbox modes), the shared libraries it and the tools
# need (found with ldd), a few tools (sh, sleep, nohup, mkfifo, true, setsid, unshare, perl: what
# learners' code and the hostile suite may call), and the trainer distribution at
# /opt/hocsau/trainer when one is given. Nothing else of the host: no /usr/share, no /etc but a
# minimal passwd and group, so no dataset (and no hidden test label) can be in it.
#
#   gpu-runner/scripts/build-trainer-image.sh [--engine podman|docker] [--java-home DIR]
#                                             [--trainer DIR] [--name localhost/hocsau-trainer]
#
# Idempotent: the tag is a SHA-256 over every file's destination and content (and this script),
# and an image with that tag is reused. The last line of stdout is the image reference; pass it as
# HOCSAU_CONTAINER_IMAGE. Runs as root (rootful podman), like the runner.
set -euo pipefail

ENGINE="${HOCSAU_CONTAINER_ENGINE:-podman}"
JDK=""
TRAINER=""
NAME="localhost/hocsau-trainer"
TOOLS="${HOCSAU_IMAGE_TOOLS:-sh sleep nohup mkfifo true setsid unshare perl}"
# Loaded by ND4J's natives (unpacked by the runner and bound at run time), not by the JDK.
EXTRA_LIBS="libstdc++.so.6 libgcc_s.so.1 libgomp.so.1 libgfortran.so.5 libquadmath.so.0"

while [ $# -gt 0 ]; do
  case "$1" in
    --engine) ENGINE="$2"; shift 2 ;;
    --java-home) JDK="$2"; shift 2 ;;
    --trainer) TRAINER="$2"; shift 2 ;;
    --name) NAME="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [ -z "$JDK" ]; then
  JDK="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
fi
JDK="$(readlink -f "$JDK")"
[ -x "$JDK/bin/java" ] || { echo "no JDK at $JDK" >&2; exit 2; }
if [ -n "$TRAINER" ]; then
  TRAINER="$(readlink -f "$TRAINER")"
  [ -d "$TRAINER/lib" ] || { echo "no trainer distribution (lib/) at $TRAINER" >&2; exit 2; }
fi
command -v "$ENGINE" >/dev/null || { echo "$ENGINE is not installed" >&2; exit 3; }

# One line per file: "<source>\t<destination>". Directories of the host that are symlinks on a
# merged-/usr system (/lib -> usr/lib) are resolved, so every file lands at its real path.
list="$(mktemp)"
trap 'rm -f "$list"' EXIT
add() { printf '%s\t%s\n' "$1" "$(readlink -f "$(dirname "$2")")/$(basename "$2")" >>"$list"; }

# The JDK, following its links into /etc/java-17-openjdk; javac stays (learners' Java code is
# compiled in the sandbox), the jmods, sources and manuals do not.
# Links to missing files (src.zip without the source package) are skipped.
while IFS= read -r -d '' f; do
  add "$f" "$f"
done < <(find -L "$JDK" \( -path "$JDK/jmods" -o -path "$JDK/man" -o -path "$JDK/demo" \
  -o -path "$JDK/docs" \) -prune -o -type f -print0 2>/dev/null)

elves=()
for tool in $TOOLS; do
  if path="$(type -P "$tool")"; then
    add "$path" "$path"
    elves+=("$path")
  fi
done
while IFS= read -r -d '' f; do
  elves+=("$f")
done < <(find "$JDK/bin" "$JDK/lib" -type f \( -perm -u+x -o -name '*.so' \) -print0)
for lib in $EXTRA_LIBS; do
  # awk reads to the end: leaving early would kill ldconfig with SIGPIPE, which pipefail and set -e
  # turn into a silent exit of this script, now and then.
  path="$(ldconfig -p | awk -v l="$lib" '$1 == l && /x86-64|x86_64|64bit/ && !n++ { print $NF }')"
  if [ -n "$path" ]; then
    add "$path" "$path"
    elves+=("$path")
  fi
done
# Every shared library any of them needs, outside the JDK (which finds its own by $ORIGIN).
# ldd fails for the scripts among them; what it prints for the others is still complete.
{ ldd "${elves[@]}" 2>/dev/null || true; } | awk '/=> \// { print $3 } /^\t\/[^ ]+ \(/ { print $1 }' |
  sort -u | while read -r lib; do
    case "$lib" in "$JDK"/*) ;; *) add "$lib" "$lib" ;; esac
  done

if [ -n "$TRAINER" ]; then
  while IFS= read -r -d '' f; do
    add "$f" "/opt/hocsau/trainer/${f#"$TRAINER"/}"
  done < <(find "$TRAINER" -type f -print0)
fi
sort -u -t $'\t' -k2,2 -o "$list" "$list"

hash="$(
  {
    sha256sum "$0"
    while IFS=$'\t' read -r src dest; do
      printf '%s %s\n' "$dest" "$(sha256sum <"$src" | cut -c1-64)"
    done <"$list"
  } | sha256sum | cut -c1-16
)"
IMAGE="$NAME:$hash"
if "$ENGINE" image exists "$IMAGE" 2>/dev/null ||
  { [ "$ENGINE" = docker ] && docker image inspect "$IMAGE" >/dev/null 2>&1; }; then
  echo "$IMAGE"
  exit 0
fi

stage="$(mktemp -d /var/tmp/hocsau-image.XXXXXX)"
trap 'rm -f "$list"; rm -rf "$stage"' EXIT
root="$stage/rootfs"
mkdir -p "$root/etc" "$root/tmp" "$root/out" "$root/job" "$root/data"
# The same merged-/usr links as the host, so /lib64/ld-linux-x86-64.so.2 and /bin/sh resolve.
for d in bin sbin lib lib32 lib64 libx32; do
  if [ -L "/$d" ]; then ln -s "$(readlink "/$d")" "$root/$d"; fi
done
while IFS=$'\t' read -r src dest; do
  mkdir -p "$root$(dirname "$dest")"
  cp -L --preserve=mode,timestamps "$src" "$root$dest"
done <"$list"
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/sh\n' \
  >"$root/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
chmod -R a+rX "$root"
cat >"$stage/Containerfile" <<EOF
FROM scratch
COPY rootfs/ /
LABEL vn.hocsau.image="trainer" vn.hocsau.content-hash="$hash"
USER 65534:65534
WORKDIR /tmp
ENTRYPOINT ["$JDK/bin/java"]
EOF
if [ "$ENGINE" = podman ]; then
  podman build --quiet --pull=never --network=none -t "$IMAGE" -f "$stage/Containerfile" "$stage" >&2
else
  docker build --quiet --pull=false -t "$IMAGE" -f "$stage/Containerfile" "$stage" >&2
fi
echo "$IMAGE"
