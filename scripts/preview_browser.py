#!/usr/bin/env python3
"""The live preview in a real browser (headless Chromium, 1024 px wide, as a
beamer): while notes are typed above what the room is reading, the page
updates without reloading (no flash) and the element at the top of the
screen stays where it was; the same after a switch to the findings page (a
privacy error) and back; the findings panel keeps the state the room left it
in. `make preview-browser` (part of `make test`) runs it against the release
build; it installs Chromium and selenium when missing (scripts/browser.py).

Prints `N passed, M failed` and exits 1 on any failure."""
import os, pathlib, re, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
BINARY = pathlib.Path(os.environ.get("BEGELEID_BINARY", ROOT / ".build" / "release" / "begeleid"))

NOTES = """---
titel: Digital twin voor de ringweg
organisatie: Gemeente Zwolle
technologie: Digital twin
datum: 2026-03-12
status: concept
---

## Casus
De gemeente bouwt een digitaal model van het verkeer.
{extra}
## Actoren
- Bewoners: wonen langs de ringweg
- Verkeerskundigen: beheren het model

## Effecten
### Positief
{positive}
### Negatief
- Gevoel bekeken te worden → privacy @bewoners

## Waarden
- Privacy (kern): niet zonder reden gevolgd worden
- Duurzaamheid

## Handelingsopties
### Technologie
- Alleen geaggregeerde tellingen opslaan → privacy
### Omgeving
- Jaarlijks publieksverslag → privacy, duurzaamheid @verkeerskundigen
### Mens
- Verkeerskundigen leren onzekerheid uitleggen → duurzaamheid
{private}"""

POSITIVE = "\n".join(f"- Effect nummer {n}: minder files op wegvak {n} → duurzaamheid @bewoners" for n in range(1, 25))


class Checks:
    def __init__(self):
        self.passed = self.failed = 0

    def expect(self, condition, what):
        if condition:
            self.passed += 1
        else:
            self.failed += 1
            print(f"FAILED: {what}")


def write(path, extra="", private=""):
    text = NOTES.format(extra=extra, positive=POSITIVE, private=private)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def wait(driver, condition, seconds=15):
    end = time.time() + seconds
    while time.time() < end:
        try:
            if driver.execute_script(condition):
                return True
        except Exception:
            pass
        time.sleep(0.1)
    return False


def values_top_after(driver, checks, notes, extra, last):
    """Saves the notes with `extra` typed in the case, waits for `last` to show, and gives where the values' heading is."""
    write(notes, extra=extra)
    checks.expect(wait(driver, f"return document.body.innerText.includes('{last}')"), f"the typed passage up to “{last}” appears")
    time.sleep(0.3)
    return driver.execute_script("return document.getElementById('waarden').getBoundingClientRect().top")


def main():
    browser.ensure(programs=browser.CHROMIUM, modules=[("selenium", "selenium")])
    if not BINARY.exists():
        sys.exit(f"{BINARY} is missing: run `make build` first")
    checks = Checks()
    with tempfile.TemporaryDirectory() as folder:
        root = pathlib.Path(folder)
        (root / "Input" / "sessies").mkdir(parents=True)
        notes = root / "Input" / "sessies" / "ringweg.md"
        write(notes)
        watch = subprocess.Popen([str(BINARY), "watch", "--port", "0"], cwd=root,
                                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            port = None
            for line in watch.stdout:
                found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
                if found:
                    port = found.group(1)
                    break
            if port is None:
                sys.exit("watch did not say where it listens")
            driver = browser.chromium()
            try:
                driver.set_window_size(1024, 768)
                driver.get(f"http://127.0.0.1:{port}/sessies/ringweg/rapport.html")
                checks.expect(wait(driver, "return !!document.getElementById('begeleid-meldingen-paneel')"),
                              "the report has its findings panel")
                # The room reads the values; the panel is opened by hand.
                driver.execute_script("window.__notReloaded = true;"
                                      "document.getElementById('begeleid-meldingen-paneel').open = true;"
                                      "document.getElementById('waarden').scrollIntoView();")
                time.sleep(0.3)
                before = driver.execute_script("return document.getElementById('waarden').getBoundingClientRect().top")
                # The co-moderator types a long passage in the case, far above.
                extra = "\n".join(f"Nieuwe alinea {n} over de casus, getypt tijdens de dialoog." for n in range(1, 15)) + "\n"
                after = values_top_after(driver, checks, notes, extra, "Nieuwe alinea 14")
                checks.expect(abs(after - before) <= 2, f"the values stay in place on screen ({before} → {after})")
                # Found by a blind tester: with the top edge in the margin above a heading (the values' heading
                # 10 px below it), the page's main part was the anchor, and the heading moved down by what was typed.
                driver.execute_script("window.scrollBy(0, document.getElementById('waarden').getBoundingClientRect().top - 10);")
                time.sleep(0.3)
                gap = driver.execute_script("return document.getElementById('waarden').getBoundingClientRect().top")
                more = extra + "\n".join(f"Nog een alinea {n}, boven de waarden." for n in range(1, 6)) + "\n"
                moved = values_top_after(driver, checks, notes, more, "Nog een alinea 5")
                checks.expect(abs(moved - gap) <= 2, f"with the top edge in a gap above it the heading stays too ({gap} → {moved})")
                write(notes, extra=extra)
                checks.expect(wait(driver, "return !document.body.innerText.includes('Nog een alinea 5')"),
                              "the second passage is gone again")
                time.sleep(0.3)
                driver.execute_script("document.getElementById('waarden').scrollIntoView();")
                time.sleep(0.3)
                checks.expect(driver.execute_script("return window.__notReloaded === true"),
                              "the page was updated in place, not reloaded (no flash)")
                checks.expect(driver.execute_script("return document.getElementById('begeleid-meldingen-paneel').open"),
                              "the panel stays open as the room left it")
                # A privacy error: the findings page; then fixed: the report, at the same place.
                write(notes, extra=extra, private="\n### Notities\n- Jan de Vries twijfelt\n")
                checks.expect(wait(driver, "return document.body.innerText.includes('notes-heading-misplaced')"),
                              "a privacy error shows the findings page")
                checks.expect(driver.execute_script("return !document.body.innerText.includes('Jan de Vries')"),
                              "the findings page quotes no private line")
                write(notes, extra=extra)
                checks.expect(wait(driver, "return !!document.getElementById('waarden')"), "the report comes back")
                time.sleep(0.3)
                back = driver.execute_script("return document.getElementById('waarden').getBoundingClientRect().top")
                checks.expect(abs(back - before) <= 2, f"after the findings page the values are in place again ({before} → {back})")
                checks.expect(driver.execute_script("return window.__notReloaded === true"), "still no reload")
                width = driver.execute_script("return document.documentElement.scrollWidth")
                checks.expect(width <= 1024, f"nothing wider than the beamer at 1024 px ({width})")
            finally:
                driver.quit()
        finally:
            watch.terminate()
            watch.wait(timeout=10)
    print(f"preview-browser: {checks.passed} passed, {checks.failed} failed")
    sys.exit(1 if checks.failed else 0)


if __name__ == "__main__":
    main()
