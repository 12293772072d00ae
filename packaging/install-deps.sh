#!/usr/bin/env bash
# Installs the Debian 12 packages ClinicDesk needs to build, run and test, and only those that are
# missing. Sourced by run.sh and test.sh; safe to run again.
set -euo pipefail

CLINICDESK_DEPS=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev libgl-dev
    qt6-qpa-plugins fonts-dejavu-core
    poppler-utils sqlite3 dpkg-dev file
)

clinicdesk_install_deps() {
    local missing=()
    for pkg in "${CLINICDESK_DEPS[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}"
}
