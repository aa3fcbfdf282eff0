#!/usr/bin/env bash
# Runs every benchmark in turn (15-20 minutes on a 2-core machine, most of it POI and
# LibreOffice on 100,000 lines); each prints its table and appends to bench/results.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for script in generate scaling validate-batch validate-large; do
  echo "=== bench/$script.sh"
  "$here/$script.sh"
done
