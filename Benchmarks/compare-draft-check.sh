#!/usr/bin/env bash
# Draft-check comparison: Confidant against Microsoft Presidio and `grep -F -i -w` on the labelled
# drafts (Tests/ConfidantTests/DraftCheck/Corpus/drafts.json and held-out.json), a Markdown table per corpus.
# A thin wrapper for compare-draft-check.py, whose header says what is measured and what it installs
# (presidio-analyzer and a spaCy model into the venv .build/venv-presidio, nothing system-wide).
# Run by hand; CI and `make bench` do not run it:
#   Benchmarks/compare-draft-check.sh [--confidant PATH] [--no-presidio] [--out DIR] [CORPUS.json ...]
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 Benchmarks/compare-draft-check.py "$@"
