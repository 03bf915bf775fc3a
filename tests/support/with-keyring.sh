#!/bin/sh
# SPDX-FileCopyrightText: 2026 GradeDesk contributors
# SPDX-License-Identifier: MIT
#
# with-keyring.sh COMMAND [ARGS...]
# Runs COMMAND on a private D-Bus session bus with a fresh, unlocked gnome-keyring (Secret Service),
# so keychain tests exercise the real QtKeychain -> libsecret -> D-Bus path without touching the
# user's keyring. The bus and the daemon end with the command; the temporary home is removed.
# If dbus-run-session or gnome-keyring-daemon is missing, COMMAND runs with
# GRADEDESK_NO_KEYRING set to the reason, and keychain tests skip.
set -u

here="$(cd "$(dirname "$0")" && pwd)"

for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        GRADEDESK_NO_KEYRING="$tool is not installed (packages dbus, gnome-keyring)"
        export GRADEDESK_NO_KEYRING
        exec "$@"
    fi
done

# A fresh home each run: a keyring left from an earlier run with another password would not unlock.
HOME="$(mktemp -d "${TMPDIR:-/tmp}/gradedesk-keyring.XXXXXX")" || exit 1
export HOME
trap 'rm -rf "$HOME"' EXIT INT TERM
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
export XDG_RUNTIME_DIR="$HOME/run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"

# The daemon runs in the foreground (in the background of the inner shell), so the shell knows its
# pid and stops it afterwards: a daemonised gnome-keyring would outlive the bus.
dbus-run-session --config-file="$here/dbus-session.conf" -- sh -c '
    # The password only unlocks this throw-away keyring.
    printf "%s" gradedesk-test-keyring | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null &
    keyring=$!
    tries=0
    until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ]; then
            echo "with-keyring.sh: gnome-keyring did not register org.freedesktop.secrets within 10 s" >&2
            kill "$keyring" 2>/dev/null
            exit 1
        fi
        sleep 0.1
    done
    "$@"
    status=$?
    kill "$keyring" 2>/dev/null
    wait "$keyring" 2>/dev/null
    exit "$status"' sh "$@"
