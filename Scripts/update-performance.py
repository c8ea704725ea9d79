#!/usr/bin/env python3
"""make bench: run each benchmark script (or those named as arguments) and put its fresh table
into docs/PERFORMANCE.md, between the `<!-- bench: NAME -->` and `<!-- /bench -->` markers, with
the date of the run. Each table is written as soon as its script ends, so one that fails (a peer
not installed) costs only its own table; the failures are listed at the end, and the exit is 1."""
import datetime, re, subprocess, sys

doc = "docs/PERFORMANCE.md"
# `make bench ONLY=draft` (names as arguments) reruns only those benchmarks.
wanted = sys.argv[1:]
failed = []
for name in re.findall(r"<!-- bench: (\S+) -->", open(doc).read()):
    if wanted and name not in wanted:
        continue
    print(f"running Benchmarks/{name}.sh …", file=sys.stderr)
    result = subprocess.run([f"Benchmarks/{name}.sh"], capture_output=True, text=True)
    if result.returncode != 0:
        print(f"Benchmarks/{name}.sh failed:\n{result.stdout}{result.stderr}", file=sys.stderr)
        failed.append(name)
        continue
    table = "\n".join(line for line in result.stdout.splitlines() if line.startswith("|"))
    stamp = f"_Measured {datetime.date.today().isoformat()} by `make bench`._"
    text = re.sub(rf"<!-- bench: {name} -->.*?<!-- /bench -->",
                  lambda _: f"<!-- bench: {name} -->\n{table}\n\n{stamp}\n<!-- /bench -->", open(doc).read(), flags=re.S)
    open(doc, "w").write(text)
    print(f"{doc}: {name} updated", file=sys.stderr)
if failed:
    sys.exit("failed: " + ", ".join(failed))
