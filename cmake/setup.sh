#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets Plenary up on Debian 12 and runs it:
#   cmake/setup.sh run [ARGS...]   install what is missing, build, open the app (ARGS go to plenary)
#   cmake/setup.sh test            install what is missing, build, run the whole test suite
#   cmake/setup.sh bench           install what is missing, build, run the COP-scale benchmark
# Rebuilds are incremental. PLENARY_BUILD_DIR chooses the build folder (default: build/).
set -euo pipefail

mode=${1:-run}
shift || true
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PLENARY_BUILD_DIR:-$root/build}

# Everything the build, the app and the tests need; a fresh Debian desktop has none of it.
packages=(
    build-essential cmake ninja-build pkg-config git clang-format
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qt6-pdf-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libicu-dev libxlsxwriter-dev
    libqt6sql6-sqlite qt6-qpa-plugins libgl1-mesa-dri
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-dialogs
    qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qml6-module-qtquick-pdf qml6-module-qttest qml6-module-qt-labs-animation
    fonts-noto-core fonts-noto-cjk fonts-noto-color-emoji
    iso-codes poppler-utils sqlite3 unzip xvfb xauth
    libphonenumber-dev libsqlite3-dev
    libical-dev libdtl-dev libqrencode-dev libzxing-dev libqpdf-dev tzdata libxml2-utils python3-jsonschema confclerk xdotool
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}" >&2
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPLENARY_WERROR=$werror
fi
cmake --build "$build"

case "$mode" in
run)
    exec "$build/bin/plenary" "$@"
    ;;
test)
    cd "$build"
    exec ctest --output-on-failure --timeout 900 -j "$(nproc)"
    ;;
bench)
    exec "$build/bin/plenary-bench" "$@"
    ;;
*)
    echo "usage: cmake/setup.sh run|test|bench" >&2
    exit 2
    ;;
esac
