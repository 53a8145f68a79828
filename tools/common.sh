# SPDX-License-Identifier: GPL-2.0
# Shared settings for the project's tools.  Sourced, never executed.

set -euo pipefail

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
PATCHES=$TOP/patches

# The one identity the series' patches carry, as author and Signed-off-by.
SERIES_NAME="Seed b1cabf3d maintainers"
SERIES_EMAIL="maintainers@users.noreply.h-seed-b1cabf3d.example"

# Kernel tree (git, base commit + series), pristine base, build output.
TREE=$BUILD/linux
BASE_DIR=$BUILD/base
BASE_TARBALL=${BASE_TARBALL:-/usr/src/linux-source-6.12.tar.xz}
BASE_BRANCH=base
SERIES_BRANCH=series

# DEBUG=1 selects the debug config fragment and its own output folder.
DEBUG=${DEBUG:-0}
if [ "$DEBUG" = 1 ]; then
	OBJ=$BUILD/obj-debug
else
	OBJ=$BUILD/obj
fi

JOBS=${JOBS:-$(nproc)}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-8G}
# Kernel objects embed no build-path-dependent data that matters to
# ccache when the tree lives at the same place; let ccache hash less.
export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-time_macros,include_file_mtime,include_file_ctime}
export CCACHE_BASEDIR=$BUILD
export KBUILD_BUILD_TIMESTAMP="${KBUILD_BUILD_TIMESTAMP:-2024-11-17}"
export KBUILD_BUILD_USER=series KBUILD_BUILD_HOST=series

msg() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Stage timer: "stage NAME cmd..." runs cmd and prints its wall time.
stage() {
	local name=$1 t0 rc=0
	shift
	t0=$(date +%s)
	msg "stage $name"
	"$@" || rc=$?
	printf '==> stage %s: %ss (rc=%s)\n' "$name" $(( $(date +%s) - t0 )) "$rc" >&2
	return $rc
}

kmake() {
	make -C "$TREE" O="$OBJ" -j"$JOBS" CC="ccache gcc" HOSTCC="ccache gcc" "$@"
}

# The base version (6.12.N) of a source folder.
kernel_version() {
	local d=$1 v p s
	v=$(sed -n 's/^VERSION = //p' "$d/Makefile")
	p=$(sed -n 's/^PATCHLEVEL = //p' "$d/Makefile")
	s=$(sed -n 's/^SUBLEVEL = //p' "$d/Makefile")
	echo "$v.$p.$s"
}

# What a kernel log must not show (an extended regex): oops, BUG, WARNING,
# lockdep, KASAN/UBSAN, RCU stalls, hung tasks, list and refcount checks.
# The same list as tools/vm-run's.
KLOG_SPLAT='WARNING:|BUG:|Oops|general protection fault|Kernel panic|KASAN:|UBSAN:|'
KLOG_SPLAT+='possible (recursive|circular) locking|inconsistent lock state|'
KLOG_SPLAT+='suspicious RCU usage|DEBUG_LOCKS_WARN_ON|possible irq lock inversion|'
KLOG_SPLAT+='suspected memory leak|Call Trace:|rcu.*stall|blocked for more than|'
KLOG_SPLAT+='kernel BUG|list_(add|del) corruption|refcount_t:'
