#!/bin/sh
# Install what the build needs when it is missing: re2c, lemon and the readline
# headers (Debian packages re2c lemon libreadline-dev). Run by `make` before the
# first build; prints the exact command to run when it cannot install by itself.
missing=""
command -v re2c >/dev/null 2>&1 || missing="$missing re2c"
command -v lemon >/dev/null 2>&1 || missing="$missing lemon"
[ -f /usr/include/readline/readline.h ] || missing="$missing libreadline-dev"
[ -z "$missing" ] && exit 0

echo "make: installing missing build tools:$missing"
if [ "$(id -u)" = 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo"
else
    echo "make: cannot install as a normal user; run:" >&2
    echo "    sudo apt-get update && sudo apt-get install -y$missing" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "make: no apt-get here; install$missing with your package manager" >&2
    exit 1
fi
$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing \
    || { echo "make: install failed; run: sudo apt-get update && sudo apt-get install -y$missing" >&2; exit 1; }
