"""Each real sample's targets against the article they were written from.

tests/data/real-phrasing/SAMPLE.json lists, for every target of samples/real/SAMPLE.yaml, the
article's sentence ("article"), the article's words the engine's own sentence must contain
("phrases", the first naming the target), and the words of the tracking table's goal ("goal").
Three readings of the sample, each through the real CLI:

1. the resolution as printed: pdftotext of `render --format pdf` contains the article's sentence
   (the data's statement, through the pdf writer's line breaking and fonts);
2. the resolution made from the fields alone (the sample with its statements taken out): one list
   item holds every phrase, so the engine says what the article says;
3. the tracking report (`render --dump text`): the target's row holds the goal's words.

Texts are compared case-folded, with blanks folded, U+00A0 as a space and any dash as '-' with no
blank around it ("10 - 12%" and "10–12%" read alike). Run: check_phrasing.py WARDREPORT SOURCE_DIR WORK_DIR
"""
import json
import pathlib
import re
import shutil
import subprocess
import sys

bin_, top, work = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
shutil.rmtree(work, ignore_errors=True)
work.mkdir(parents=True)
failures = []


def norm(text):
    text = text.replace("\u00a0", " ").replace("\u2011", "-").replace("\u2013", "-").replace("\u2014", "-")
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r" ?- ?", "-", text)
    return text.casefold().strip()


def run(*args):
    r = subprocess.run([bin_, *args], capture_output=True, text=True)
    if r.returncode != 0:
        failures.append(f"wardreport {' '.join(args)}: exit {r.returncode}: {r.stderr}")
    return r.stdout


def without_statements(src, dst):
    """The sample with every target's `statement` (one line, or a folded block) taken out."""
    out, skip_indent = [], None
    for line in src.read_text(encoding="utf-8").splitlines():
        indent = len(line) - len(line.lstrip())
        if skip_indent is not None and (not line.strip() or indent > skip_indent):
            continue
        skip_indent = None
        if line.lstrip().startswith("statement:") and indent >= 6:
            if line.rstrip().endswith((">-", ">", "|", "|-")):
                skip_indent = indent
            continue
        out.append(line)
    dst.write_text("\n".join(out) + "\n", encoding="utf-8")


def items(text):
    """The resolution's list items and the tracking table's rows, one normalised line each."""
    return [norm(l) for l in text.splitlines() if l.startswith("- ") or l.startswith("|")]


for data in sorted((top / "tests/data/real-phrasing").glob("*.json")):
    spec = json.loads(data.read_text(encoding="utf-8"))
    sample = top / spec["sample"]
    name = sample.stem
    targets = spec["targets"]
    ids = re.findall(r"^\s+- id: (\S+)", sample.read_text(encoding="utf-8"), re.M)
    missing = sorted(set(ids) - {t["id"] for t in targets})
    if missing:
        failures.append(f"{data.name}: no article sentence for the targets {missing} of {sample.name}")

    has_resolution = "congress:" in sample.read_text(encoding="utf-8")
    if has_resolution:
        out = work / name
        run("render", str(sample), "--report", "nghi-quyet", "--format", "pdf", "-o", str(out))
        pdf = out / f"{name}-nghi-quyet.pdf"
        printed = norm(subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True,
                                      text=True).stdout) if pdf.exists() else ""
        bare = work / f"{name}-no-statements.yaml"
        without_statements(sample, bare)
        made = items(run("render", str(bare), "--report", "nghi-quyet", "--dump", "text"))
    tracking = items(run("render", str(sample), "--report", "theo-doi-chi-tieu", "--dump", "text"))

    for t in targets:
        where = f"{name} / {t['id']}"
        if has_resolution:
            if norm(t["article"]) not in printed:
                failures.append(f"{where}: the printed resolution does not say the article's sentence: {t['article']!r}")
            phrases = [norm(p) for p in t["phrases"]]
            if not any(all(p in line for p in phrases) for line in made):
                near = [l for l in made if phrases[0] in l]
                failures.append(f"{where}: no item of the resolution made from the fields says all of {t['phrases']}; "
                                f"items naming it: {near}")
        subject = norm(t["phrases"][0])
        rows = [l for l in tracking if subject in l]
        if not any(norm(t["goal"]) in row for row in rows):
            failures.append(f"{where}: no row of the tracking table names {t['phrases'][0]!r} with the goal {t['goal']!r}; "
                            f"rows: {rows}")

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("every real target is phrased as its article says it")
