#!/usr/bin/env bash
# Compiles and runs the README's library example ("Use as a library", the Swift block after
# `<!-- library-example -->`) in a separate temporary package that depends on this repository
# by path, as a user's package would.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The repository's folder name is its package identity; link it under a fixed name.
ln -s "$repo" "$work/housing-effect"
mkdir -p "$work/example/Sources/Example"
awk '/<!-- library-example -->/ { armed = 1; next }
     armed && /^```swift/ { inside = 1; next }
     inside && /^```/ { exit }
     inside { print }' README.md > "$work/example/Sources/Example/main.swift"
if [ ! -s "$work/example/Sources/Example/main.swift" ]; then
  echo "no Swift block after <!-- library-example --> in README.md"
  exit 1
fi
# The unused results of the example are used here, so the build is free of warnings.
printf '\n_ = (dutch.count, english.count)\n' >> "$work/example/Sources/Example/main.swift"
cat > "$work/example/Package.swift" <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "Example",
  dependencies: [.package(path: "../housing-effect")],
  targets: [
    .executableTarget(
      name: "Example",
      dependencies: [.product(name: "HousingEffectReports", package: "housing-effect")])
  ]
)
SWIFT
swift build --package-path "$work/example" > "$work/build.log" 2>&1 || {
  cat "$work/build.log"
  echo "the README's library example does not compile"
  exit 1
}
output=$("$(swift build --package-path "$work/example" --show-bin-path)/Example")
echo "$output"
if ! echo "$output" | grep -q "housing.shortfallBeds in "; then
  echo "the README's library example did not print the shortfall"
  exit 1
fi
echo "ok  README library example compiles and runs"
