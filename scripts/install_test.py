#!/usr/bin/env python3
"""make install and make deb, tested as a user would meet them (issue 21). Part of make test.

1. `make install DESTDIR=<temporary> PREFIX=/usr/local`: every file in its place; `ldd` finds
   nothing of the Swift toolchain (and no Foundation or Swift runtime library at all), cmark-gfm
   from Debian; the installed binary, from another folder with a PATH and no LD_LIBRARY_PATH
   holding the toolchain, prints its version and commit, checks and builds Input/ to the same
   bytes as the test suite's own (dynamically linked, debug) build, and does so again with the
   toolchain folder hidden (a private mount namespace, when the machine allows one); the man
   pages render with `man -l` without warnings; each completion script loads in bash, zsh and
   fish (installed with apt when missing, with tmux), and `begeleid voorstel <TAB>` offers the
   profiles: in bash through its completion function, in zsh and fish typed into the shell in tmux. `make uninstall` leaves nothing behind.
2. `make deb`: `dpkg-deb --info` (name, version, Depends on Debian's cmark-gfm, Suggests) and
   `--contents` (binary, man pages, completions, templates, docs, copyright; owned by root);
   lintian (installed with apt when missing; LINTIAN=no skips it) without errors; `dpkg --root`
   into a throwaway root whose package list is a copy of this machine's, so Depends are checked
   against real Debian packages; the binary from there builds Input/; `dpkg --root -r` removes it.
Exits 1 on the first failed check, naming it.
"""
import os, pathlib, re, shutil, subprocess, sys, tempfile, time

ROOT = pathlib.Path(__file__).resolve().parent.parent
VERSION = re.search(r'static let current = "(.*)"', (ROOT / "Sources/BegeleidPipeline/BegeleidVersion.swift").read_text()).group(1)
SWIFT = shutil.which("swift")
TOOLCHAIN = pathlib.Path(SWIFT).resolve().parents[2] if SWIFT else None  # /opt/swift from /opt/swift/usr/bin/swift
SUBCOMMANDS = ["build", "check", "voorstel", "watch", "new"]
PROFILES = sorted(p.stem for p in (ROOT / "Input/organisaties").glob("*.yaml"))
checks = 0


def check(condition, what, detail=""):
    global checks
    if not condition:
        sys.exit(f"install-test: FAILED: {what}" + (f"\n{detail}" if detail else ""))
    checks += 1
    print(f"  ok  {what}")


def run(command, **options):
    options.setdefault("capture_output", True)
    options.setdefault("text", True)
    return subprocess.run(command, **options)


def clean_environment(bin_folder):
    """What a user without Swift has: the system's PATH plus the installed bin folder, no LD_LIBRARY_PATH."""
    return {"PATH": f"{bin_folder}:/usr/local/bin:/usr/bin:/bin", "HOME": os.environ.get("HOME", "/root"),
            "LANG": "C.UTF-8", "TERM": "dumb"}


def apt_install(*packages):
    missing = [p for p in packages if not shutil.which(p)]
    if missing:
        print(f"install-test: {', '.join(missing)} ontbreekt / missing: apt-get install")
        run(["apt-get", "update", "-qq"], capture_output=False)
        run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], capture_output=False)


def linked_libraries(binary):
    result = run(["ldd", str(binary)])
    check(result.returncode == 0, "ldd reads the binary", result.stderr)
    return result.stdout


def check_linking(binary):
    libraries = linked_libraries(binary)
    print(libraries.rstrip())
    check("not found" not in libraries, "every shared library is found", libraries)
    if TOOLCHAIN:
        check(str(TOOLCHAIN) not in libraries, f"nothing under the Swift toolchain ({TOOLCHAIN}) is linked", libraries)
    for name in ["libswiftCore", "libFoundation", "libFoundationEssentials", "libFoundationNetworking", "libFoundationXML", "libdispatch", "lib_FoundationICU"]:
        check(f"{name}." not in libraries, f"{name} is linked statically or not at all")
    cmark = re.search(r"libcmark-gfm\.so\S* => (\S+)", libraries)
    check(cmark is not None and cmark.group(1).startswith(("/usr/lib/", "/lib/")), "libcmark-gfm is Debian's shared library", libraries)
    # The allocator (Sources/CBegeleidAllocator): Debian's jemalloc, ahead of glibc, with the binary's own configuration.
    jemalloc = re.search(r"libjemalloc\.so\S* => (\S+)", libraries)
    check(jemalloc is not None and jemalloc.group(1).startswith(("/usr/lib/", "/lib/")), "libjemalloc is Debian's shared library", libraries)
    stats = run([str(binary), "--version"], env={**os.environ, "MALLOC_CONF": "stats_print:true"})
    check(stats.returncode == 0 and re.search(r"^\s*opt\.narenas: 1$", stats.stderr, re.M) is not None,
          "jemalloc serves the process, with one arena (malloc_conf in the binary)", stats.stderr[-2000:])


def build_examples(binary, environment, work, name):
    """Copies Input/ into a folder of its own and runs check and build there; returns the outputs."""
    folder = work / name
    shutil.copytree(ROOT / "Input", folder / "Input")
    checked = run([str(binary), "check", "Input"], cwd=folder, env=environment)
    check(checked.returncode in (0, 1) and "bestand" in checked.stderr, f"{name}: begeleid check Input runs (exit {checked.returncode})", checked.stderr)
    built = run([str(binary), "build", "--input", "Input", "--output", "Output"], cwd=folder, env=environment)
    check(built.returncode == checked.returncode, f"{name}: begeleid build exits like check ({built.returncode})", built.stderr)
    check((folder / "Output/index.html").exists() and any((folder / "Output/sessies").glob("*/rapport.html")), f"{name}: reports written")
    return {str(p.relative_to(folder / "Output")): p.read_bytes() for p in sorted((folder / "Output").rglob("*")) if p.is_file()}


def check_version(binary, environment):
    result = run([str(binary), "--version"], env=environment, cwd="/")
    line = result.stdout.strip()
    check(result.returncode == 0 and re.fullmatch(rf"{re.escape(VERSION)} \(commit ([0-9a-f]{{12}}|onbekend / unknown)\)", line),
          f"--version names the version and the commit: {line}", result.stderr)
    head = run(["git", "-C", str(ROOT), "rev-parse", "--short=12", "HEAD"]).stdout.strip()
    if head:
        check(head in line, f"--version names this checkout's commit {head}")


def check_without_toolchain(binary, work):
    """The build again with the toolchain's folder covered by an empty one (unshare -m, as root)."""
    if not TOOLCHAIN:
        return print("  --  no swift on PATH: nothing to hide")
    (work / "hidden").mkdir()
    shutil.copytree(ROOT / "Input", work / "hidden/Input")
    script = (f'mount -t tmpfs none "{TOOLCHAIN}" && [ -z "$(ls -A "{TOOLCHAIN}")" ] && echo hidden && '
              f'cd "{work}/hidden" && "{binary}" build --input Input --output Output')
    result = run(["unshare", "--mount", "--propagation", "private", "sh", "-c", script], env=clean_environment(binary.parent))
    if "hidden" not in result.stdout:
        return print(f"  --  SKIPPED: cannot hide {TOOLCHAIN} here (no private mount namespace): {result.stderr.strip()}")
    check(result.returncode in (0, 1) and (work / "hidden/Output/index.html").exists(),
          f"begeleid build runs with {TOOLCHAIN} hidden under an empty tmpfs", result.stdout + result.stderr)


def check_man(folder):
    pages = sorted(p.name for p in folder.glob("begeleid*.1*"))
    check(pages == sorted(["begeleid.1"] + [f"begeleid.{c}.1" for c in SUBCOMMANDS]) or
          pages == sorted(["begeleid.1.gz"] + [f"begeleid.{c}.1.gz" for c in SUBCOMMANDS]), f"man pages: {' '.join(pages)}")
    page = next(p for p in folder.glob("begeleid.1*"))
    rendered = run(["man", "--warnings", "-l", str(page)], env={**os.environ, "MANWIDTH": "100", "MANPAGER": "cat", "LANG": "C.UTF-8"})
    text = re.sub(r".\x08", "", rendered.stdout)
    check(rendered.returncode == 0 and rendered.stderr.strip() == "", f"man -l {page.name} renders without warnings", rendered.stderr)
    check(".Pp" not in text and "kopieren" in text, f"{page.name}: paragraphs as paragraphs, accents spelled in ASCII (not dropped)")
    for heading in ["NAME", "SYNOPSIS", "DESCRIPTION", "EXIT STATUS"]:
        check(heading in text, f"{page.name} has {heading}")
    for words in ["Exit codes", "Input/sessies", "Output/sessies", "begeleid new sessie", "begeleid build", "begeleid check", "begeleid voorstel", "begeleid watch"]:
        check(words in text, f"{page.name} says '{words}'", text[:3000])


def check_completions(share, work):
    bash, zsh, fish = share / "bash-completion/completions/begeleid", next(share.glob("zsh/*/_begeleid")), share / "fish/vendor_completions.d/begeleid.fish"
    check(run(["bash", "-n", str(bash)]).returncode == 0, "bash -n loads the bash completion")
    check(run(["zsh", "-n", str(zsh)]).returncode == 0, "zsh -n loads the zsh completion")
    check(run(["fish", "--no-execute", str(fish)]).returncode == 0, "fish --no-execute loads the fish completion")
    environment = clean_environment(share.parent / "bin")
    folder = work / "completion"
    shutil.copytree(ROOT / "Input", folder / "Input")
    offered = run(["bash", "-c", f'source "{bash}"; COMP_WORDS=(begeleid voorstel ""); COMP_CWORD=2; COMP_LINE="begeleid voorstel "; '
                   f'COMP_POINT=${{#COMP_LINE}}; _begeleid; printf "%s\\n" "${{COMPREPLY[@]}}"'], cwd=folder, env=environment)
    check(all(p in offered.stdout.split() for p in PROFILES), f"bash: begeleid voorstel <TAB> offers the profiles {PROFILES}", offered.stdout + offered.stderr)
    # zsh and fish complete for real only in an interactive shell: typed into one in tmux.
    zdotdir = work / "zdotdir"
    zdotdir.mkdir()
    (zdotdir / ".zshrc").write_text(f"fpath=({zsh.parent} $fpath)\nautoload -Uz compinit\ncompinit -u\nPS1='% '\n")
    shells = {"zsh": ["env", f"ZDOTDIR={zdotdir}", "zsh", "-i"],
              "fish": ["fish", "--no-config", "-C", f"source {fish}"]}
    for shell, command in shells.items():
        screen = typed(shell, command, "begeleid voorstel ", folder, environment)
        check(all(p in screen.split() for p in PROFILES), f"{shell}: begeleid voorstel <TAB> offers the profiles, typed in tmux", screen)


def typed(name, command, text, folder, environment):
    """What the screen shows after `text` and Tab are typed into `command`, run in tmux (a server of its own)."""
    tmux = ["tmux", "-L", f"begeleid-install-test-{os.getpid()}-{name}"]
    started = run([*tmux, "new-session", "-d", "-x", "160", "-y", "20", "-c", str(folder), "env", "-i", *[f"{k}={v}" for k, v in {**environment, "TERM": "screen"}.items()], *command])
    if started.returncode != 0:
        return f"tmux new-session failed: {started.stderr}"
    try:
        screen = ""
        for _ in range(100):  # the prompt first, then the completions: up to 10 s each
            time.sleep(0.1)
            screen = run([*tmux, "capture-pane", "-p"]).stdout
            if screen.strip().endswith(("%", "#", ">")):  # the prompt (zsh %, fish # as root, > otherwise)
                break
        run([*tmux, "send-keys", text, "Tab"])
        for _ in range(100):
            time.sleep(0.1)
            screen = run([*tmux, "capture-pane", "-p"]).stdout
            if all(p in screen.split() for p in PROFILES):
                break
        return screen or "(nothing on the screen: the shell ended?)"
    finally:
        run([*tmux, "kill-server"])


def test_install(work):
    print("install-test: make install into a temporary DESTDIR")
    destdir = work / "destdir"
    made = run(["make", "-C", str(ROOT), "install", f"DESTDIR={destdir}", "PREFIX=/usr/local"], capture_output=False)
    check(made.returncode == 0, "make install DESTDIR=… PREFIX=/usr/local")
    prefix = destdir / "usr/local"
    binary = prefix / "bin/begeleid"
    for path in ["bin/begeleid", "share/bash-completion/completions/begeleid", "share/zsh/site-functions/_begeleid",
                 "share/fish/vendor_completions.d/begeleid.fish", "share/begeleid/Templates/rapport.html.mustache",
                 "share/doc/begeleid/README.md", "share/doc/begeleid/docs/FORMAT.md", "share/doc/begeleid/examples/Input/aanbod.yaml"]:
        check((prefix / path).is_file(), f"installed {path}")
    check_linking(binary)
    environment = clean_environment(binary.parent)
    check_version(binary, environment)
    installed = build_examples(binary, environment, work, "installed")
    reference = build_examples(ROOT / ".build/debug/begeleid", None, work, "reference") if (ROOT / ".build/debug/begeleid").exists() else None
    if reference is None:
        print("  --  no .build/debug/begeleid (swift test not run): outputs not compared")
    else:
        # (.begeleid/stempels holds what `stat` said of the notes at each build: the one file meant to differ.)
        differing = [k for k in sorted(set(installed) | set(reference))
                     if k != ".begeleid/stempels" and installed.get(k) != reference.get(k)]
        check(not differing, f"the installed (static, release) binary writes the same {len(installed)} files, byte for byte, as the debug build", differing[:10])
    check_without_toolchain(binary, work)
    check_man(prefix / "share/man/man1")
    apt_install("zsh", "fish", "tmux")
    check_completions(prefix / "share", work)
    removed = run(["make", "-C", str(ROOT), "uninstall", f"DESTDIR={destdir}", "PREFIX=/usr/local"])
    left = [str(p.relative_to(destdir)) for p in destdir.rglob("*") if p.is_file()]
    check(removed.returncode == 0 and not left, "make uninstall leaves no file behind", "\n".join(left))


def test_deb(work):
    print("install-test: make deb")
    made = run(["make", "-C", str(ROOT), "deb"], capture_output=False)
    package = ROOT / f".build/begeleid_{VERSION}_amd64.deb"
    check(made.returncode == 0 and package.is_file(), f"make deb writes {package.name}")
    info = run(["dpkg-deb", "--info", str(package)]).stdout
    print(info.rstrip())
    fields = dict(re.findall(r"^ (\S+): (.*)$", info, re.M))
    check(fields.get("Package") == "begeleid" and fields.get("Version") == VERSION and fields.get("Architecture") == "amd64", "dpkg-deb --info: name, version, architecture")
    depends = fields.get("Depends", "")
    check(re.search(r"\blibcmark-gfm\S*", depends) and re.search(r"\blibcmark-gfm-extensions\S*", depends) and "libc6" in depends,
          f"Depends names Debian's cmark-gfm libraries and libc6: {depends}")
    check(re.search(r"\blibjemalloc2\b", depends), f"Depends names Debian's jemalloc, the binary's allocator: {depends}")
    check("swift" not in depends.lower(), "Depends names nothing of Swift")
    check(fields.get("Suggests") == "weasyprint, pandoc", "Suggests: weasyprint, pandoc")
    contents = run(["dpkg-deb", "--contents", str(package)]).stdout
    listed = {line.split()[-1].removeprefix("./"): line.split()[1] for line in contents.splitlines()}
    for path in ["usr/bin/begeleid", "usr/share/man/man1/begeleid.1.gz", "usr/share/man/man1/begeleid.voorstel.1.gz",
                 "usr/share/bash-completion/completions/begeleid", "usr/share/zsh/vendor-completions/_begeleid",
                 "usr/share/fish/vendor_completions.d/begeleid.fish", "usr/share/begeleid/Templates/rapport.html.mustache",
                 "usr/share/doc/begeleid/copyright", "usr/share/doc/begeleid/changelog.gz", "usr/share/doc/begeleid/README.md",
                 "usr/share/doc/begeleid/docs/FORMAT.md", "usr/share/doc/begeleid/examples/Input/aanbod.yaml"]:
        check(path in listed, f"dpkg-deb --contents has /{path}")
    check(set(listed.values()) == {"root/root"}, "every file is owned by root/root")
    if os.environ.get("LINTIAN", "yes") != "no":
        apt_install("lintian")
        linted = run(["lintian", "--fail-on", "error", "--no-tag-display-limit", str(package)])
        print(linted.stdout.rstrip() or "  lintian: no tags")
        check(linted.returncode == 0, "lintian finds no error", linted.stdout + linted.stderr)
    else:
        print("  --  SKIPPED: lintian (LINTIAN=no)")
    # A throwaway root whose dpkg database is a copy of this machine's: Depends must be met by it.
    root = work / "root"
    (root / "var/lib/dpkg/info").mkdir(parents=True)
    (root / "var/lib/dpkg/updates").mkdir()
    shutil.copy("/var/lib/dpkg/status", root / "var/lib/dpkg/status")
    (root / "var/lib/dpkg/available").touch()
    dpkg = ["dpkg", f"--root={root}", "--log=/dev/null", "--force-script-chrootless", "--force-not-root"]
    installed = run([*dpkg, "-i", str(package)])
    check(installed.returncode == 0, "dpkg --root … -i installs the package, its Depends met by this machine's Debian packages", installed.stdout + installed.stderr)
    status = run(["dpkg-query", f"--admindir={root}/var/lib/dpkg", "-W", "-f=${Status} ${Version}", "begeleid"]).stdout
    check(status == f"install ok installed {VERSION}", f"dpkg-query: {status}")
    binary = root / "usr/bin/begeleid"
    check_linking(binary)
    check_man(root / "usr/share/man/man1")
    outputs = build_examples(binary, clean_environment(binary.parent), work, "from-deb")
    check(len(outputs) > 10, f"the packaged binary builds the examples ({len(outputs)} files)")
    removed = run([*dpkg, "-r", "begeleid"])
    left = [str(p.relative_to(root)) for p in (root / "usr").rglob("*") if p.is_file()]
    check(removed.returncode == 0 and not left, "dpkg --root … -r removes every file", "\n".join(left[:10]))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory(prefix="begeleid-install-") as folder:
        test_install(pathlib.Path(folder))
        test_deb(pathlib.Path(folder))
    print(f"install-test: {checks} checks passed")
