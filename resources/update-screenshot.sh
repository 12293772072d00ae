#!/usr/bin/env bash
# Regenerates the README's pictures: builds ClinicDesk, fills a throw-away demo clinic (2,000
# patients and their appointment book, fixed "today" 2026-11-25) and photographs the main window
# offscreen: as it opens (the Schedule) into main-window.png, with a patient search typed in
# into patients.png, on the retreatment board into board.png and on Reports into reports.png;
# then prints the day's schedule (clinicdesk-cli schedule --pdf) and renders its first page into
# printed-schedule.png (pdftoppm, poppler-utils). Deterministic: the same code gives the same
# pictures. BUILD_DIR (default ./build) and SEARCH (default "ma") may be overridden.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${BUILD_DIR:-build}
SEARCH=${SEARCH:-ma}
OUT=resources/screenshots/main-window.png
PATIENTS_OUT=resources/screenshots/patients.png
BOARD_OUT=resources/screenshots/board.png
PRINT_OUT=resources/screenshots/printed-schedule.png
REPORTS_OUT=resources/screenshots/reports.png

cmake -S . -B "$BUILD_DIR" >/dev/null
cmake --build "$BUILD_DIR" --parallel "$(nproc)" --target clinicdesk clinicdesk-cli

# A fixed path and user, because both show in the status bar of the picture.
WORK=${TMPDIR:-/tmp}/clinicdesk-screenshot
rm -rf "$WORK"
mkdir -p "$WORK"
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/demo-clinic.sqlite"
export USER=frontdesk

export CLINICDESK_TODAY=2026-11-25
export QT_QPA_PLATFORM=offscreen
export LC_ALL=C.UTF-8
# Offscreen Qt still needs real fonts (fonts-dejavu-core), or every letter is a box.
if command -v fc-list >/dev/null && [ -z "$(fc-list 2>/dev/null | head -n 1)" ]; then
    echo "No fonts installed; install fonts-dejavu-core (packaging/install-deps.sh)." >&2
    exit 1
fi

"$BUILD_DIR/app/clinicdesk-cli" --db "$DB" seed-demo --patients 2000 >/dev/null
mkdir -p "$(dirname "$OUT")"
"$BUILD_DIR/app/clinicdesk" --db "$DB" --screenshot "$OUT"
"$BUILD_DIR/app/clinicdesk" --db "$DB" --search "$SEARCH" --screenshot "$PATIENTS_OUT"
"$BUILD_DIR/app/clinicdesk" --db "$DB" --board --screenshot "$BOARD_OUT"
"$BUILD_DIR/app/clinicdesk" --db "$DB" --reports --screenshot "$REPORTS_OUT"
"$BUILD_DIR/app/clinicdesk-cli" --db "$DB" schedule --date today --pdf "$WORK/schedule.pdf" \
    --landscape >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$WORK/schedule.pdf" "${PRINT_OUT%.png}"
echo "Wrote $OUT, $PATIENTS_OUT, $BOARD_OUT, $REPORTS_OUT and $PRINT_OUT"
