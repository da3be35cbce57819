#!/usr/bin/env bash
# Installs what Fusion Console needs on Debian 12 (bookworm), and nothing that is already there.
#   install-deps.sh          to build and run the app
#   install-deps.sh --tests  also what the test suite uses (PostgreSQL, a Secret Service, validators, clang's
#                            libFuzzer for the fuzz build)
set -euo pipefail

build_packages=(
    cmake ninja-build g++ file dpkg-dev pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-l10n-tools
    qt6-translations-l10n qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql
    qtkeychain-qt6-dev libsecret-1-0 gnome-keyring fonts-dejavu-core libsodium-dev
    libsqlite3-dev libpq-dev
)
test_packages=(
    lld postgresql dbus gnome-keyring libsecret-tools desktop-file-utils appstream python3 bsdutils systemd
    prometheus
    # The fuzz build (tests/fuzz): clang with libFuzzer and its sanitizer runtimes.
    clang libclang-rt-dev
)

packages=("${build_packages[@]}")
if [ "${1:-}" = "--tests" ]; then
    packages+=("${test_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: everything is installed."
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "install-deps: these packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
fi
echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
