#!/usr/bin/env bash
# Renders the HTML of every command that writes HTML (assess, compare, sensitivity, project,
# batch) in headless Chromium: a screenshot of the first screen and an A4 PDF each. Checks
# (issue 11, issue 21):
# - the Venlo and Heerlen effect reports, with the parameter annex in its own file (--annex),
#   print on at most MAX_PAGES (10) A4 pages, in Dutch and English;
# - the projection study reports: Venray on at most 10 pages, the Limburg study on at most 30;
# - no printed page is wider than A4: a table that does not fit would widen the page
#   (Chromium shrinks the page content instead of cutting it only when told to; we check the
#   PDF's text does not run past the right margin with pdftotext -bbox where available).
#
# Usage: Docs/print-check.sh [HOUSING_EFFECT_BINARY] [OUTPUT_DIRECTORY]
# Needs chromium (or chromium-browser, google-chrome) and pdfinfo (Debian: poppler-utils).
# Exits 0 with a message when either is missing, so that CI without them passes.
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
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-pdf-header-footer
  --virtual-time-budget=2000)

# Prints $1.html to $1.pdf and $1.png; echoes the page count.
render() {
  local base=$1
  "$browser" "${flags[@]}" --window-size=1280,2000 --screenshot="$base.png" \
    "file://$(realpath "$base.html")" > /dev/null 2>&1
  "$browser" "${flags[@]}" --print-to-pdf="$base.pdf" "file://$(realpath "$base.html")" \
    > /dev/null 2>&1
  pdfinfo "$base.pdf" | sed -nE 's/^Pages:[[:space:]]+([0-9]+).*/\1/p'
}

# Fails when a text box on any page of $1.pdf ends right of the A4 page (595 pt): a cut column.
check_width() {
  local pdf=$1 name=$2
  command -v pdftotext > /dev/null 2>&1 || return 0
  local widest
  widest=$(pdftotext -bbox "$pdf" - 2> /dev/null \
    | sed -nE 's/.*xMax="([0-9.]+)".*/\1/p' | sort -n | tail -1)
  widest=${widest%.*}
  if [ -n "$widest" ] && [ "$widest" -gt 595 ]; then
    echo "print-check: $name: text reaches x = $widest pt, past the A4 page (595 pt): a cut column"
    status=1
  fi
}

for example in venlo-ecommerce-dc heerlen-food-processing; do
  for language in nl en; do
    base="$out/$example-$language"
    "$bin" assess "Scenarios/$example.json" --format html --lang "$language" \
      --output "$base.html" --annex "$base-annex.html"
    pages=$(render "$base")
    annex=$(render "$base-annex")
    echo "print-check: $example ($language): $pages pages, annex $annex pages; $base.pdf"
    if [ -z "$pages" ] || [ "$pages" -gt "$max_pages" ]; then
      echo "print-check: the $example report ($language) prints on $pages pages; at most $max_pages allowed"
      status=1
    fi
    check_width "$base.pdf" "$example ($language)"
    check_width "$base-annex.pdf" "$example annex ($language)"
  done
done

# The study reports of `project` (issue 19): the Venray study on at most 10 pages, the
# Limburg study (province, 3 policy regions, 31 municipalities compared) on at most 30.
for entry in "projection-study-venray:10" "projection-study-limburg:30"; do
  study=${entry%%:*}
  limit=${entry#*:}
  for language in nl en; do
    base="$out/$study-$language"
    "$bin" project "Scenarios/$study.json" --format html --lang "$language" --output "$base.html"
    pages=$(render "$base")
    echo "print-check: $study ($language): $pages pages; $base.pdf"
    if [ -z "$pages" ] || [ "$pages" -gt "$limit" ]; then
      echo "print-check: the $study report ($language) prints on $pages pages; at most $limit allowed"
      status=1
    fi
    check_width "$base.pdf" "$study ($language)"
  done
done

others=(
  "compare:compare Scenarios/venlo-dc-study.json"
  "sensitivity:sensitivity Scenarios/venlo-ecommerce-dc.json"
  "batch:batch Scenarios/batch-limburg-1000.csv"
)
for entry in "${others[@]}"; do
  name=${entry%%:*}
  read -r -a arguments <<< "${entry#*:}"
  for language in nl en; do
    base="$out/$name-$language"
    "$bin" "${arguments[@]}" --format html --lang "$language" --output "$base.html"
    pages=$(render "$base")
    echo "print-check: $name ($language): $pages pages; $base.pdf"
    check_width "$base.pdf" "$name ($language)"
  done
done
exit $status
