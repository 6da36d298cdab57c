# lib.sh — sourced by the desktop tests (tests/desktop/*.sh): the repository paths, a
# fresh profile, and a private Xvfb display that dies with the test.
#   source "$(dirname "$0")/lib.sh"; desktop_setup NAME WIDTHxHEIGHT
# sets root, art (tests/artifacts, created), app (GS_APP or build/native's app) and
# display; fail MESSAGE prints "desktop NAME: MESSAGE" and exits 1.
# Invariant: a test never touches the user's progress (XDG_DATA_HOME is a temporary
# directory, removed at exit with the X server).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
art="$root/tests/artifacts"
app="${GS_APP:-$root/build/native/ui/gopherscope}"
desktop_test_name=desktop

desktop_setup() {
  desktop_test_name="$1"
  mkdir -p "$art"
  export XDG_DATA_HOME="$(mktemp -d)"
  display=":$((80 + RANDOM % 19))"
  Xvfb "$display" -screen 0 "$2x24" -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true; rm -rf "$XDG_DATA_HOME"' EXIT
  for _ in $(seq 50); do xdpyinfo -display "$display" >/dev/null 2>&1 && break; sleep 0.1; done 2>/dev/null || sleep 1
}

fail() { echo "desktop $desktop_test_name: $*" >&2; exit 1; }
