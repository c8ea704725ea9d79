#!/usr/bin/env python3
"""make bench: run each benchmark script (or those named as arguments) and put its fresh table
into docs/PERFORMANCE.md, between the `<!-- bench: NAME -->` and `<!-- /bench -->` markers, with
the date of the run."""
import datetime, re, subprocess, sys

doc = "docs/PERFORMANCE.md"
text = open(doc).read()
# `make bench ONLY=draft` (names as arguments) reruns only those benchmarks.
wanted = sys.argv[1:]
for name in re.findall(r"<!-- bench: (\S+) -->", text):
    if wanted and name not in wanted:
        continue
    print(f"running Benchmarks/{name}.sh …", file=sys.stderr)
    result = subprocess.run([f"Benchmarks/{name}.sh"], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"Benchmarks/{name}.sh failed:\n{result.stdout}{result.stderr}")
    output = result.stdout
    table = "\n".join(line for line in output.splitlines() if line.startswith("|"))
    stamp = f"_Measured {datetime.date.today().isoformat()} by `make bench`._"
    text = re.sub(rf"<!-- bench: {name} -->.*?<!-- /bench -->",
                  lambda _: f"<!-- bench: {name} -->\n{table}\n\n{stamp}\n<!-- /bench -->", text, flags=re.S)
open(doc, "w").write(text)
print(f"{doc} updated", file=sys.stderr)
