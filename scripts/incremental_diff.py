#!/usr/bin/env python3
"""Random edits, then an incremental build beside a full one: the same files (issue 18).

    python3 scripts/incremental_diff.py BINARY [--steps N] [--seed S] [--corpus K] [--keep DIR]

A co-moderator saves again and again; each save is an incremental build that
reuses what the last one left (stamps, cache, copied documents of
`data/sessies.json`, kept tables and pages). This script makes a work folder
with `Input/` (the repository's notes, the series fixtures and K generated
notes), builds it once, and then N times makes one random edit of a kind a
user makes (a private line, a published sentence, a change of the same
length, a change with size and time put back, a touch, openbaar, status or
namen toggled, an effect's values dropped, a note removed, added back,
renamed, broken, mended or restored, a follow-up's statuses, the synonyms) and runs `begeleid build` into the same `Output/`.
After every step it also builds the same notes into a copy of `Output/` as
it was before the step, without what the last build kept for the next one
(the cache, the stamps, the kept shares, labels and vocabulary), so that
build renders everything; then it compares:

- both folders hold the same files with the same bytes, but `.begeleid/`
  (where the kept state may differ by design);
- both builds exit the same and print the same findings; what they print on
  stdout is the same but for the count of reports not rendered again.

Only random.Random(seed) decides, so a failing seed can be run again. Exits 1
at the first difference (the work folder is kept and named), 0 after N steps.
"""
import argparse, filecmp, os, pathlib, random, re, shutil, signal, subprocess, sys, tempfile, threading, time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def notes(work):
    return sorted((work / "Input/sessies").glob("*.md"))


def section_line(text, heading):
    """Index just after `heading`'s line, or None."""
    match = re.search(r"^" + re.escape(heading) + r"[ \t]*\n", text, re.M)
    return match.end() if match else None


def private_line(rng, text):
    line = f"- notitie {rng.randrange(10**6)}: niet voor het rapport\n"
    at = section_line(text, "## Notities")
    if at is None:
        return text + "\n## Notities\n\n" + line
    return text[:at] + line + text[at:]


def published_sentence(rng, text):
    for heading in ["## Samenvatting", "## Summary", "## Casus", "## Case"]:
        at = section_line(text, heading)
        if at is not None:
            return text[:at] + f"Nog een zin {rng.randrange(10**6)} voor de groep.\n\n" + text[at:]
    return None


def same_length(rng, text):
    """One letter of a published section turned into another: the same size."""
    at = section_line(text, "## Casus") or section_line(text, "## Case")
    if at is None:
        return None
    letters = [i for i in range(at, min(len(text), at + 400)) if text[i] in "aeiou"]
    if not letters:
        return None
    i = rng.choice(letters)
    return text[:i] + rng.choice([c for c in "aeiou" if c != text[i]]) + text[i + 1:]


def toggle_front(rng, text, key, values):
    """Sets `key` in the front matter to the next of `values` (None: removes it)."""
    head_end = text.find("\n---", 4)
    if not text.startswith("---\n") or head_end < 0:
        return None
    head, rest = text[:head_end + 1], text[head_end + 1:]
    match = re.search(r"^" + key + r":[^\n]*\n", head, re.M)
    current = match.group(0).split(":", 1)[1].strip() if match else None
    following = values[(values.index(current) + 1) % len(values)] if current in values else values[0]
    line = "" if following is None else f"{key}: {following}\n"
    head = head[:match.start()] + line + head[match.end():] if match else head + line
    return head + rest


def break_head(rng, text):
    return text.replace("---\n", "--\n", 1) if text.startswith("---\n") else None


def mend_head(rng, text):
    return text.replace("--\n", "---\n", 1) if text.startswith("--\n") else None


def drop_value_link(rng, text):
    """An effect loses its values: a finding (an effect without a value)."""
    lines = text.split("\n")
    candidates = [i for i, line in enumerate(lines) if line.startswith("- ") and " → " in line]
    if not candidates:
        return None
    i = rng.choice(candidates)
    lines[i] = lines[i].split(" → ")[0]
    return "\n".join(lines)


def follow_up_status(rng, text):
    lines = text.split("\n")
    candidates = [i for i, line in enumerate(lines) if re.match(r"- (open|loopt|gedaan|afgewezen):", line)]
    if not candidates:
        return None
    i = rng.choice(candidates)
    status = lines[i][2:].split(":", 1)[0]
    lines[i] = "- " + rng.choice([s for s in ["open", "loopt", "gedaan", "afgewezen"] if s != status]) + lines[i][2 + len(status):]
    return "\n".join(lines)


EDITS = {
    "private line": private_line,
    "published sentence": published_sentence,
    "same length": same_length,
    "openbaar": lambda rng, text: toggle_front(rng, text, "openbaar", ["true", "false", None]),
    "status": lambda rng, text: toggle_front(rng, text, "status", ["concept", "definitief", None]),
    "namen": lambda rng, text: toggle_front(rng, text, "namen", ["openbaar", None]),
    "broken head": break_head,
    "mended head": mend_head,
    "value link dropped": drop_value_link,
    "follow-up status": follow_up_status,
}


def edit(rng, work, removed, originals):
    """One random edit; returns what it did."""
    files = notes(work)
    kind = rng.choice(list(EDITS) * 3 + ["restored"] * 6 + ["touch", "size and time kept", "removed", "added", "renamed", "synonyms", "nothing"])
    if kind == "restored":
        # A note as it was at the start (what an undo gives): the run does not drift into errors only.
        changed = [path for path in files if path.name in originals and path.read_text(encoding="utf-8") != originals[path.name]]
        if not changed:
            return "nothing"
        path = rng.choice(changed)
        path.write_text(originals[path.name], encoding="utf-8")
        return f"restored {path.name}"
    if kind == "touch":
        path = rng.choice(files)
        os.utime(path)
        return f"touch {path.name}"
    if kind == "size and time kept":
        # Written in place (the same inode), the size and the modification time as before: only the content differs.
        path = rng.choice(files)
        before = path.stat()
        changed = same_length(rng, path.read_text(encoding="utf-8"))
        if changed is None or len(changed.encode()) != before.st_size:
            return "nothing"
        with open(path, "r+", encoding="utf-8") as handle:
            handle.write(changed)
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        return f"size and time kept {path.name}"
    if kind == "removed" and len(files) > 4:
        path = rng.choice(files)
        removed.append((path.name, path.read_text(encoding="utf-8")))
        path.unlink()
        return f"removed {path.name}"
    if kind == "added" and removed:
        name, text = removed.pop(rng.randrange(len(removed)))
        (work / "Input/sessies" / name).write_text(text, encoding="utf-8")
        return f"added {name}"
    if kind == "renamed":
        path = rng.choice(files)
        target = path.with_name(f"{path.stem}-{rng.randrange(100)}.md")
        if target.exists():
            return "nothing"
        path.rename(target)
        return f"renamed {path.name} → {target.name}"
    if kind == "synonyms":
        path = work / "Input/waarden.yaml"
        text = path.read_text(encoding="utf-8")
        # A name more that counts as one (an error when it is already the other name of a value: "openheid").
        extra = rng.choice(["Zorgvuldigheid: [Carefulness, zorg]\n", "Openheid: [Openness]\n"])
        path.write_text(text.replace(extra, "") if extra in text else text + extra, encoding="utf-8")
        return f"synonyms {extra.split(':')[0]}"
    if kind in EDITS:
        path = rng.choice(files)
        changed = EDITS[kind](rng, path.read_text(encoding="utf-8"))
        if changed is None:
            return "nothing"
        # Saved as editors save: a new file put in place of the old one, or written over it.
        if rng.random() < 0.5:
            temporary = path.with_name("." + path.name + ".tmp")
            temporary.write_text(changed, encoding="utf-8")
            temporary.replace(path)
        else:
            path.write_text(changed, encoding="utf-8")
        return f"{kind} {path.name}"
    return "nothing"


def build(binary, work, output):
    run = subprocess.run([binary, "build", "--output", output], cwd=work, capture_output=True, text=True, timeout=600)
    # The incremental build says how many reports it did not render again; a full build does not.
    stdout = re.sub(r" \(\d+ (ongewijzigd|unchanged)\)", "", run.stdout).replace(output + "/", "OUT/")
    stdout = re.sub(r"(\d+ (sessies|sessions)), (alle ongewijzigd|all unchanged)", r"\1 gebouwd", stdout)
    return run.returncode, stdout, run.stderr


def files(folder):
    return {str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file()}


# What a build keeps for the next one in `.begeleid/`: taken away, the next build renders everything.
CACHES = ["cache.json", "stempels", "schetsen", "labels-nl", "labels-en", "woordenlijst"]


def without_caches(folder, copy):
    """`folder` as it is copied to `copy`, without what the last build kept for the next one."""
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(folder, copy, symlinks=True)
    for name in CACHES:
        path = copy / ".begeleid" / name
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def compare(incremental, full):
    """The differences between the two folders but `.begeleid/`, what a build keeps for the next one. (Those may
    differ by design: an entry of the cache keeps its share's hash of before when only the synonyms changed.)"""
    def published(folder):
        return {f for f in files(folder) if not f.startswith(".begeleid/")}
    ours, theirs = published(incremental), published(full)
    problems = [f"missing after the incremental build: {f}" for f in sorted(theirs - ours)]
    problems += [f"only after the incremental build: {f}" for f in sorted(ours - theirs)]
    problems += [f"differs: {f}" for f in sorted(ours & theirs) if not filecmp.cmp(incremental / f, full / f, shallow=False)]
    return problems


class Watch:
    """`begeleid watch` on the work folder, building into `Output/`; its rebuilds counted from the lines it prints."""

    def __init__(self, binary, work):
        self.process = subprocess.Popen([binary, "watch", "--port", "0"], cwd=work, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True)
        self.lock = threading.Lock()
        self.times = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            if " gebouwd in " in line:
                with self.lock:
                    self.times.append(time.monotonic())

    @property
    def count(self):
        with self.lock:
            return len(self.times)

    def settle(self, after, expected=True):
        """Waits for a rebuild after the `after`-th (when one is expected), then until none has come for a second;
        whether one came."""
        deadline = time.monotonic() + (30 if expected else 1)
        while self.count <= after and time.monotonic() < deadline and self.process.poll() is None:
            time.sleep(0.02)
        while True:
            with self.lock:
                last = self.times[-1] if self.times else 0
            if time.monotonic() - last >= 1 or self.process.poll() is not None:
                return self.count > after
            time.sleep(0.05)

    def stop(self):
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary")
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=int, default=20, help="generated notes beside the repository's")
    parser.add_argument("--keep", help="work in this folder (made empty first) and keep it")
    parser.add_argument("--watch", action="store_true",
                        help="the incremental builds are those of one `begeleid watch` process, as on the beamer")
    arguments = parser.parse_args()
    binary = str(pathlib.Path(arguments.binary).resolve())
    rng = random.Random(arguments.seed)
    work = pathlib.Path(arguments.keep or tempfile.mkdtemp(prefix="begeleid-incremental-"))
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(ROOT / "Input", work / "Input")
    for series in (ROOT / "Tests/BegeleidTests/Fixtures/series").iterdir():
        for note in series.glob("*.md"):
            shutil.copy(note, work / "Input/sessies" / note.name)
    if arguments.corpus:
        generated = work / "generated"
        subprocess.run([sys.executable, str(ROOT / "scripts/corpus.py"), str(arguments.corpus), str(generated), "--seed", str(arguments.seed)],
                       check=True, capture_output=True)
        for note in (generated / "Input/sessies").glob("*.md"):
            note.replace(work / "Input/sessies" / note.name)
        shutil.rmtree(generated)
    removed = []
    originals = {path.name: path.read_text(encoding="utf-8") for path in notes(work)}
    build(binary, work, "Output")
    watch = Watch(binary, work) if arguments.watch else None
    if watch and not watch.settle(0):
        print("begeleid watch did not build")
        return 1
    try:
        for step in range(1, arguments.steps + 1):
            # The reference: the same folder as the incremental build starts from, without its caches.
            without_caches(work / "Output", work / "Vol")
            before = watch.count if watch else 0
            did = edit(rng, work, removed, originals)
            # (A touch changes no byte: the preview need not build again, and does not.)
            expected = not did.startswith(("nothing", "touch"))
            if watch:
                rebuilt = watch.settle(before, expected=expected)
                first = (None, "", "")
            else:
                first = build(binary, work, "Output")
            second = build(binary, work, "Vol")
            problems = compare(work / "Output", work / "Vol")
            if watch and not rebuilt and expected:
                problems.append("begeleid watch did not build again")
            if not watch and first[0] != second[0]:
                problems.append(f"exit {first[0]} incremental, {second[0]} full")
            if not watch and first[1] != second[1]:
                problems.append(f"stdout: {first[1]!r} incremental, {second[1]!r} full")
            if not watch and first[2] != second[2].replace("Vol/", "Output/"):
                problems.append(f"findings differ:\n--- incremental\n{first[2]}\n--- full\n{second[2]}")
            print(f"step {step}: {did}: exit {second[0]}" + ("" if not problems else " — DIFFERENT"), flush=True)
            if problems:
                print("\n".join(problems[:20]))
                print(f"work folder kept: {work} (seed {arguments.seed}, step {step})")
                return 1
    finally:
        if watch:
            watch.stop()
    print(f"{arguments.steps} steps, seed {arguments.seed}: every incremental build wrote what a full build writes")
    if not arguments.keep:
        shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
