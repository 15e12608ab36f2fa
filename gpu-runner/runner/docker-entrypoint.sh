#!/bin/sh
# The runner image's entry point (gpu-runner/runner/Dockerfile), for HOCSAU_SANDBOX=bwrap in a
# privileged container. On cgroup v2 with a private cgroup namespace (Docker's default there) every
# process of the container sits in the namespace's root group, and a group that holds processes
# cannot hand controllers to child groups ("no internal processes"). The runner's job groups need
# memory, pids and cpu, so its processes move to a leaf, /runner, first; its job groups then sit
# beside it, below the namespace root (CgroupV2.at). On cgroup v1, or when this process is not in
# the namespace's root group, nothing is moved.
set -eu
if [ -f /sys/fs/cgroup/cgroup.controllers ] && [ "$(cat /proc/self/cgroup)" = "0::/" ]; then
  mkdir -p /sys/fs/cgroup/runner
  while read -r pid; do
    # A process may have exited since the list was read.
    echo "$pid" > /sys/fs/cgroup/runner/cgroup.procs 2>/dev/null || true
  done < /sys/fs/cgroup/cgroup.procs
fi
exec "$@"
