#!/usr/bin/env bash
# Installs what is missing, builds ClinicDesk and runs every test (CTest, offscreen Qt).
# Exits non-zero on any failure. Extra arguments go to ctest (e.g. ./test.sh -R Patient).
set -euo pipefail
cd "$(dirname "$0")"
source packaging/install-deps.sh
clinicdesk_install_deps

BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-$(nproc)}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" --parallel "$JOBS"

export QT_QPA_PLATFORM=offscreen
export LC_ALL=C.UTF-8
cd "$BUILD_DIR"
ctest --output-on-failure --parallel "$JOBS" --timeout 600 "$@"
