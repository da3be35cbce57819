#!/usr/bin/env bash
# Quick start: installs what is missing, builds Fusion Console (Release) and starts it on the embedded
# SQLite database. The first start offers to create the database empty or with demo data.
# Arguments are passed to fusion-console (e.g. --lang de, --db postgresql://user@host/db).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
"$root/packaging/dev/install-deps.sh"
cmake -S "$root" -B "$root/build-release" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFUSION_BUILD_TESTS=OFF \
    -DCMAKE_UNITY_BUILD=ON >/dev/null
cmake --build "$root/build-release"
echo "Starting $root/build-release/app/fusion-console (fusionctl is next to it)"
exec "$root/build-release/app/fusion-console" "$@"
