#!/usr/bin/env python3
"""make mutants: a curated list of small mutations (scripts/mutants.toml), each a textual
change at a named anchor in the sources, applied one at a time to a scratch copy of the
tree (.build-mutants/tree, with its own .build, built incrementally). For each mutant only
the tests it names run (`swift test --filter`); a mutant whose tests still pass survived.

Fails (exit 2) when a mutant's anchor is not found exactly once (code moved: re-anchor it
in mutants.toml), when a mutant does not compile, when a filter matches no test, or when
the selected tests fail on the unmutated tree. Exits 1 when a mutant survived without a
written reason (`survives = "…"` in mutants.toml), 0 otherwise. Not part of `make test`.

    python3 scripts/mutants.py                 # every mutant
    python3 scripts/mutants.py name1 name2     # a subset (make mutants MUTANTS="name1 name2")
    python3 scripts/mutants.py --check         # only check that every anchor is found
    python3 scripts/mutants.py --list
"""
import argparse, filecmp, os, pathlib, re, shutil, subprocess, sys, time, tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "scripts/mutants.toml"
WORK = ROOT / ".build-mutants"
TREE = WORK / "tree"
LOG = WORK / "log"
RESULT = WORK / "last-result.md"
# What the scratch copy leaves out: build folders, git, outputs.
SKIP = re.compile(r"^(\.build.*|\.git|\.swiftpm|__pycache__)$")
# Outputs of the repository's own builds, left out at the top level only (Sources/…/Output/ is code).
SKIP_TOP = re.compile(r"^(Output|Openbaar)$")
BUILD_TIMEOUT = 30 * 60
TEST_TIMEOUT = 30 * 60


def load(names):
    mutants = tomllib.loads(DATA.read_text(encoding="utf-8"))["mutant"]
    seen = set()
    for mutant in mutants:
        for key in ("name", "file", "find", "replace", "tests", "guards"):
            if key not in mutant:
                raise SystemExit(f"mutants.toml: mutant {mutant.get('name', '?')} has no {key}")
        if mutant["name"] in seen:
            raise SystemExit(f"mutants.toml: {mutant['name']} twice")
        seen.add(mutant["name"])
    if names:
        unknown = sorted(set(names) - seen)
        if unknown:
            raise SystemExit(f"unknown mutants: {' '.join(unknown)} (python3 scripts/mutants.py --list)")
        mutants = [m for m in mutants if m["name"] in names]
    return mutants


def anchor_problems(mutants, root):
    """Every mutant's anchor must occur exactly once in its file."""
    problems = []
    for mutant in mutants:
        path = root / mutant["file"]
        if not path.exists():
            problems.append(f"{mutant['name']}: {mutant['file']} does not exist")
            continue
        count = path.read_text(encoding="utf-8").count(mutant["find"])
        if count != 1:
            what = "not found" if count == 0 else f"found {count} times"
            problems.append(f"{mutant['name']}: anchor {what} in {mutant['file']}: {mutant['find']!r}")
    return problems


def sync(source, target, top=True):
    """Makes target a copy of source (files whose bytes differ are copied; stale ones removed),
    leaving target's build folder alone, so the next build there is incremental."""
    target.mkdir(parents=True, exist_ok=True)
    wanted = set()
    for entry in os.scandir(source):
        if SKIP.match(entry.name) or (top and SKIP_TOP.match(entry.name)):
            continue
        wanted.add(entry.name)
        there = target / entry.name
        if entry.is_symlink():  # e.g. Sources/BegeleidRender/Templates → ../../Templates: kept a link
            link = os.readlink(entry.path)
            if not there.is_symlink() or os.readlink(there) != link:
                if there.is_dir() and not there.is_symlink():
                    shutil.rmtree(there)
                elif there.exists() or there.is_symlink():
                    there.unlink()
                os.symlink(link, there)
        elif entry.is_dir(follow_symlinks=False):
            if there.exists() and not there.is_dir():
                there.unlink()
            sync(pathlib.Path(entry.path), there, top=False)
        elif not there.exists() or not filecmp.cmp(entry.path, there, shallow=False):
            shutil.copy2(entry.path, there)
    for entry in os.scandir(target):
        if entry.name not in wanted and not SKIP.match(entry.name) and not (top and SKIP_TOP.match(entry.name)):
            shutil.rmtree(entry.path) if entry.is_dir(follow_symlinks=False) else os.unlink(entry.path)


def run(command, log, timeout):
    """Runs command in the scratch tree, its output appended to log; returns (exit code, seconds, output)."""
    started = time.time()
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"\n$ {' '.join(command)}\n")
        out.flush()
        try:
            result = subprocess.run(command, cwd=TREE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                    timeout=timeout)
            code, text = result.returncode, result.stdout
        except subprocess.TimeoutExpired as expired:
            partial = expired.stdout or b""  # bytes, even with text=True
            code, text = "timeout", partial.decode("utf-8", "replace") if isinstance(partial, bytes) else partial
        out.write(text)
    return code, time.time() - started, text


def build(log):
    return run(["swift", "build", "--build-tests"], log, BUILD_TIMEOUT)


def test(filters, log):
    command = ["swift", "test", "--skip-build"]
    for name in filters:
        command += ["--filter", name]
    return run(command, log, TEST_TIMEOUT)


def listed_tests(log):
    code, _, text = run(["swift", "test", "list", "--skip-build"], log, TEST_TIMEOUT)
    if code != 0:
        raise SystemExit(f"swift test list failed (see {log})")
    return [line.strip() for line in text.splitlines() if line.strip().startswith("BegeleidTests")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", help="mutants to run (default: all)")
    parser.add_argument("--check", action="store_true", help="only check the anchors")
    parser.add_argument("--list", action="store_true", help="list the mutants")
    args = parser.parse_args()
    names = [n for part in args.names for n in part.split()]
    mutants = load(names)
    if args.list:
        for mutant in mutants:
            print(f"{mutant['name']:36} {mutant['file']}  [{', '.join(mutant['tests'])}]")
        return 0
    problems = anchor_problems(mutants, ROOT)
    if problems:
        print("mutants: anchors that moved (re-anchor them in scripts/mutants.toml):")
        for problem in problems:
            print("  " + problem)
        return 2
    print(f"mutants: {len(mutants)} anchors found")
    if args.check:
        return 0

    started = time.time()
    WORK.mkdir(exist_ok=True)
    LOG.write_text("", encoding="utf-8")
    sync(ROOT, TREE)
    print(f"mutants: scratch copy {TREE.relative_to(ROOT)}, log {LOG.relative_to(ROOT)}", flush=True)
    code, seconds, _ = build(LOG)
    if code != 0:
        print(f"mutants: the unmutated tree does not build (see {LOG})")
        return 2
    print(f"baseline: built in {seconds:.0f} s", flush=True)
    tests = listed_tests(LOG)
    for mutant in mutants:
        for name in mutant["tests"]:
            if not any(re.search(name, test_id) for test_id in tests):
                print(f"mutants: {mutant['name']}: filter {name!r} matches no test")
                return 2
    filters = sorted({name for mutant in mutants for name in mutant["tests"]})
    code, seconds, _ = test(filters, LOG)
    if code != 0:
        print(f"mutants: the selected tests fail on the unmutated tree ({code}); see {LOG}")
        return 2
    print(f"baseline: {len(filters)} filters pass on the unmutated tree in {seconds:.0f} s", flush=True)

    results = []
    for index, mutant in enumerate(mutants, 1):
        path = TREE / mutant["file"]
        original = path.read_bytes()
        text = original.decode("utf-8")
        path.write_text(text.replace(mutant["find"], mutant["replace"], 1), encoding="utf-8")
        try:
            with open(LOG, "a", encoding="utf-8") as out:
                out.write(f"\n===== mutant {mutant['name']}\n")
            code, build_seconds, _ = build(LOG)
            if code != 0:
                outcome, seconds = "does not compile", build_seconds
            else:
                code, seconds, _ = test(mutant["tests"], LOG)
                outcome = "survived" if code == 0 else "killed (timeout)" if code == "timeout" else "killed"
                seconds += build_seconds
        finally:
            path.write_bytes(original)
        reason = mutant.get("survives", "")
        results.append((mutant, outcome, seconds))
        print(f"[{index}/{len(mutants)}] {mutant['name']}: {outcome}"
              f"{' (explained: ' + reason + ')' if outcome == 'survived' and reason else ''} ({seconds:.0f} s)", flush=True)
    total = time.time() - started

    lines = ["| mutant | change | guarded by | result |", "|---|---|---|---|"]
    for mutant, outcome, seconds in results:
        shown = outcome if outcome != "survived" or not mutant.get("survives") else f"survived: {mutant['survives']}"
        lines.append(f"| `{mutant['name']}` | {mutant['guards']} | {', '.join('`' + t + '`' for t in mutant['tests'])} | {shown} |")
    killed = sum(outcome.startswith("killed") for _, outcome, _ in results)
    survived = [m for m, outcome, _ in results if outcome == "survived"]
    broken = [m for m, outcome, _ in results if outcome == "does not compile"]
    summary = (f"{len(results)} mutants: {killed} killed, {len(survived)} survived "
               f"({sum(1 for m in survived if m.get('survives'))} explained), {len(broken)} do not compile; "
               f"{total / 60:.0f} min")
    RESULT.write_text("\n".join(lines + ["", summary, ""]), encoding="utf-8")
    print("\n".join(["", *lines, "", summary, f"(table in {RESULT.relative_to(ROOT)})"]))
    if broken:
        return 2
    return 1 if any(not m.get("survives") for m in survived) else 0


if __name__ == "__main__":
    sys.exit(main())
