# bench/lib.sh — sourced by the benchmark scripts that run programs under real Go 1.23
# and under Gopherscope's native gsrun: the checkout's root, the Go toolchain with its
# own cache (GOPATH mode), and the native build directory (GS_BUILD, default
# build/native, relative to the checkout unless absolute).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
go=/usr/lib/go-1.23/bin/go
export GOCACHE="${GOCACHE:-/tmp/gs-bench-gocache}" GOPATH="${GOPATH:-/tmp/gs-bench-gopath}" GO111MODULE=off GOFLAGS=
build="${GS_BUILD:-build/native}"
[ "${build#/}" = "$build" ] && build="$root/$build"
