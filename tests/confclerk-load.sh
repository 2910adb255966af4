#!/bin/sh
# SPDX-License-Identifier: MIT
# Loads our frab XML export into ConfClerk (Debian's `confclerk`, the strictest schedule reader
# we know) and checks that ConfClerk's own database then holds every event (id, start, duration,
# type, title), every person, every room and every event-person link.
#
# ConfClerk has no command-line import, so it runs on a private Xvfb display with a private HOME
# and is driven through its "Edit Conferences" dialog with xdotool: "+", then the schedule's
# file:// URL. ConfClerk keeps its data in $XDG_DATA_HOME/Toastfreeware/ConfClerk/ConfClerk.sqlite.
#
# usage: confclerk-load.sh PATH/TO/tst_scheduleexport
#            the test's own agenda; what ConfClerk must hold comes from the database
#        confclerk-load.sh --demo PATH/TO/plenary
#            the demo forum's agenda (`plenary demo`); what ConfClerk must hold is read from
#            the exported XML itself (python3)
# CONFCLERK_KEEP=1 keeps the work folder; CONFCLERK_DEMO_PLENARY names another plenary to make
# the demo with. Exit 0 when everything loaded, 1 when not, 77
# (skipped) when confclerk, Xvfb, xdotool or sqlite3 is missing, or the demo has no agenda.
set -u

usage="usage: confclerk-load.sh PATH/TO/tst_scheduleexport | --demo PATH/TO/plenary"
demo=
if [ "${1:-}" = "--demo" ]; then
    demo=${2:?$usage}
else
    test_binary=${1:?$usage}
fi
for tool in confclerk Xvfb xdotool sqlite3 timeout; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (Debian: confclerk xvfb xdotool sqlite3), ConfClerk not checked"
        exit 77
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/confclerk-load.XXXXXX")
xvfb_pid=
clerk_pid=
cleanup() {
    [ -n "$clerk_pid" ] && kill "$clerk_pid" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    wait 2>/dev/null
    if [ -n "${CONFCLERK_KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP

fail() {
    echo "FAIL: $*"
    if [ -n "${DISPLAY:-}" ] && command -v xwd >/dev/null 2>&1 && [ -n "${CONFCLERK_SCREENSHOT:-}" ]; then
        xwd -root -silent >"$CONFCLERK_SCREENSHOT" 2>/dev/null
    fi
    exit 1
}

if [ -z "$demo" ]; then
    # The agenda: the test binary builds its fixture in a real database and exports it here.
    PLENARY_CONFCLERK_OUT=$work QT_QPA_PLATFORM=offscreen timeout 120 "$test_binary" confClerkFixture \
        >"$work/fixture.log" 2>&1 || { cat "$work/fixture.log"; fail "the test binary could not write the fixture"; }
    first_day=2027-05-18
else
    timeout 120 "${CONFCLERK_DEMO_PLENARY:-$demo}" --database "$work/demo.sqlite" demo >"$work/demo.log" 2>&1 \
        || { cat "$work/demo.log"; fail "plenary demo failed"; }
    timeout 120 "$demo" --database "$work/demo.sqlite" export schedule "$work/schedule.xml" >"$work/export.log" 2>&1 \
        || { cat "$work/export.log"; fail "plenary export schedule failed"; }
    cat "$work/export.log"
    if grep -q "Exported 0 session" "$work/export.log"; then
        echo "SKIP: the demo has no scheduled sessions yet"
        exit 77
    fi
    command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 is not installed"; exit 77; }
    # What ConfClerk must hold, read from the XML the way ConfClerk reads it: events under
    # <day><room name>, start = the day's date and <start> as UTC, duration from HH:MM.
    python3 - "$work" <<'PYTHON' || fail "could not read the exported XML"
import calendar, sys, xml.etree.ElementTree as ET
work = sys.argv[1]
root = ET.parse(work + "/schedule.xml").getroot()
events, persons, rooms, links = set(), set(), set(), set()
for day in root.findall("day"):
    for room in day.findall("room"):
        for e in room.findall("event"):
            eid = e.get("id")
            y, m, d = map(int, day.get("date").split("-"))
            hh, mm = map(int, e.findtext("start").split(":"))
            dh, dm = map(int, e.findtext("duration").split(":"))
            start = calendar.timegm((y, m, d, hh, mm, 0))
            events.add("%s|%d|%d|%s|%s" % (eid, start, dh * 3600 + dm * 60, e.findtext("type"), e.findtext("title")))
            rooms.add(room.get("name"))
            for p in e.findall("persons/person"):
                persons.add("%s|%s" % (p.get("id"), p.text))
                links.add("%s|%s" % (eid, p.get("id")))
for name, lines in (("events", events), ("persons", persons), ("rooms", rooms), ("event-persons", links)):
    with open("%s/expected-%s.txt" % (work, name), "w", encoding="utf-8") as f:
        f.write("".join(line + "\n" for line in lines))
with open(work + "/first-day", "w") as f:
    f.write(root.findtext("conference/start"))
PYTHON
    first_day=$(cat "$work/first-day")
fi
[ -s "$work/schedule.xml" ] || fail "no schedule.xml was written"

# A display of our own: Xvfb picks a free number and writes it to fd 3.
Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
i=0
while [ ! -s "$work/display" ]; do
    i=$((i + 1))
    [ $i -gt 100 ] && { cat "$work/xvfb.log"; fail "Xvfb did not start"; }
    sleep 0.1
done
DISPLAY=:$(cat "$work/display")
export DISPLAY

mkdir -p "$work/home" "$work/run"
chmod 700 "$work/run"
database=$work/home/data/Toastfreeware/ConfClerk/ConfClerk.sqlite
HOME=$work/home XDG_DATA_HOME=$work/home/data XDG_CONFIG_HOME=$work/home/config \
    XDG_CACHE_HOME=$work/home/cache XDG_RUNTIME_DIR=$work/run QT_QPA_PLATFORM=xcb \
    timeout 120 confclerk >"$work/confclerk.log" 2>&1 &
clerk_pid=$!

# The id of the visible window called exactly $1, waiting up to $2 tenths of a second.
window() {
    n=0
    while [ $n -lt "$2" ]; do
        id=$(xdotool search --onlyvisible --name "^$1\$" 2>/dev/null | head -n 1)
        if [ -n "$id" ]; then
            echo "$id"
            return 0
        fi
        kill -0 "$clerk_pid" 2>/dev/null || return 1
        n=$((n + 1))
        sleep 0.1
    done
    return 1
}

# Clicks at (dx, dy) inside window $1.
click() {
    eval "$(xdotool getwindowgeometry --shell "$1")"
    xdotool mousemove $((X + $2)) $((Y + $3)) click 1
}

main=$(window ConfClerk 200) || { cat "$work/confclerk.log"; fail "ConfClerk's window did not appear"; }
sleep 1
# "Conferences" in the menu bar opens the conference editor; its "+" asks for a URL.
editor=
for attempt in 1 2 3; do
    click "$main" 36 11
    editor=$(window "Edit Conferences" 50) && break
done
[ -n "$editor" ] || fail "the Edit Conferences dialog did not open"
sleep 0.5
input=
for attempt in 1 2 3; do
    click "$editor" 34 32
    input=$(window "URL Input" 50) && break
done
[ -n "$input" ] || fail "the URL dialog did not open"
sleep 0.3
click "$input" 145 47
xdotool type --delay 2 "file://$work/schedule.xml"
xdotool key Return

# ConfClerk writes the whole schedule in one transaction: wait until the events are there.
expected_events=$(wc -l <"$work/expected-events.txt")
query() { sqlite3 -cmd ".timeout 2000" "$database" "$1" 2>/dev/null; }
n=0
while [ "$(query 'SELECT count(*) FROM event')" != "$expected_events" ]; do
    n=$((n + 1))
    [ $n -gt 300 ] && break
    kill -0 "$clerk_pid" 2>/dev/null || break
    sleep 0.1
done
sleep 0.5

status=0
compare() {
    LC_ALL=C sort "$work/expected-$1.txt" >"$work/want-$1"
    query "$2" | LC_ALL=C sort >"$work/got-$1"
    if ! diff -u "$work/want-$1" "$work/got-$1"; then
        echo "FAIL: ConfClerk's $1 differ from the export (- expected, + ConfClerk)"
        status=1
    fi
}
compare events "SELECT id || '|' || start || '|' || duration || '|' || type || '|' || title FROM event"
compare persons "SELECT id || '|' || name FROM person"
compare rooms "SELECT name FROM room"
compare event-persons "SELECT xid_event || '|' || xid_person FROM event_person"
# The conference's first day as a plain date: ConfClerk stores midnight UTC of it.
start=$(query "SELECT date(start, 'unixepoch') FROM conference")
[ "$start" = "$first_day" ] || { echo "FAIL: ConfClerk's conference start is \"$start\", not $first_day"; status=1; }

if [ $status -eq 0 ]; then
    echo "PASS: ConfClerk loaded $expected_events events, $(wc -l <"$work/expected-persons.txt") persons and" \
        "$(wc -l <"$work/expected-rooms.txt") rooms from our frab XML"
fi
exit $status
