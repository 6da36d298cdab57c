# lib.sh — build steps shared by scripts/serve and scripts/test (sourced, not run).
# Build trees live under build/ (ignored by git); ccache keeps rebuilds fast.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/gopherscope-ccache}"
# Paths under the checkout are hashed relative to it, so a fresh clone elsewhere (as CI
# makes) still hits the cache.
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)

step() { printf '\n== %s\n' "$*"; }

build_native() {  # the desktop app, the CLI and the unit tests (g++)
  step "native build (build/native)"
  cmake -S "$root" -B "$root/build/native" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  ninja -C "$root/build/native"
}

build_web() {  # the web app and the unit tests for node (Emscripten)
  step "web build (build/web)"
  export NODE_PATH=/usr/share/nodejs
  if [ ! -f "$root/build/web/build.ninja" ]; then
    emcmake cmake -S "$root" -B "$root/build/web" -G Ninja "${launcher[@]}" -DCMAKE_BUILD_TYPE=Release >/dev/null
  fi
  ninja -C "$root/build/web"
}

build_sanitized() {  # kind = thread | address: the runtime (and, for address, the UI model) under clang's sanitizers
  local kind="$1"
  step "runtime under ${kind} sanitizer (build/$kind)"
  CC=clang CXX=clang++ cmake -S "$root" -B "$root/build/$kind" -G Ninja "${launcher[@]}" \
    -DGS_BUILD_APP=OFF -DGS_SANITIZE="$kind" -DCMAKE_BUILD_TYPE=Debug >/dev/null
  local targets=(gs_runtime_tests)
  [ "$kind" = address ] && targets+=(gs_ui_tests)  # the UI model is single-threaded: ASan only
  ninja -C "$root/build/$kind" "${targets[@]}"
}
