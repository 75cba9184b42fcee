#!/usr/bin/env bash
# Build Google's packetdrill (GPL-2.0, vendored as a tarball beside the clone) for the kernel tests,
# and print the binary's path. Quiet on success; one line on stderr and exit 1 on failure.
#
#   PACKETDRILL=/path/to/packetdrill   use that binary, build nothing
#   PACKETDRILL_TARBALL=/path/to.tar.gz   the sources (default ../shared/vendor/packetdrill-*.tar.gz
#                                         from the repository root)
#
# The build goes to .cache/packetdrill/<tarball name>/ (ignored by git) and is skipped when the
# binary is already there. Needs gcc, make, bison and flex (.ci/run installs bison and flex).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

fail() {
	echo "build-packetdrill: $*" >&2
	exit 1
}

if [ -n "${PACKETDRILL:-}" ]; then
	[ -x "$PACKETDRILL" ] || fail "PACKETDRILL=$PACKETDRILL is not an executable file"
	echo "$PACKETDRILL"
	exit 0
fi

tarball="${PACKETDRILL_TARBALL:-}"
if [ -z "$tarball" ]; then
	for candidate in "$root"/../shared/vendor/packetdrill-*.tar.gz; do
		[ -f "$candidate" ] && tarball="$candidate"
	done
fi
[ -n "$tarball" ] || fail "no packetdrill sources: expected ../shared/vendor/packetdrill-*.tar.gz beside the clone (or set PACKETDRILL_TARBALL or PACKETDRILL)"
[ -f "$tarball" ] || fail "PACKETDRILL_TARBALL=$tarball does not exist"

name="$(basename "$tarball" .tar.gz)"
cache="$root/.cache/packetdrill/$name"
binary="$cache/packetdrill"
if [ -x "$binary" ]; then
	echo "$binary"
	exit 0
fi

for tool in gcc make bison flex; do
	command -v "$tool" >/dev/null 2>&1 ||
		fail "$tool is missing: install it (e.g. apt-get install -y bison flex) to build packetdrill"
done

mkdir -p "$cache"
# Two test files may ask at once: one builds, the other waits and then finds the binary.
exec 9>"$cache/.lock"
if command -v flock >/dev/null 2>&1; then flock 9; fi
if [ -x "$binary" ]; then
	echo "$binary"
	exit 0
fi

log="$cache/build.log"
work="$(mktemp -d "$cache/build.XXXXXX")"
trap 'rm -rf "$work"' EXIT
{
	tar -xzf "$tarball" -C "$work" &&
		src="$(dirname "$(find "$work" -path '*/gtests/net/packetdrill/configure' -print -quit)")" &&
		[ "$src" != . ] &&
		cd "$src" &&
		./configure &&
		make -j"$(nproc 2>/dev/null || echo 2)" packetdrill
} >"$log" 2>&1 || fail "building packetdrill from $tarball failed; see $log"

# Into place at once, so no one runs a half-copied binary.
cp "$src/packetdrill" "$cache/packetdrill.new"
mv "$cache/packetdrill.new" "$binary"
echo "$binary"
