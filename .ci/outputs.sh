#!/usr/bin/env bash
# .ci/outputs.sh BIN OUTDIR: writes 111 outputs of every command (every example and format, quick
# estimates, batch, params, regions, references, validate, check) into OUTDIR, one file each with
# its exit status, so two builds can be compared byte for byte:
#   .ci/outputs.sh old/housing-effect /tmp/a; .ci/outputs.sh .build/release/housing-effect /tmp/b
#   diff -r /tmp/a /tmp/b
# An engine change must leave every file identical (issue 18; Docs/design-notes.md).
set -u
bin=$(realpath "$1"); out=$(realpath -m "$2")
mkdir -p "$out"; cd "$(dirname "$0")/.."
run() { local name=$1; shift; "$bin" "$@" > "$out/$name" 2>&1; echo "rc=$?" >> "$out/$name"; }
for f in Scenarios/*.json; do
  b=$(basename "$f" .json)
  if grep -q '"projection"' "$f"; then
    for fmt in text json csv markdown html; do run "project-$b.$fmt" project "$f" --format $fmt --draws 300; done
    run "project-$b.en.text" project "$f" --lang en --draws 300
    run "project-$b.d0.json" project "$f" --format json --draws 0
  elif grep -q '"alternatives"' "$f"; then
    for fmt in text json csv markdown html; do run "compare-$b.$fmt" compare "$f" --format $fmt; done
    run "compare-$b.en.text" compare "$f" --lang en
  else
    for fmt in text json csv markdown html; do run "assess-$b.$fmt" assess "$f" --format $fmt; done
    run "assess-$b.en.text" assess "$f" --lang en
    run "assess-$b.d0.json" assess "$f" --format json --draws 0
    run "sens-$b.json" sensitivity "$f" --format json
    run "sens-$b.text" sensitivity "$f"
    run "explain-$b.txt" explain housing.shortfallBeds "$f"
  fi
done
run quick-dc.text assess --sector distribution-ecommerce --jobs 500 --municipality Venlo
run quick-meat.json assess --sector meat-processing --jobs 300 --municipality Venray --format json
run quick-constr.text assess --sector construction-project --jobs 200 --municipality Heerlen
run quick-glass.en.text assess --sector glasshouse-tomato --hectares 10 --municipality "Horst aan de Maas" --lang en
for f in Scenarios/batch-*.csv; do b=$(basename "$f" .csv)
  for fmt in text csv json; do run "batch-$b.$fmt" batch "$f" --format $fmt; done
  run "batch-$b.d20.json" batch "$f" --format json --draws 20
done
run params.text params; run params.json params --format json; run regions.text regions
run references.text references; run validate.text validate --draws 300
run check.text check Scenarios/*.json
