#!/usr/bin/env bash
# The domain layer is pure: no egui, no SQLite, no files, no clock.
set -euo pipefail
cd "$(dirname "$0")/.."
bad=$(grep -rnE '\b(egui|eframe|egui_plot|egui_extras|rusqlite|rfd)\b|std::fs|SystemTime|Instant::now|chrono::(Utc|Local)' src/domain \
    | grep -vE '^[^:]+:[0-9]+:\s*//' || true)
if [ -n "$bad" ]; then
    echo "src/domain must stay pure (no egui, rusqlite, files or clock):" >&2
    echo "$bad" >&2
    exit 1
fi
# The store does not draw.
bad=$(grep -rnE '\b(egui|eframe|egui_plot|egui_extras)\b' src/store | grep -vE '^[^:]+:[0-9]+:\s*//' || true)
if [ -n "$bad" ]; then
    echo "src/store must not use egui:" >&2
    echo "$bad" >&2
    exit 1
fi
echo "layers: ok"
