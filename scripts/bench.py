#!/usr/bin/env python3
"""make bench: the live-preview and incremental-build measurements of issue 4,
side by side with cmark-gfm in the same run. Writes docs/performance.md.

Not part of `make test`. The corpus is the example sessions in Input/sessies
repeated under new names (a simple, deterministic generator; issue 7 asks for a
richer one). Reported figures are medians of several runs.
"""
import os, pathlib, platform, re, shutil, statistics, subprocess, sys, time, urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = ROOT / ".build/release/begeleid"
WORK = pathlib.Path(os.environ.get("BENCH_DIR", "/tmp/begeleid-bench"))
EXTENSIONS = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "-e", "tasklist"]


def run(args, **kw):
    return subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def timed(args, repeat=3, before=None, **kw):
    times = []
    for _ in range(repeat):
        if before:
            before()
        start = time.perf_counter()
        run(args, **kw)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def corpus(n):
    """n sessions: the examples under new slugs and titles, all valid."""
    folder = WORK / f"n{n}" / "Input" / "sessies"
    if folder.exists() and len(list(folder.glob("*.md"))) == n:
        return folder.parent.parent
    shutil.rmtree(folder.parent.parent, ignore_errors=True)
    folder.mkdir(parents=True)
    examples = sorted((ROOT / "Input/sessies").glob("*.md"))
    for i in range(n):
        source = examples[i % len(examples)]
        text = source.read_text(encoding="utf-8")
        text = re.sub(r"^(titel|title): (.*)$", lambda m: f"{m.group(1)}: {m.group(2)} ({i + 1})", text, count=1, flags=re.M)
        (folder / f"{source.stem}-{i + 1:05d}.md").write_text(text, encoding="utf-8")
    return folder.parent.parent


def bodies(root):
    """All notes concatenated, front matter removed: what cmark-gfm renders for the floor."""
    parts = []
    for path in sorted((root / "Input/sessies").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        parts.append(text.split("---", 2)[2] if text.startswith("---") else text)
    target = root / "bodies.md"
    target.write_text("\n".join(parts), encoding="utf-8")
    return target


def full_and_incremental(n):
    root = corpus(n)
    out = root / "Output"
    full = timed([BIN, "build", "--input", root / "Input", "--output", out],
                 before=lambda: shutil.rmtree(out, ignore_errors=True), cwd=root)
    one = sorted((root / "Input/sessies").glob("*.md"))[n // 2]
    original = one.read_text(encoding="utf-8")
    counter = [0]

    def touch():
        counter[0] += 1
        one.write_text(original + f"\n\nWijziging {counter[0]}.\n", encoding="utf-8")

    run([BIN, "build", "--input", root / "Input", "--output", out], cwd=root)
    incremental = timed([BIN, "build", "--input", root / "Input", "--output", out], repeat=5, before=touch, cwd=root)
    one.write_text(original, encoding="utf-8")
    floor = timed(["cmark-gfm", *EXTENSIONS, bodies(root)], repeat=5)
    return full, incremental, floor


def save_to_page():
    root = WORK / "watch"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(ROOT / "Input", root / "Input")
    process = subprocess.Popen([BIN, "watch", "--port", "0"], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        port = None
        for line in process.stdout:
            found = re.search(r"127\.0\.0\.1:(\d+)/", line)
            if found:
                port = found.group(1)
                break
        notes = root / "Input/sessies/zwolle-digital-twin-ringweg.md"
        original = notes.read_text(encoding="utf-8")
        url = f"http://127.0.0.1:{port}/sessies/zwolle-digital-twin-ringweg/rapport.html"
        times = []
        for i in range(7):
            title = f"Meting {i} van het live voorbeeld"
            time.sleep(0.3)
            start = time.perf_counter()
            notes.write_text(re.sub(r"^titel: .*$", f"titel: {title}", original, count=1, flags=re.M), encoding="utf-8")
            while True:
                page = urllib.request.urlopen(url).read().decode("utf-8")
                if f"<h1>{title}</h1>" in page:
                    break
                time.sleep(0.002)
            times.append(time.perf_counter() - start)
        cmark = timed(["cmark-gfm", *EXTENSIONS, notes], repeat=10)
        return statistics.median(times), cmark
    finally:
        process.terminate()
        process.wait()


def main():
    if not shutil.which("cmark-gfm"):
        subprocess.run("sudo apt-get install -y -qq cmark-gfm || apt-get install -y -qq cmark-gfm", shell=True)
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    WORK.mkdir(parents=True, exist_ok=True)
    rows = []
    for n in (100, 1000):
        full, incremental, floor = full_and_incremental(n)
        rows.append((n, full, incremental, floor))
        print(f"N={n}: full build {full:.3f} s, one file changed {incremental:.3f} s "
              f"({incremental / full * 100:.1f} % of full), cmark-gfm floor {floor:.3f} s", flush=True)
    page, cmark = save_to_page()
    print(f"save → updated page {page * 1000:.0f} ms; cmark-gfm on that file {cmark * 1000:.1f} ms ({page / cmark:.1f}×)")
    machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}"
    lines = [
        "# Performance (live preview and incremental build)",
        "",
        "Written by `make bench` (scripts/bench.py); the figures below are from its last run.",
        f"Machine: {machine}. Release build. Medians of 3–10 runs.",
        "",
        "| measure | begeleid | reference | ratio | target |",
        "|---|---|---|---|---|",
    ]
    for n, full, incremental, floor in rows:
        lines.append(f"| N={n}: full build (HTML, Markdown, JSON, SVG, index, overview, data) | {full:.3f} s | cmark-gfm floor {floor:.3f} s | {full / floor:.1f}× | (issue 7) |")
        lines.append(f"| N={n}: rebuild after one file changed | {incremental:.3f} s | full build {full:.3f} s | {incremental / full * 100:.1f} % | ≤ 5 % at N=1000 |")
    lines.append(f"| save → updated page served (`begeleid watch`) | {page * 1000:.0f} ms | cmark-gfm on that file {cmark * 1000:.1f} ms | {page / cmark:.1f}× | ≤ 3× |")
    lines += ["", "The floor is the `cmark-gfm` command (same extensions) over all notes' bodies in one process;",
              "save → page is from writing the file to the first HTTP answer that holds the new title.", ""]
    (ROOT / "docs/performance.md").write_text("\n".join(lines), encoding="utf-8")
    print("written: docs/performance.md")


if __name__ == "__main__":
    sys.exit(main())
