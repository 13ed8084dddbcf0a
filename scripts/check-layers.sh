#!/usr/bin/env bash
# The layers (domain ← store ← workbench ← ui): each folder of src names only the
# layers below it, grouped imports included, and the domain uses no egui, SQLite,
# files, environment or clock. The check is a test (tests/layers.rs), so it also runs
# with the rest of the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo test --quiet --test layers
echo "layers: ok"
