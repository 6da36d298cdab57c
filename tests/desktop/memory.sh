#!/usr/bin/env bash
# Desktop check of the live Allocator and GC panels: the native app, in a real window
# under Xvfb, runs a Go program that builds and drops linked lists of 1 KiB slices for
# a few seconds, once with the Allocator panel shown (the 1 KiB class selected) and once
# with the GC panel shown, saves a screenshot of each (tests/artifacts/memory-desktop-*.png)
# and checks the state the app printed: GC cycles happened, the panels drew the runtime's
# size classes, page map, heap samples and cycles. GS_APP picks another build (default
# build/native).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
desktop_setup memory 1400x2200

# Allocates garbage until the test has seen enough (the app exits after its frames).
program='package main

import "fmt"

type node struct {
	next *node
	buf  []byte
}

func build(n int, seed int) int {
	var head *node
	for i := 0; i < n; i++ {
		b := make([]byte, 1024)
		b[i%1024] = byte(seed + i)
		head = &node{next: head, buf: b}
	}
	sum := 0
	for p := head; p != nil; p = p.next {
		sum += int(p.buf[0])
	}
	return sum
}

func main() {
	keep := make([][]byte, 16)
	fmt.Println("allocating")
	for rounds := 0; ; rounds++ {
		build(64, rounds)
		keep[rounds%len(keep)] = make([]byte, 40000)
	}
}
'
set_code="$(node -e 'console.log(JSON.stringify({action: "set_code", code: process.argv[1]}))' "$program")"

# shot NAME ENV ACTION...: runs the app with the program and the actions, for 300 frames, in a
# tall window so the panel area under the editor and console is big enough to look at.
# The state it printed last goes to memory-desktop-NAME.json.
shot() {
  local name="$1" env="$2"; shift 2
  local actions=()
  for a in "$@"; do
    if [[ "$a" == late:* ]]; then actions+=(--late-action "${a#late:}"); else actions+=(--action "$a"); fi
  done
  DISPLAY="$display" timeout 180 "$app" --size 1400x2200 --frames 300 --screenshot "$art/memory-desktop-$name.png" \
    --state --action "{\"action\":\"set_env\",\"env\":\"$env\"}" --action "$set_code" --action '{"action":"run"}' \
    "${actions[@]}" >"$art/memory-desktop-$name.txt" || fail "the app exited with status $? ($name)"
  [ -s "$art/memory-desktop-$name.png" ] || fail "no screenshot ($name)"
  grep '^{' "$art/memory-desktop-$name.txt" | tail -1 >"$art/memory-desktop-$name.json"
  [ -s "$art/memory-desktop-$name.json" ] || fail "no state printed ($name)"
}

# The Allocator panel's export button, pressed on the last frame: the heap profile is
# saved where the desktop saves files ($XDG_DOWNLOAD_DIR).
export XDG_DOWNLOAD_DIR="$XDG_DATA_HOME/downloads"
shot allocator "" '{"action":"open_panel","panel":"allocator"}' '{"action":"select_size_class","class":32}' \
  'late:{"action":"export_heap_profile"}'
profile="$XDG_DOWNLOAD_DIR/heap.pb.gz"
[ -s "$profile" ] || fail "the export wrote no heap profile: $(grep export_heap_profile "$art/memory-desktop-allocator.txt")"
# gzip'd protobuf whose strings name the program's allocating function.
gzip -t "$profile" || fail "the heap profile is not gzip"
gzip -dc "$profile" | grep -aq 'main.build' || fail "the heap profile does not name main.build"
if [ -x /usr/lib/go-1.23/bin/go ]; then
  top="$(GOCACHE=/tmp/gocache /usr/lib/go-1.23/bin/go tool pprof -top -sample_index=alloc_space "$profile" 2>&1)" \
    || fail "go tool pprof cannot read the export: $top"
  echo "$top" | grep -q 'main.build' || fail "pprof -top does not show main.build: $top"
  echo "go tool pprof reads the exported profile; main.build is in it"
fi
cp "$profile" "$art/memory-desktop-heap.pb.gz"
# gctrace's lines feed the GC panel; GOGC=400 keeps them from flooding the console.
shot gc "GODEBUG=gctrace=1 GOGC=400" '{"action":"open_panel","panel":"gc"}'

node -e '
const fs = require("fs");
const a = JSON.parse(fs.readFileSync(process.argv[1], "utf8")), g = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const fail = (m) => { console.error("desktop memory: " + m); process.exit(1); };
for (const [name, s] of [["allocator", a], ["gc", g]]) {
  if (s.panel_tab !== name) fail("the " + name + " panel is not shown: " + s.panel_tab);
  if (!s.mem) fail("no memory snapshot reached the app; console: " + s.console.text);
  if (!(s.mem.num_gc > 0)) fail("no GC cycle in " + 300 + " frames: " + JSON.stringify(s.mem));
}
const p = a.panels.allocator;
if (!(p.class_rows > 0 && p.arenas > 0 && p.pages_drawn > 0 && p.mcaches > 0))
  fail("the Allocator panel drew too little: " + JSON.stringify(p));
if (p.selected_class !== 32) fail("the 1 KiB class (32) is not selected: " + JSON.stringify(p));
const q = g.panels.gc;
if (!(q.samples_plotted > 1 && q.cycles_drawn > 0 && q.pauses > 0 && q.trace_lines > 0))
  fail("the GC panel drew too little: " + JSON.stringify(q));
console.log("desktop memory ok: " + g.mem.num_gc + " GC cycles, " + a.mem.small_spans + " small spans, " +
  p.pages_drawn + " pages drawn, " + q.trace_lines + " gctrace lines");
' "$art/memory-desktop-allocator.json" "$art/memory-desktop-gc.json"
