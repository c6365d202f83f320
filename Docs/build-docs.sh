#!/usr/bin/env bash
# Builds the DocC documentation of the library (HousingEffect and HousingEffectReports) with
# the toolchain's own `docc`, without a package plugin: symbol graphs are extracted from the
# debug build's modules with `swift-symbolgraph-extract`, then `docc convert` turns each catalog
# into an archive. Warnings (a broken ``Symbol`` link, say) fail the build.
#
#   Docs/build-docs.sh [OUTPUT_DIR]        default: .build/docs
#
# Open OUTPUT_DIR/HousingEffect.doccarchive with `docc preview` or host it as a static site.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/docs}
bin=$(dirname "$(command -v swift)")
docc=${DOCC:-$bin/docc}
extract=${SYMBOLGRAPH_EXTRACT:-$bin/swift-symbolgraph-extract}
if [ ! -x "$docc" ]; then docc=$(command -v docc); fi
if [ ! -x "$extract" ]; then extract=$(command -v swift-symbolgraph-extract); fi

swift build --target HousingEffectReports > /dev/null
modules=$(swift build --show-bin-path)/Modules
triple=$(swift -print-target-info | sed -nE 's/.*"triple": "([^"]+)".*/\1/p' | head -n 1)
rm -rf "$out"
mkdir -p "$out"
for module in HousingEffect HousingEffectReports; do
  graphs="$out/symbol-graphs/$module"
  mkdir -p "$graphs"
  "$extract" -module-name "$module" -I "$modules" -target "$triple" \
    -minimum-access-level public -output-dir "$graphs"
  "$docc" convert "Sources/$module/$module.docc" \
    --additional-symbol-graph-dir "$graphs" \
    --fallback-display-name "$module" --fallback-bundle-identifier "nl.housing-effect.$module" \
    --output-path "$out/$module.doccarchive" --warnings-as-errors > "$out/$module.log" 2>&1 || {
    cat "$out/$module.log"
    echo "docc convert failed for $module"
    exit 1
  }
  echo "ok  $out/$module.doccarchive"
done
