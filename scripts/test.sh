#!/usr/bin/env bash
# Runs every test of Riskdesk. The UI tests render on the CPU (Mesa: lavapipe or
# llvmpipe), so the Mesa drivers are installed first when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
for pkg in libegl1 libgl1-mesa-dri mesa-vulkan-drivers libvulkan1; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if ((${#need[@]})); then
    if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
        echo "installing ${need[*]} (software rendering for the UI tests)"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    else
        echo "warning: ${need[*]} missing; install them (apt-get install ${need[*]}) if UI tests cannot render" >&2
    fi
fi

# The UI tests render through wgpu, whose Wayland probe prints "error: XDG_RUNTIME_DIR
# is invalid or not set" without a runtime folder: give it a private one.
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "$XDG_RUNTIME_DIR" ]; then
    XDG_RUNTIME_DIR="$(mktemp -d)"
    chmod 700 "$XDG_RUNTIME_DIR"
    export XDG_RUNTIME_DIR
fi

cargo test "$@"
