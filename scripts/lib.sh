# Shared by scripts/demo, scripts/test and scripts/bench: Debian packages and the build.
# shellcheck shell=bash

PARCELDESK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Everything ParcelDesk needs to build, test and run on Debian 12.
PARCELDESK_PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libgl-dev libxkbcommon-dev
    libvulkan-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-qpa-plugins qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev zlib1g-dev libsqlite3-dev tzdata
    clang-format clang libclang-rt-14-dev xvfb xauth
    libcurl4-openssl-dev python3-aiosmtpd openssl libmstch-dev
    libqrencode-dev poppler-utils zbar-tools libxlsxwriter-dev unzip
    postgresql libqt6sql6-psql libpq-dev
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs the packages that are missing, and only those.
ensure_packages() {
    local missing=()
    local pkg
    for pkg in "${PARCELDESK_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "ParcelDesk needs these Debian packages: ${missing[*]}" >&2
            echo "Install them as root (apt-get install ${missing[*]}) and run this again." >&2
            exit 1
        fi
        sudo=(sudo)
    fi
    say "Installing ${#missing[@]} Debian package(s): ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Configures (once) and builds a CMake preset.
build_preset() {
    local preset=$1
    shift
    cd "$PARCELDESK_ROOT"
    if [ ! -f "build/$preset/build.ninja" ]; then
        say "Configuring ($preset)"
        cmake --preset "$preset" "$@" >/dev/null
    fi
    say "Building ($preset)"
    cmake --build --preset "$preset" -- -j "$(nproc)"
}
