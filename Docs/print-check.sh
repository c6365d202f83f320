#!/usr/bin/env bash
# Renders the Venlo example's HTML report in headless Chromium: a screenshot of the first
# screen and an A4 PDF, and checks that the PDF has at most 10 pages (issue 11).
#
# Usage: Docs/print-check.sh [HOUSING_EFFECT_BINARY] [OUTPUT_DIRECTORY]
# Needs chromium (or chromium-browser, google-chrome) and pdfinfo (Debian: poppler-utils).
# Exits 0 with a message when Chromium is not installed, so that CI without it passes.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=${1:-$(swift build -c release --show-bin-path)/housing-effect}
out=${2:-$(mktemp -d)}
max_pages=${MAX_PAGES:-10}

browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" > /dev/null 2>&1; then browser=$candidate; break; fi
done
if [ -z "$browser" ]; then
  echo "print-check: skipped, no Chromium found (install the Debian package 'chromium')"
  exit 0
fi
if ! command -v pdfinfo > /dev/null 2>&1; then
  echo "print-check: skipped, no pdfinfo found (install the Debian package 'poppler-utils')"
  exit 0
fi

mkdir -p "$out"
status=0
for language in nl en; do
  html="$out/venlo-$language.html"
  "$bin" assess Scenarios/venlo-ecommerce-dc.json --format html --lang "$language" --output "$html"
  flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-pdf-header-footer
    --virtual-time-budget=2000)
  "$browser" "${flags[@]}" --window-size=1280,2000 --screenshot="$out/venlo-$language.png" \
    "file://$(realpath "$html")" > /dev/null 2>&1
  "$browser" "${flags[@]}" --print-to-pdf="$out/venlo-$language.pdf" \
    "file://$(realpath "$html")" > /dev/null 2>&1
  pages=$(pdfinfo "$out/venlo-$language.pdf" | sed -nE 's/^Pages:[[:space:]]+([0-9]+).*/\1/p')
  size=$(pdfinfo "$out/venlo-$language.pdf" | sed -nE 's/^Page size:[[:space:]]+(.*)/\1/p')
  echo "print-check: venlo ($language): $pages pages, $size; screenshot $out/venlo-$language.png"
  if [ -z "$pages" ] || [ "$pages" -gt "$max_pages" ]; then
    echo "print-check: the Venlo report ($language) prints on $pages pages; at most $max_pages allowed"
    status=1
  fi
done
exit $status
