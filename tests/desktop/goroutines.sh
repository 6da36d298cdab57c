#!/usr/bin/env bash
# Desktop check of the live Goroutines panel: the native app, in a real window under
# Xvfb, runs a Go program whose three workers block receiving from an unbuffered
# channel, shows the Goroutines panel, saves a screenshot, and prints its state; the
# panel must list the runtime's goroutines with "chan receive" and the channel's recvq
# must hold the three workers. GS_APP picks another build (default build/native).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
desktop_setup goroutines 1400x1000

program='package main

import "time"

func worker(jobs chan int) {
	<-jobs
}

func main() {
	jobs := make(chan int)
	for i := 0; i < 3; i++ {
		go worker(jobs)
	}
	for {
		time.Sleep(50 * time.Millisecond)
	}
}
'
set_code="$(node -e 'console.log(JSON.stringify({action: "set_code", code: process.argv[1]}))' "$program")"

DISPLAY="$display" timeout 120 "$app" --size 1400x1000 --frames 150 --screenshot "$art/desktop-goroutines.png" --state \
  --action "$set_code" --action '{"action":"run"}' --action '{"action":"open_panel","panel":"goroutines"}' \
  >"$art/desktop-goroutines.txt" || fail "the app exited with status $?"
state="$(grep '^{' "$art/desktop-goroutines.txt" | tail -1)"
[ -n "$state" ] || fail "no state printed"
[ -s "$art/desktop-goroutines.png" ] || fail "no screenshot"

node -e '
const s = JSON.parse(process.argv[1]);
const fail = (m) => { console.error("desktop goroutines: " + m); process.exit(1); };
if (s.panel_tab !== "goroutines") fail("the Goroutines panel is not shown: " + s.panel_tab);
if (!s.sched) fail("no scheduler snapshot reached the app; console: " + s.console.text);
const blocked = s.panels.goroutines.rows.filter((r) => r.status === "chan receive");
if (blocked.length !== 3) fail("expected 3 rows in chan receive, got " + JSON.stringify(s.panels.goroutines.rows));
if (!s.panels.goroutines.rows.some((r) => r.id === 1)) fail("main (G1) is not listed");
const jobs = s.sched.channels.find((c) => c.cap === 0);
if (!jobs) fail("the unbuffered channel is missing: " + JSON.stringify(s.sched.channels));
const ids = blocked.map((r) => r.id).sort((a, b) => a - b);
if (JSON.stringify([...jobs.recvq].sort((a, b) => a - b)) !== JSON.stringify(ids))
  fail("recvq " + JSON.stringify(jobs.recvq) + " is not the blocked Gs " + JSON.stringify(ids));
console.log("desktop goroutines ok: G" + ids.join(", G") + " wait in chan receive on channel #" + jobs.id);
' "$state"
