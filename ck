#!/usr/bin/env bash
# Chainkeeper's one helper script: installs Debian 12's build packages, builds, and either starts
# the app on the demo site (`./ck run`) or runs every test (`./ck test`).
#   ./ck run  [app options…]   build and start the GUI on the demo site
#   ./ck test [ctest options…] build and run every test (ctest)
#   ./ck asan                  build the core tests with ASan+UBSan and run them
#   ./ck fuzz                  build the libFuzzer targets with clang, run each FUZZ_SECONDS (60)
#   ./ck deps                  only install the packages
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev libvulkan-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtqml-workerscript qml6-module-qtquick-templates
  qml6-module-qtqml-models qml6-module-qttest
  qml6-module-qtquick-virtualkeyboard qt6-virtualkeyboard-plugin qml6-module-qt-labs-folderlistmodel
  libzxing-dev libspdlog-dev libsodium-dev zint libzbar-dev clang libclang-rt-14-dev
  clang-format python3 fonts-dejavu-core xvfb xauth postgresql openssl
)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

deps() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "ck: installing ${#missing[@]} Debian package(s): ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

build() { # build DIR [cmake options…]
  local dir=$1; shift
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" --parallel "$(nproc)"
}

cmd=${1:-help}
[ $# -gt 0 ] && shift
case "$cmd" in
  deps) deps ;;
  run)
    deps
    build build
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
      echo "ck: no display found; starting under xvfb-run (screenshots: ./ck run --screenshot DIR)"
      exec xvfb-run -a build/app/chainkeeper --demo "$@"
    fi
    exec build/app/chainkeeper --demo "$@"
    ;;
  test)
    deps
    build build
    cd build && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 "$@"
    ;;
  asan)
    deps
    build build-asan -DCHAINKEEPER_SANITIZE=ON -DCHAINKEEPER_BUILD_GUI=OFF -DCHAINKEEPER_BUILD_BENCH=OFF \
      -DCMAKE_BUILD_TYPE=Debug
    cd build-asan && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      ctest -L core --output-on-failure --timeout 1800 "$@"
    ;;
  fuzz)
    deps
    CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCHAINKEEPER_FUZZ=ON -DCHAINKEEPER_BUILD_GUI=OFF -DCHAINKEEPER_BUILD_BENCH=OFF \
      -DCHAINKEEPER_BUILD_TESTS=OFF -DCHAINKEEPER_FUZZ_SECONDS="${FUZZ_SECONDS:-60}" >/dev/null
    cmake --build build-fuzz --parallel "$(nproc)" --target fuzz_isbt128 fuzz_gs1 fuzz_identify fuzz_recipe fuzz_label
    cd build-fuzz && ctest -L fuzz --output-on-failure "$@"
    ;;
  *)
    sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'
    [ "$cmd" = help ] || exit 2
    ;;
esac
