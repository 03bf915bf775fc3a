#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 GradeDesk contributors
# SPDX-License-Identifier: MIT
#
# One entry point for a fresh Debian 12 machine. Idempotent: installs only what is missing.
#   packaging/setup-debian12.sh demo   install, build (release), generate the demo course, open the app
#   packaging/setup-debian12.sh test   install, build (testing preset, warnings are errors), run every test
set -euo pipefail

mode=${1:-}
case "$mode" in
demo | test) ;;
*)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# Everything the build, the app and the tests need, from Debian's own archive.
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
    qtkeychain-qt6-dev libyaml-cpp-dev zlib1g-dev
    libkf5syntaxhighlighting-tools
    python3 python3-nbclient python3-ipykernel python3-matplotlib
    fonts-dejavu-core tzdata
    xvfb xauth
)
if [ "$mode" = test ]; then
    # A private D-Bus with a real secret service, PostgreSQL for the gradebook's server path, and the
    # formatter the lint test runs.
    packages+=(dbus gnome-keyring libsecret-tools postgresql clang-format-16 imagemagick python3-jsonschema)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [ "$mode" = test ]; then
    cmake --preset testing
    cmake --build --preset testing
    exec ctest --preset testing
fi

cmake --preset release
cmake --build --preset release
demo="${GRADEDESK_DEMO_DIR:-$HOME/GradeDesk Demo}"
if [ ! -f "$demo/course.yaml" ]; then
    build/release/app/gradedesk-cli demo "$demo" --students 40
    build/release/app/gradedesk-cli --course "$demo/course.yaml" collect
fi
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting the app under Xvfb (set DISPLAY to use your own screen)."
    exec xvfb-run -a -s "-screen 0 1400x900x24" build/release/app/gradedesk --course "$demo/course.yaml"
fi
exec build/release/app/gradedesk --course "$demo/course.yaml"
