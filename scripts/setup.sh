#!/usr/bin/env bash
# Installs what Gopherscope's builds and tests need on a Debian bookworm machine,
# and skips whatever is already present, so a second run takes a second or two.
#   apt packages      — compilers, Emscripten, GLFW/GL, doctest, md4c, fonts, Chromium, Xvfb
#   Debian sources    — Dear ImGui 1.86 and md4c, unpacked under build/_deps (never in git)
#   npm packages      — playwright-core, pinned by package-lock.json
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
deps="$root/build/_deps"

apt_packages=(
  cmake ninja-build g++ clang libclang-rt-14-dev pkg-config dpkg-dev ccache
  emscripten
  libglfw3-dev libgl-dev libgles-dev libgl1-mesa-dri
  doctest-dev libmd4c-dev nlohmann-json3-dev libstb-dev
  fonts-noto-core fonts-jetbrains-mono fonttools
  chromium xvfb x11-utils imagemagick xdotool
)
# node and npm may come from Debian or from another apt source (e.g. NodeSource, whose
# nodejs bundles npm and conflicts with Debian's npm): install them only if absent.
command -v node >/dev/null 2>&1 || apt_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || apt_packages+=(npm)

sudo_if_needed() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# deb-src is needed for `apt-get source imgui md4c`.
need_src=0
[ -d "$deps/imgui" ] && [ -d "$deps/md4c" ] || need_src=1
if [ "$need_src" = 1 ] && [ -f /etc/apt/sources.list.d/debian.sources ] \
   && ! grep -q 'deb-src' /etc/apt/sources.list.d/debian.sources; then
  echo "setup: enabling deb-src in debian.sources (for apt-get source)"
  sudo_if_needed sed -i 's/^Types: deb$/Types: deb deb-src/' /etc/apt/sources.list.d/debian.sources
  missing+=(__update__)
fi

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  sudo_if_needed apt-get update -qq
  pkgs=()
  for p in "${missing[@]}"; do [ "$p" = __update__ ] || pkgs+=("$p"); done
  [ ${#pkgs[@]} -eq 0 ] || sudo_if_needed apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
fi

# Debian's sources of Dear ImGui and md4c: one version of each on both targets.
mkdir -p "$deps"
fetch_source() { # name: unpack Debian's source of package `name` into build/_deps/name
  local name="$1" dest="$deps/$1"
  [ -d "$dest" ] && return 0
  local tmp; tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get source -qq --download-only "$name" >/dev/null 2>&1) || true
  if (cd "$tmp" && dpkg-source -x --no-check ./*.dsc src >/dev/null 2>&1); then
    :
  elif ls "$tmp"/*.orig.tar.* >/dev/null 2>&1; then
    # A mirror may lack the small Debian packaging tarball; the upstream tarball is
    # what we build from, so unpack that.
    mkdir -p "$tmp/src" && tar -xf "$tmp"/*.orig.tar.* -C "$tmp/src" --strip-components=1
  else
    echo "setup: could not fetch the Debian source of $name (is deb-src enabled?)" >&2
    exit 1
  fi
  mv "$tmp/src" "$dest"
  rm -rf "$tmp"
  echo "setup: unpacked Debian source of $name into build/_deps/$name"
}
fetch_source imgui
fetch_source md4c
fetch_source zlib

# npm: playwright-core only (Chromium itself is Debian's).
if [ ! -d "$root/node_modules/playwright-core" ]; then
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "setup: ready"
