#!/usr/bin/env python3
"""make bench: how fast begeleid builds, next to the floor and to other tools (issues 4, 7 and 18).

For every N (default 100, 1,000 and 10,000 sessions from scripts/corpus.py) it
measures, in one run and side by side: `begeleid build` from scratch, `begeleid
check`, a rebuild after one note changed, the floor (the cmark-gfm command with
GitHub's extensions over all bodies in one process), Hugo building the same
notes as a plain site, and pandoc called once per file (a sample of 50, scaled
to N). Each measure has its wall time (median of 3 runs; 1 run at N > 1,000)
and its peak memory (ru_maxrss of the child, from os.wait4). The runs are taken
in rounds, every measure once a round, so that the machine's changes of speed
fall on all of them alike (measure_size). It also keeps the
live-preview measure of issue 4 (save -> updated page in `begeleid watch`).

Prints the table and writes docs/performance.md with the targets of issue 18
and whether each was met, computed from the figures. Not part of `make test`.

    python3 scripts/bench.py [--sizes 100,1000,10000] [--bin PATH] [--work DIR] [--seed S] [--no-write]
"""
import argparse, collections, hashlib, os, pathlib, platform, re, shutil, statistics, subprocess, sys, tempfile, time, urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent

sys.path.insert(0, str(ROOT / "scripts"))
import bench_lsp  # noqa: E402  (the language server's answer time, issue 19)

EXTENSIONS = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", "-e", "tasklist"]
TOOLS = {"cmark-gfm": "cmark-gfm", "hugo": "hugo", "pandoc": "pandoc"}  # command -> Debian package
PANDOC_SAMPLE = 50
Figure = collections.namedtuple("Figure", "wall cpu peak")  # seconds, CPU seconds, MB
HUGO_CONFIG = '''baseURL = "https://example.org/"
title = "begeleid bench"
buildFuture = true
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
'''
HUGO_TITLE = "{{ with .Title }}{{ . }}{{ else }}{{ .Params.titel }}{{ end }}"
HUGO_SINGLE = f"<!doctype html><html><head><title>{HUGO_TITLE}</title></head><body><h1>{HUGO_TITLE}</h1>{{{{ .Content }}}}</body></html>\n"
HUGO_LIST = ('<!doctype html><html><head><title>{{ .Site.Title }}</title></head><body><ul>{{ range .Pages }}'
             f'<li><a href="{{{{ .RelPermalink }}}}">{HUGO_TITLE}</a></li>{{{{ end }}}}</ul></body></html>\n')


HAND_WRITTEN = "<!-- Below this line written by hand; make bench keeps it. -->"


def fail(message):
    """Stop the bench loudly: a measurement that did not do what it claims is worse than none."""
    sys.exit(f"bench: FOUT / ERROR: {message}")


def measure(args, cwd=None):
    """Run one process; return (wall seconds, CPU seconds, peak memory in MB, exit code, stderr text)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen([str(a) for a in args], cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        cpu = usage.ru_utime + usage.ru_stime
        return seconds, cpu, usage.ru_maxrss / 1024, process.returncode, err.read().decode("utf-8", "replace")


def run_checked(args, cwd=None, before=None, name="", after=None):
    """One run: (wall seconds, CPU seconds, peak MB). Fails when the run exits non-zero or when `after` (a check
    of the output) objects."""
    if before:
        before()
    seconds, cpu, peak, code, err = measure(args, cwd)
    if code != 0:
        fail(f"{name or args[0]} gaf exit {code} / exited {code}:\n{err[-2000:]}")
    if after:
        after()
    return seconds, cpu, peak


def figure(samples):
    """Figure(median wall time, median CPU time, maximum peak memory) of (wall, CPU, peak) samples."""
    return Figure(statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples), max(s[2] for s in samples))


def series(args, runs, cwd=None, name=""):
    """`runs` runs of one command in a row, as a Figure (run_checked)."""
    return figure([run_checked(args, cwd, name=name) for _ in range(runs)])


# Folders a from-scratch run writes into: each one never written before, all removed when the bench is done.
# (The disk here is ext4 without a journal: for a minute or more after thousands of files are removed, creating
# files makes the kernel pass over the inodes just freed (`recently_deleted`, `find_inode_bit` in its profile).
# Removing the last run's output right before the next run billed that removal to the run measured, and made
# every run slower than the one before it.)
FRESH = []


def fresh(parent, stem):
    """A folder under `parent` that does not exist yet (`stem-1`, `stem-2`, ...), remembered for `remove_fresh`."""
    number = 1
    while (parent / f"{stem}-{number}").exists() or (parent / f"{stem}-{number}") in FRESH:
        number += 1
    FRESH.append(parent / f"{stem}-{number}")
    return FRESH[-1]


def remove_fresh(work):
    """The folders of `fresh`, and those an interrupted bench left, once nothing is measured any more; then
    `sync`, and the time noted for `wait_after_removal`."""
    folders = [*FRESH, *work.glob("n*/Output-*"), *work.glob("n*/hugo/public-*")]
    for folder in folders:
        shutil.rmtree(folder, ignore_errors=True)
    for copy in work.glob("n*/sessies-kopie.json*"):
        copy.unlink(missing_ok=True)
    if folders:
        subprocess.run(["sync"], check=True)
        (work / REMOVED).write_text(f"{time.time()}\n")


# When the bench last removed what it wrote (remove_fresh). Without a journal, ext4 passes over every inode freed
# in the last 60 seconds (300 while its inode table block is not yet written back) when it creates a file
# (`recently_deleted`): a full build at N = 1,000 right after 26,580 files were removed used 1.16 s of system CPU,
# against 0.30-0.41 s with nothing removed before. A bench started right after another paid for its removals.
REMOVED = "verwijderd"
QUIET_AFTER_REMOVAL = 65


def wait_after_removal(work):
    """Leftovers of an interrupted run removed, then a wait until the last removal is QUIET_AFTER_REMOVAL
    seconds old (it was written back by `sync`), so that no measure pays for it."""
    remove_fresh(work)
    try:
        removed = float((work / REMOVED).read_text())
    except (OSError, ValueError):
        return
    left = QUIET_AFTER_REMOVAL - (time.time() - removed)
    if left > 0:
        print(f"wacht {left:.0f} s na het verwijderen / waiting {left:.0f} s after the last removal "
              "(ext4 passes over inodes freed in the last minute)", flush=True)
        time.sleep(left)


def ensure_tools():
    """Install the reference tools with apt when missing (sudo only when not root)."""
    missing = sorted({pkg for cmd, pkg in TOOLS.items() if not shutil.which(cmd)})
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    print(f"installing {' '.join(missing)} with apt-get", flush=True)
    subprocess.run(sudo + ["apt-get", "update", "-qq"], check=False)
    if subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", *missing]).returncode != 0:
        fail(f"apt-get install {' '.join(missing)} failed")


def corpus(work, n, seed):
    """WORK/nN/Input/sessies with n generated sessions; reused when its stamp (n, seed, generator) matches."""
    root = work / f"n{n}"
    generator = ROOT / "scripts/corpus.py"
    stamp = f"n={n} seed={seed} corpus.py={hashlib.sha256(generator.read_bytes()).hexdigest()[:16]}\n"
    stamp_file = root / "corpus.stamp"
    notes = root / "Input/sessies"
    if stamp_file.exists() and stamp_file.read_text() == stamp and len(list(notes.glob("*.md"))) == n:
        return root
    print(f"N={n}: generating the corpus (seed {seed})", flush=True)
    stamp_file.unlink(missing_ok=True)
    subprocess.run([sys.executable, generator, str(n), str(root), "--seed", str(seed)], check=True, stdout=subprocess.DEVNULL)
    stamp_file.write_text(stamp)
    return root


def bodies(root):
    """All notes concatenated, front matter removed: what cmark-gfm renders for the floor. Written note by
    note: held whole, the text of 10,000 notes grew this process by some 200 MB, which every process it
    started afterwards carried as its peak memory (ru_maxrss counts what a child held from its fork on)."""
    target = root / "bodies.md"
    with target.open("w", encoding="utf-8") as out:
        for index, path in enumerate(sorted((root / "Input/sessies").glob("*.md"))):
            text = path.read_text(encoding="utf-8")
            out.write(("\n" if index else "") + (text.split("---", 2)[2] if text.startswith("---") else text))
    return target


def check_peak_baseline():
    """Fail when a child that does nothing has a large peak memory: then every peak measured would be this
    process's own size at the fork, not the tool's (`bodies`)."""
    _, _, peak, _, _ = measure(["true"])
    if peak > 32:
        fail(f"`true` piekt op {peak:.0f} MB: dit proces is te groot om geheugen te meten / "
             f"peaks at {peak:.0f} MB: this process is too large to measure memory")


def hugo_site(root):
    """A minimal Hugo site with the notes as content/*.md and the simplest single and list layouts."""
    site = root / "hugo"
    shutil.rmtree(site, ignore_errors=True)
    (site / "layouts/_default").mkdir(parents=True)
    (site / "content").mkdir()
    (site / "config.toml").write_text(HUGO_CONFIG)
    (site / "layouts/_default/single.html").write_text(HUGO_SINGLE)
    (site / "layouts/_default/list.html").write_text(HUGO_LIST)
    for path in (root / "Input/sessies").glob("*.md"):
        shutil.copy(path, site / "content" / path.name)
    return site


def expect_count(what, found, n):
    """Fail loudly when a build did not produce one page or folder per session."""
    if found != n:
        fail(f"{what}: {found} in plaats van / instead of {n}")


def measure_size(binary, work, n, seed):
    """All measures for one corpus size; returns {measure: Figure}.

    The measures are taken in rounds, each round every measure once (the floor twice), in the same order:
    begeleid build from scratch, the rebuilds after one note changed (over that build's output; a private line,
    then a published sentence), begeleid check,
    the floor, Hugo. On this shared machine the speed changes by a third within minutes; a measure's runs taken
    in a row, minutes before or after another's, compared the phases of the machine more than the tools.
    At N > 1,000, each round also builds the N = 1,000 corpus from scratch just before and just after (`pair`):
    the target "N = 10,000 ≤ 11× N = 1,000" compares those builds with the one between them."""
    root = corpus(work, n, seed)
    runs = 3 if n <= 1000 else 1
    inp = root / "Input"
    paired = corpus(work, 1000, seed) if n > 1000 else None
    one = sorted((inp / "sessies").glob("*.md"))[n // 2]
    original = one.read_text(encoding="utf-8")
    counter = [0]

    case = re.search(r"^## (Casus|Case)\n\n", original, re.M)
    if not case:
        fail(f"{one.name}: geen casus / no case section")

    # The note's private section, last (added when the note has none there).
    last_heading = re.findall(r"^## (.*)$", original, re.M)[-1:]
    private = "" if last_heading and last_heading[0].strip().lower() in ("notities", "notes") else "\n## Notities\n"

    # Both edits keep the other's latest change, so each rebuild differs from the build before it by its own edit only.
    state = {"case": "", "private": ""}

    def write_state():
        one.write_text(original[:case.end()] + state["case"] + original[case.end():] + state["private"], encoding="utf-8")

    def edit():
        """A line appended at the end of the note, under its private Notities: nothing published changes."""
        counter[0] += 1
        state["private"] = private + f"\nWijziging {counter[0]}.\n"
        write_state()

    def edit_published():
        """A sentence put before the case description (the last one's replaced): the report and data/sessies.json change."""
        counter[0] += 1
        state["case"] = f"Wijziging {counter[0]}. "
        write_state()

    def published(out, expected):
        """Checks that the last edit is in data/sessies.json (the published edit) or not (the private one)."""
        def check():
            # (grep, not read here: this process stays small, as the peak memory of the processes it starts counts it.)
            found = subprocess.run(["grep", "-qF", f"Wijziging {counter[0]}.", out / "data/sessies.json"]).returncode == 0
            if found != expected:
                fail(f"data/sessies.json {'mist' if expected else 'bevat'} de wijziging / "
                     f"{'lacks' if expected else 'holds'} the change ({one.name})")
        return check

    def full(corpus_root, count):
        out = fresh(corpus_root, "Output")
        sample = run_checked([binary, "build", "--input", corpus_root / "Input", "--output", out], corpus_root, name="begeleid build",
                             after=lambda: expect_count("rapportmappen / report folders",
                                                        sum(p.is_dir() for p in (out / "sessies").iterdir()), count))
        return sample, out

    site = hugo_site(root)
    floor_input = bodies(root)
    samples = collections.defaultdict(list)
    check_peak_baseline()
    try:
        for round_ in range(runs):
            print(f"N={n}: round {round_ + 1} of {runs}: begeleid build, one file changed, check, cmark-gfm, Hugo", flush=True)
            if paired:
                samples["pair"].append(full(paired, 1000)[0])
            sample, out = full(root, n)
            samples["build"].append(sample)
            if paired:
                samples["pair"].append(full(paired, 1000)[0])
            # (After `sync`, not timed: a save in a session comes long after the full build, whose hundreds of megabytes
            # the kernel was otherwise still writing back while the rebuild wrote its few files; on a slower disk that
            # doubled the published edit's time.)
            subprocess.run(["sync"], check=True)
            samples["rebuild"].append(run_checked([binary, "build", "--input", inp, "--output", out], root, before=edit,
                                                  name="begeleid build (one file changed)", after=published(out, False)))
            subprocess.run(["sync"], check=True)
            samples["published"].append(run_checked([binary, "build", "--input", inp, "--output", out], root,
                                                    before=edit_published, name="begeleid build (one file's case changed)",
                                                    after=published(out, True)))
            samples["check"].append(run_checked([binary, "check", inp], root, name="begeleid check"))
            samples["copy"].append(copy_collection(out, root))
            samples["start"].append(run_checked([binary, "--version"], root, name="begeleid --version"))
            for _ in range(2 if runs > 1 else 5):
                samples["floor"].append(run_checked(["cmark-gfm", *EXTENSIONS, floor_input], name="cmark-gfm"))
            public = fresh(site, "public")
            samples["hugo"].append(run_checked(["hugo", "--quiet", "--destination", public], site, name="hugo",
                                               after=lambda: expect_count("Hugo-pagina's / Hugo pages",
                                                                          len(list(public.glob("*/index.html"))), n)))
        # Writing the last build's output alone, after the rounds and between `sync`s (not timed): its hundreds of
        # megabytes left to the kernel to write back slowed every measure after it, the floor four times over.
        for _ in range(runs):
            copied = fresh(root, "Output")
            subprocess.run(["sync"], check=True)
            samples["written"].append(run_checked(["cp", "-r", out, copied], root, name="cp -r",
                                                  after=lambda: expect_count("gekopieerde rapportmappen / report folders copied",
                                                                             sum(p.is_dir() for p in (copied / "sessies").iterdir()), n)))
            subprocess.run(["sync"], check=True)
    finally:
        one.write_text(original, encoding="utf-8")
    r = {key: figure(values) for key, values in samples.items()}
    print(f"N={n}: pandoc", flush=True)
    r["pandoc"] = pandoc_per_file(root, n)
    return r


def copy_collection(out, root):
    """What a one-file rebuild cannot leave out, however fast the rest: `data/sessies.json` (every session's document in
    one file, which the rebuild copies from the last one but for the changed document) copied in the kernel into a new
    file and renamed over the copy the last round left, as the writer does (CollectionFile: sendfile, then rename),
    on the same disk. Timed in this process: (wall seconds, CPU seconds, peak 0)."""
    source = out / "data/sessies.json"
    target, temporary = root / "sessies-kopie.json", root / "sessies-kopie.json.tmp"
    if not target.exists():
        shutil.copyfile(source, target)
    before, start = os.times(), time.perf_counter()
    with open(source, "rb") as reading, open(temporary, "wb") as writing:
        size, sent = os.fstat(reading.fileno()).st_size, 0
        while sent < size:
            done = os.sendfile(writing.fileno(), reading.fileno(), sent, size - sent)
            if done <= 0:
                fail("sendfile schreef niets / wrote nothing")
            sent += done
    os.rename(temporary, target)
    seconds, after = time.perf_counter() - start, os.times()
    return seconds, (after.user - before.user) + (after.system - before.system), 0


def phases(binary, work, n, seed):
    """One more build from scratch with BEGELEID_PHASES=1: µs of CPU per session by phase, from its table on stderr
    (Sources/BegeleidModel/Phases.swift), and the process's own CPU per session to compare the sum with."""
    root = corpus(work, n, seed)
    out = fresh(root, "Output")
    print(f"N={n}: begeleid build with BEGELEID_PHASES=1", flush=True)
    os.environ["BEGELEID_PHASES"] = "1"
    try:
        _, cpu, _, code, err = measure([binary, "build", "--input", root / "Input", "--output", out], cwd=root)
    finally:
        del os.environ["BEGELEID_PHASES"]
    if code != 0:
        fail(f"begeleid build (BEGELEID_PHASES=1) gaf exit {code} / exited {code}:\n{err[-2000:]}")
    rows = []
    for line in err.splitlines():
        parts = line.split("\t")
        if len(parts) == 3 and parts[2].isdigit():
            rows.append((parts[0], parts[1], int(parts[2])))
    if not rows:
        fail("begeleid build gaf geen fasetabel / printed no phase table")
    # Then one note changed and the rebuild over that output: each phase's span on the wall clock (the second table).
    one = sorted((root / "Input/sessies").glob("*.md"))[n // 2]
    original = one.read_text(encoding="utf-8")
    os.environ["BEGELEID_PHASES"] = "1"
    try:
        case = re.search(r"^## (Casus|Case)\n\n", original, re.M)
        at = case.end() if case else len(original)
        # A published sentence (as the bench's second edit): the longer of the two rebuilds.
        one.write_text(original[:at] + "Wijziging voor de fasen. " + original[at:], encoding="utf-8")
        wall, _, _, code, err = measure([binary, "build", "--input", root / "Input", "--output", out], cwd=root)
    finally:
        del os.environ["BEGELEID_PHASES"]
        one.write_text(original, encoding="utf-8")
    if code != 0:
        fail(f"begeleid build (één bestand / one file, BEGELEID_PHASES=1) gaf exit {code} / exited {code}:\n{err[-2000:]}")
    spans = [parts for parts in (line.split("\t") for line in err.splitlines())
             if len(parts) == 4 and re.fullmatch(r"[0-9.]+", parts[1]) and re.fullmatch(r"[0-9.]+", parts[3])]
    if not spans:
        fail("begeleid build gaf geen tijdlijn / printed no spans")
    return rows, cpu * 1e6 / n, (spans, wall)


def pandoc_per_file(root, n):
    """pandoc once per file, as a make rule would call it, on a sample of 50 files; total time scaled to n."""
    files = sorted((root / "Input/sessies").glob("*.md"))
    sample = files[::max(1, len(files) // PANDOC_SAMPLE)][:PANDOC_SAMPLE]
    target = root / "pandoc"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir()
    total, cpu, peak = 0.0, 0.0, 0.0
    for path in sample:
        seconds, used, rss = series(["pandoc", "-f", "gfm", "-t", "html5", "-s", path, "-o", target / f"{path.stem}.html"], 1, name="pandoc")
        total, cpu, peak = total + seconds, cpu + used, max(peak, rss)
    scale = n / len(sample)
    return Figure(total * scale, cpu * scale, peak)


def save_to_page(binary, work):
    """From saving a note to the page a browser shows: `begeleid watch` running, a page's WebSocket open (as the
    page's script opens it), the note saved; timed until the page, fetched after a reload message as the script
    fetches it, holds the new title. Median of 7, against cmark-gfm on that file."""
    root = work / "watch"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(ROOT / "Input", root / "Input")
    process = subprocess.Popen([binary, "watch", "--port", "0"], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
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
        socket_ = reload_socket(port)
        times = []
        for i in range(7):
            title = f"Meting {i} van het live voorbeeld"
            time.sleep(0.4)
            start = time.perf_counter()
            notes.write_text(re.sub(r"^titel: .*$", f"titel: {title}", original, count=1, flags=re.M), encoding="utf-8")
            while True:
                wait_for_reload(socket_)
                page = urllib.request.urlopen(url).read().decode("utf-8")
                if f"<h1>{title}</h1>" in page:
                    break
            times.append(time.perf_counter() - start)
        socket_.close()
        cmark = series(["cmark-gfm", *EXTENSIONS, notes], 10).wall
        return statistics.median(times), cmark
    finally:
        process.terminate()
        process.wait()


def reload_socket(port):
    """The WebSocket a preview page opens (/__begeleid/herladen), with the handshake a browser sends."""
    import base64, socket
    connection = socket.create_connection(("127.0.0.1", int(port)), timeout=10)
    key = base64.b64encode(os.urandom(16)).decode()
    connection.sendall((f"GET /__begeleid/herladen HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
                        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                        f"Origin: http://127.0.0.1:{port}\r\n\r\n").encode())
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = connection.recv(1)
        if not chunk:
            fail("WebSocket: verbinding gesloten / connection closed")
        head += chunk
    status = head.split(b"\r\n")[0].decode("utf-8", "replace")
    if " 101 " not in status:
        fail(f"WebSocket: {status}")
    return connection


def wait_for_reload(connection):
    """Reads one WebSocket frame from the server (the reload message); fails after 10 s without one."""
    def read(count):
        data = b""
        while len(data) < count:
            chunk = connection.recv(count - len(data))
            if not chunk:
                fail("WebSocket: verbinding gesloten / connection closed")
            data += chunk
        return data
    first, second = read(2)
    length = second & 0x7F
    if length == 126:
        length = int.from_bytes(read(2), "big")
    elif length == 127:
        length = int.from_bytes(read(8), "big")
    read(length)
    if first & 0x0F == 0x8:
        fail("WebSocket: gesloten door de server / closed by the server")


def first_line(args):
    """First line of a command's output, or '?' when it cannot run."""
    try:
        out = subprocess.run(args, capture_output=True, text=True, timeout=30)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "?"


def machine(binary):
    """The machine and tool versions, for the report."""
    cpu = re.search(r"^model name\s*:\s*(.*)$", pathlib.Path("/proc/cpuinfo").read_text(), re.M)
    ram = re.search(r"^MemTotal:\s*(\d+) kB", pathlib.Path("/proc/meminfo").read_text(), re.M)
    osr = re.search(r'^PRETTY_NAME="?([^"\n]*)', pathlib.Path("/etc/os-release").read_text(), re.M)
    memory = f"{int(ram.group(1)) / 1048576:.1f} GiB" if ram else "?"
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    return [f"- CPU: {cpu.group(1) if cpu else '?'}, {os.cpu_count()} cores; RAM {memory}; load average at the end {load}",
            f"- OS: {osr.group(1) if osr else '?'}, Linux {platform.release()}",
            f"- begeleid {first_line([binary, '--version'])}; {first_line(['cmark-gfm', '--version'])}",
            f"- {first_line(['hugo', 'version'])}", f"- {first_line(['pandoc', '--version'])}"]


LABELS = [("build", "begeleid build (from scratch)"), ("check", "begeleid check"),
          ("rebuild", "begeleid build, one file changed (a line of its private notes)"),
          ("published", "begeleid build, one file changed (a sentence of its case, published)"),
          ("floor", "floor: cmark-gfm, one process"),
          ("hugo", "Hugo (`hugo --quiet`)"), ("pandoc", "pandoc per file (50 sampled, scaled)"),
          ("copy", "copying data/sessies.json, as a rebuild must"),
          ("written", "writing the build's output alone (`cp -r` of it)"), ("start", "`begeleid --version` (start-up)")]


def tables(results, watch, lsp=None, split=None):
    """The figures table and the targets table (Markdown lines), ratios and met/missed computed from the figures."""
    lines = ["| N | measure | time | CPU time | peak memory | × floor | × Hugo |", "|---:|---|---:|---:|---:|---:|---:|"]
    for n, r in results.items():
        for key, label in LABELS:
            f = r[key]
            peak = f"{f.peak:.0f} MB" if f.peak else "—"
            lines.append(f"| {n:,} | {label} | {f.wall:.3f} s | {f.cpu:.2f} s | {peak} "
                         f"| {f.wall / r['floor'].wall:.1f}× | {f.wall / r['hugo'].wall:.2f}× |")
    r1, r10 = results.get(1000), results.get(10000)
    if r10 and "pair" in r10:
        pair = r10["pair"]
        lines.append(f"| 1,000 | begeleid build (from scratch), beside N = 10,000 | {pair.wall:.3f} s | {pair.cpu:.2f} s "
                     f"| {pair.peak:.0f} MB | | |")

    def row(target, present, figure, met):
        status = ("met" if met() else "missed") if present else "not measured"
        return f"| {target} | {figure() if present else '—'} | {status} |"

    lines += ["", "Targets of issue 18 (and issue 19's language server):", "",
              "| target | figure | met/missed |", "|---|---|---|",
              row("N=1,000: full build ≤ 10× the floor (wall)", r1,
                  lambda: f"{r1['build'].wall / r1['floor'].wall:.1f}× (writing its output alone: "
                          f"{r1['written'].wall / r1['floor'].wall:.1f}×)",
                  lambda: r1["build"].wall <= 10 * r1["floor"].wall),
              row("N=1,000: full build ≤ 2.5× Hugo (wall)", r1,
                  lambda: f"{r1['build'].wall:.2f} s vs Hugo {r1['hugo'].wall:.2f} s ({r1['build'].wall / r1['hugo'].wall:.1f}×)",
                  lambda: r1["build"].wall <= 2.5 * r1["hugo"].wall),
              row("N=1,000: full build ≤ 2 ms CPU per session", r1, lambda: f"{r1['build'].cpu / 1000 * 1000:.2f} ms",
                  lambda: r1["build"].cpu / 1000 <= 0.002),
              row("N=1,000: one changed file ≤ 2 % of the full build (wall; met when both edits are)", r1,
                  lambda: f"private line {r1['rebuild'].wall / r1['build'].wall * 100:.1f} % ({r1['rebuild'].wall:.3f} s), "
                          f"published sentence {r1['published'].wall / r1['build'].wall * 100:.1f} % ({r1['published'].wall:.3f} s); "
                          f"of the full build, copying sessies.json alone is {r1['copy'].wall / r1['build'].wall * 100:.1f} %, "
                          f"starting begeleid {r1['start'].wall / r1['build'].wall * 100:.1f} %",
                  lambda: max(r1["rebuild"].wall, r1["published"].wall) <= 0.02 * r1["build"].wall),
              row("save → updated page in `watch` ≤ 15 ms", watch,
                  lambda: f"{watch[0] * 1000:.0f} ms (cmark-gfm on that file {watch[1] * 1000:.1f} ms)",
                  lambda: watch[0] <= 0.015),
              row("N=10,000: full build ≤ 11× the time of N=1,000 (built just before and after it)", r10 and "pair" in r10,
                  lambda: f"{r10['build'].wall / r10['pair'].wall:.1f}× ({r10['build'].wall:.2f} s against {r10['pair'].wall:.3f} s)",
                  lambda: r10["build"].wall <= 11 * r10["pair"].wall),
              row("N=10,000: peak memory of the full build ≤ 100 MB", r10, lambda: f"{r10['build'].peak:.0f} MB",
                  lambda: r10["build"].peak <= 100),
              row("begeleid lsp, 1,000-line notes: change → diagnostics ≤ 50 ms (issue 19)", lsp,
                  lambda: f"{lsp[0] * 1000:.0f} ms (completion {lsp[1] * 1000:.0f} ms; server CPU {lsp[3] * 1000:.0f} ms per change + completion)",
                  lambda: lsp[0] <= 0.05)]
    if split:
        rows, process, n, (spans, wall) = split
        lines += ["", f"CPU per session by phase (one more full build at N = {n:,} with `BEGELEID_PHASES=1`; "
                  "self time per phase on the thread that ran it, summed over threads; the process used "
                  f"{process:,.0f} µs of CPU per session in that run, the rest is start-up, file listing and what no phase covers):", "",
                  "| phase | calls | µs CPU per session |", "|---|---:|---:|"]
        lines += [f"| {name} | {calls} | {micros:,} |" for name, calls, micros in rows]
        lines += ["", f"Where a one-file rebuild's wall time goes (after that build, a published sentence of one note changed, the rebuild with "
                  f"`BEGELEID_PHASES=1`; it took {wall * 1000:.0f} ms): each phase's span from the start of its first call "
                  "to the end of its last, in ms since the process began. Phases on workers overlap the main thread's; "
                  "the longest span, not the most CPU, sets the time.", "",
                  "| phase | from ms | to ms | span ms |", "|---|---:|---:|---:|"]
        lines += [f"| {name} | {start} | {end} | {length} |" for name, start, end, length in spans]
    return lines


def main():
    """Parse options, build begeleid when no --bin is given, measure every size, print and write the report."""
    parser = argparse.ArgumentParser(description="begeleid benchmark (issues 4 and 7)")
    parser.add_argument("--sizes", default="100,1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--bin", help="begeleid binary to measure (default: build ROOT/.build/release/begeleid)")
    parser.add_argument("--work", default=os.environ.get("BENCH_DIR", "/tmp/begeleid-bench"), help="work folder")
    parser.add_argument("--seed", type=int, default=1, help="corpus seed")
    parser.add_argument("--no-write", action="store_true", help="print only, leave docs/performance.md alone")
    args = parser.parse_args()
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    ensure_tools()
    if args.bin:
        binary = pathlib.Path(args.bin).resolve()
    else:
        # The binary `make install` installs: static Swift runtime, linked with lld.
        subprocess.run(["make", "build"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        binary = ROOT / ".build/release/begeleid"
    if not os.access(binary, os.X_OK):
        fail(f"{binary} is niet uitvoerbaar / not executable")
    work = pathlib.Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)
    wait_after_removal(work)
    results = {n: measure_size(binary, work, n, args.seed) for n in sizes}
    split_n = max([n for n in sizes if n <= 1000] or sizes)
    rows, process, spans = phases(binary, work, split_n, args.seed)
    split = (rows, process, split_n, spans)
    print("save → page (begeleid watch)", flush=True)
    watch = save_to_page(binary, work)
    print("change → diagnostics (begeleid lsp)", flush=True)
    lsp = bench_lsp.measure(binary, work)
    remove_fresh(work)
    lines = ["# Performance", "",
             "The tables are written by `make bench` (scripts/bench.py) from its last run; what follows the marker at the end is written by hand.", "",
             *machine(binary), "",
             f"Corpus: scripts/corpus.py, seed {args.seed}. Times are wall-clock medians of 3 runs (N ≤ 1,000) and of "
             "1 run at N = 10,000 (the floor: at least 5 runs); CPU time is user + system of the process, peak memory its "
             "maximum RSS (both from os.wait4). Ratios are of wall time. The runs are interleaved: each round runs every "
             "measure of its N once, one after the other (the floor twice, or five times at N = 10,000), so that a change "
             "in the machine's speed falls on all of them. At N = 10,000 the N = 1,000 corpus is built just before and just "
             "after, for the ratio of the two sizes.", "",
             *tables(results, watch, lsp, split), "",
             "- **begeleid build**: `begeleid build --input IN --output OUT` into a folder not written before: HTML, Markdown, JSON, "
             "SVG per session, index, overview and data exports. Checked: exit 0 and one report folder per session. (Each "
             "from-scratch run of begeleid and of Hugo writes into a folder of its own, all removed when the bench is "
             "done: on this disk, ext4 without a journal, files created within a minute or so after thousands were "
             "removed cost many times more, so removing the last run's output billed that removal to the next run.)",
             "- **one file changed**: the same command over the existing output after an edit of one note (and a `sync`, "
             "not timed, as a save comes long after the full build that wrote the output), two edits "
             "in turn: a line appended at its end, which is under its private `## Notities` (checked: not in "
             "`data/sessies.json`; no published byte changes, so the rebuild leaves `data/sessies.json` as it is), and "
             "a sentence put before its case description (checked: in `data/sessies.json`, which is written again).",
             "- **copying data/sessies.json**: what a one-file rebuild cannot leave out: that build's `data/sessies.json` "
             "(every session's document in one file) copied with sendfile into a new file on the same disk and renamed over "
             "the last round's copy, as begeleid's writer does; timed inside the bench's own process.",
             "- **writing the build's output alone**: what a build cannot leave out either: the files the last build wrote "
             "(reports, data, cache; 5,300 files in 1,000 folders at N = 1,000) copied with `cp -r` into a folder not "
             "written before, on the same disk; after the rounds, each run between two `sync`s (not timed), as the "
             "data it leaves to be written back slowed whatever ran after it. Checked: N report folders.",
             "- **start-up**: `begeleid --version`: the process started, its arguments parsed, nothing read.",
             "- **floor**: `cmark-gfm -e table -e strikethrough -e autolink -e tagfilter -e tasklist` over all bodies "
             "(front matter removed) concatenated, one process, output discarded.",
             "- **Hugo**: a minimal site (config.toml without taxonomies, RSS, sitemap, robots; a single and a list layout "
             "that print the title and `.Content`) with the notes as content/*.md, `hugo --quiet --destination DIR` writing a folder not written before. "
             "Checked: N pages.",
             "- **pandoc**: `pandoc -f gfm -t html5 -s FILE -o OUT.html`, one process per file, 50 files timed, "
             "total scaled to N; peak memory is that of one process.",
             "- **save → page**: `begeleid watch` on the example Input/, a page's reload WebSocket open; from writing a note "
             "to the page, fetched after a reload message as the page's script does, holding the new title (median of 7), "
             "against cmark-gfm on that file.",
             "- **begeleid lsp**: scripts/bench_lsp.py: the ringweg notes grown to 1,000 lines, `begeleid lsp --debounce 0`; "
             "from sending a changed text to its published diagnostics, and a completion request to its answer (medians of 21).", ""]
    print("\n".join(lines))
    if args.no_write:
        print("(--no-write: docs/performance.md not written)")
    else:
        # What is written by hand below the marker (what was done, what stands in the way) is kept as it is.
        page = ROOT / "docs/performance.md"
        kept = page.read_text(encoding="utf-8").partition(HAND_WRITTEN)[2] if page.exists() else ""
        page.write_text("\n".join(lines) + ("\n" + HAND_WRITTEN + kept if kept else ""), encoding="utf-8")
        print("written: docs/performance.md")


if __name__ == "__main__":
    main()
