#!/usr/bin/env python3
"""XSS hardening (issue 6, item 2). Puts every payload of Tests/Corpus/xss-payloads.txt
(OWASP filter-evasion style) into every text position of a session and of two
organisation profiles, runs `begeleid build` and `build --public`, and checks each
.html and .svg written twice: parsed with html.parser, and loaded in headless
Chromium (selenium), where no dialog may open and the live DOM may hold no script,
no on* attribute, no javascript:/vbscript:/data: URL, no frame, object, embed,
form or base, and no more style, link, meta, svg or math than the same page of a
clean build. Exits 1 on any finding, or when a payload made its file invalid.
`--self-test` plants raw payloads into copies of clean pages and expects findings.
Installs chromium, chromium-driver (apt) and selenium (pip) when missing.
"""
import argparse, collections, html.parser, json, pathlib, re, shutil, subprocess, sys, tempfile, time

import browser

ROOT = pathlib.Path(__file__).resolve().parent.parent
URL_ATTRIBUTES = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "background", "codebase",
                  "cite", "longdesc", "lowsrc", "dynsrc", "ping", "to", "from", "values", "by"]
FORBIDDEN = ["script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "base", "portal", "isindex"]
COUNTED = ["style", "link", "meta", "svg", "math", "foreignobject", "input", "button", "select", "textarea"]
# A scheme that runs script, or no scheme at all (`//host`, `\\host\share`, `/etc/passwd`): a report links neither.
UNSAFE_URL = re.compile(r"^(javascript|vbscript|data|file):|^[/\\]")
UNSAFE_STYLE = re.compile(r"expression\(|javascript:|vbscript:|url\(|@import")
# The live-DOM walk that Chromium runs in every page: the same rules as Scan below.
WALK = r"""
const [urls, forbidden, counted] = arguments, found = [], counts = {};
for (const el of document.getElementsByTagName('*')) {
  const tag = el.localName.toLowerCase(), snippet = (el.outerHTML || el.localName).slice(0, 200);
  if (counted.includes(tag)) counts[tag] = (counts[tag] || 0) + 1;
  if (forbidden.includes(tag)) found.push('<' + tag + '> element: ' + snippet);
  if (tag === 'meta' && el.hasAttribute('http-equiv')) found.push('meta http-equiv: ' + snippet);
  for (const a of el.attributes) {
    const name = a.name.toLowerCase(), value = a.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
    if (name.startsWith('on')) found.push('event handler ' + name + ': ' + snippet);
    else if ((urls.includes(name) || name.endsWith(':href')) && /^(javascript|vbscript|data|file):|^[\/\\]/.test(value))
      found.push('unsafe URL in ' + name + ': ' + snippet);
    else if (name === 'srcdoc' || (name === 'style' && /expression\(|javascript:|vbscript:|url\(|@import/.test(value)))
      found.push('unsafe ' + name + ': ' + snippet);
  }
}
return [found, counts];
"""


def ensure_tools():
    """Chromium and chromium-driver with apt and selenium with pip, when missing."""
    browser.ensure(browser.CHROMIUM, [("selenium", "selenium")])


def read_payloads(path):
    """The payloads: every line that is neither empty nor a `#` comment."""
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]


def q(text):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


# A session with the payload (@P@ as written, @Q@ as a YAML string) in every text position.
# ⟦…⟧ names the position of a line, for the report when begeleid finds an error there. The body's lines
# are written without the blank lines between them, which session_lines puts back (not inside a table).
SESSION = """\
---
titel: @Q@                                          ⟦front matter titel⟧
@ORGANISATIE@                                       ⟦front matter organisatie⟧
technologie: @Q@                                    ⟦front matter technologie⟧
datum: 2026-03-@DAY@
fase: tijdens
moderator: @Q@                                      ⟦front matter moderator⟧
co-moderator: @Q@                                   ⟦front matter co-moderator⟧
locatie: @Q@                                        ⟦front matter locatie⟧
taal: @TAAL@
namen: openbaar
openbaar: true
labels: [@Q@, "xss"]                                ⟦front matter labels⟧
deelnemers:
  - rol: @Q@                                        ⟦participant rol⟧
    organisatie: @Q@                                ⟦participant organisatie⟧
    naam: @Q@                                       ⟦participant naam (namen: openbaar)⟧
---
## Casus
@P@                                                 ⟦Casus paragraph⟧
Tekst met @P@ midden in een zin.                    ⟦Casus inline⟧
### @P@                                             ⟦Casus heading⟧
> @P@                                               ⟦Casus blockquote⟧
| kolom | @P@ |                                     ⟦Casus table header⟧
|---|---|
| @P@ | x |                                         ⟦Casus table cell⟧
Zie [xss], [x] en [a].
## Actoren
- Bewoners: @P@                                     ⟦actor description⟧
- Groep @P@                                         ⟦actor name⟧
- Beheerders: beheren het systeem
@ACTORS@
## Effecten
### Positief
- @P@ → Privacy @bewoners                           ⟦effect (item start)⟧
- Effect met @P@ erin → Privacy, Synoniem @N@ @beheerders  ⟦effect (inline)⟧
- Effect voor @MENTION@ midden in de zin → Veiligheid  ⟦effect naming the actor "Groep <payload>"⟧
  @P@                                               ⟦effect details⟧
### Negatief
- Nadeel @P@ → Veiligheid @bewoners                 ⟦negative effect⟧
## Waarden
- Privacy (kern): @P@                               ⟦value explanation⟧
- Veiligheid: uitleg @P@                            ⟦value explanation (inline)⟧
- Synoniem @N@ (kern): in waarden.yaml heet deze waarde zoals de payload  ⟦value name via waarden.yaml⟧
@PARKED@                                            ⟦value name (parked)⟧
  @P@                                               ⟦value details⟧
## Handelingsopties
### Technologie
- @P@ → Privacy @beheerders                         ⟦option technology (item start)⟧
### Omgeving
- Optie met @P@ → Veiligheid, Synoniem @N@          ⟦option environment⟧
### Mens
- Mensen @P@ → Privacy @bewoners                    ⟦option human⟧
  @P@                                               ⟦option details⟧
## Samenvatting
@P@                                                 ⟦Samenvatting⟧
## Vervolg
- @P@                                               ⟦Vervolg list item⟧
Daarna @P@                                          ⟦Vervolg paragraph⟧
## Extra @P@                                        ⟦unknown section heading⟧
@P@                                                 ⟦unknown section body⟧
## Notities
Prive @P@
"""

# Two profiles per payload: a training (nl, with partners) and a series (en).
PROFILE = """\
naam: @Q@                                           ⟦profile naam⟧
soort: gemeente
contact:
  naam: @Q@                                         ⟦profile contact naam⟧
  email: @EMAIL@                                    ⟦profile contact email (the payload without space, <, > and @)⟧
technologieen:
  - naam: @Q@                                       ⟦profile technology naam⟧
    beschrijving: @Q@                               ⟦profile technology beschrijving⟧
    fase: voorafgaand
  - naam: @QOOK@                                    ⟦profile technology naam (inline)⟧
    fase: tijdens
@FORM@
@PARTNERS@                                          ⟦profile samenwerkingspartners (training)⟧
datum: 2026-12-01
aanvang: "10:00"
labels: [@Q@, "xss"]                                ⟦profile labels⟧
"""


def fill(template, values):
    """The template's lines with @TOKENS@ replaced in one pass (a payload is never scanned again),
    as [(line, position or None)]; a token may expand to several lines, or to none."""
    lines = []
    for raw in template.splitlines():
        text, _, label = raw.partition("⟦")
        text = re.sub(r"@[A-Z]+@", lambda token: values.get(token.group(), token.group()), text.rstrip())
        if not text and raw.startswith("@"):
            continue
        lines += [(line, label.rstrip("⟧") or None) for line in text.split("\n")]
    return lines


def session_lines(n, p, mention=None, split=False):
    """Session n with payload p. mention: the slug of the actor "Groep <p>" (known after a first build);
    split: the (geparkeerd) marker at p's first colon, where begeleid splits name and explanation."""
    colon = p.find(":")
    extra_actors = sorted(set(re.findall(r"(?<![^\W_])@([A-Za-z0-9_-]+)", p)))  # so @import is a declared actor
    lines = fill(SESSION, {
        "@P@": p, "@Q@": q(p), "@N@": str(n), "@DAY@": f"{n % 28 + 1:02d}", "@TAAL@": "en" if n % 2 else "nl",
        "@ORGANISATIE@": f"organisatie: [{q(p)}, \"Gemeente Xss\"]" if n % 2 else f"organisatie: {q(p)}",
        "@ACTORS@": "\n".join(f"- {actor}" for actor in extra_actors),
        "@MENTION@": f"@{mention}" if mention else "niemand in het bijzonder",
        "@PARKED@": f"- Waarde {p[:colon]} (geparkeerd): {p[colon + 1:]}" if split else f"- Waarde {p} (geparkeerd)"})
    body = [i for i, (text, _) in enumerate(lines) if text == "---"][1] + 1
    spaced = lines[:body]
    for line, after in zip(lines[body:], lines[body + 1:] + [("", None)]):
        spaced += [line] if line[0].startswith("|") and after[0].startswith("|") else [line, ("", None)]
    return spaced


def profile_lines(n, p, training):
    """A profile with payload p in every text key: a training with partners, or a series."""
    return fill(PROFILE, {
        "@Q@": q(p), "@QOOK@": q("Ook " + p),
        "@FORM@": "vorm: training\ndeelnemers: 8\ntaal: nl" if training else "vorm: reeks\nsessies: 3\ndeelnemers: 14\ntaal: en",
        "@PARTNERS@": f"samenwerkingspartners: [{q(p)}, {q('Partner ' + p)}]" if training else "",
        "@EMAIL@": q((re.sub(r"[\s<>@]", "", p) or "x") + "@xss.example.org")})


def write_input(folder, payloads, mentions=None, splits=()):
    """Writes Input/ (offer copied from the example): per payload one session and two profiles.
    Returns {relative path: {line: position}} to name the position behind a finding."""
    (folder / "sessies").mkdir(parents=True, exist_ok=True)
    (folder / "organisaties").mkdir(exist_ok=True)
    positions, synonyms = {}, []
    for n, p in enumerate(payloads, 1):
        files = {f"sessies/xss-{n:03d}.md": session_lines(n, p, (mentions or {}).get(n), n in splits),
                 f"organisaties/xss-{n:03d}-a.yaml": profile_lines(n, p, True),
                 f"organisaties/xss-{n:03d}-b.yaml": profile_lines(n, p, False)}
        for name, lines in files.items():
            (folder / name).write_text("\n".join(text for text, _ in lines), encoding="utf-8")
            positions[name] = {i: label for i, (_, label) in enumerate(lines, 1) if label}
        if not refused_by_design(p):  # one refused name would hold back the whole list (and the overview)
            synonyms.append(f"{q(p)}: [\"Synoniem {n}\"]")
    (folder / "waarden.yaml").write_text("\n".join(synonyms) + "\n", encoding="utf-8")
    return positions


def build(args, source, output, public=False):
    """Runs begeleid build; returns (exit code, output). The cwd holds no Templates/, so without
    --templates the built-in templates are used."""
    command = [str(args.bin), "build", "--input", str(source), "--output", str(output)] + (["--public"] if public else [])
    command += ["--templates", str(args.templates.resolve())] if args.templates else []
    result = subprocess.run(command, cwd=source.parent, capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


def refused_by_design(payload):
    """Payloads begeleid refuses with a located error instead of publishing: control
    characters (`control-character`, `key-malformed`) and HTML comments (masked as
    private, which can swallow what follows). Their files may fail; that is safe."""
    return "<!--" in payload or any(ord(c) < 0x20 and c != "\t" for c in payload)


def invalid_positions(log, out, pub, payloads, positions):
    """Every session or profile without its report/proposal, and every error, named by payload and position
    (except for payloads refused by design, which must have a located error instead)."""
    problems = []
    for n in range(1, len(payloads) + 1):
        if refused_by_design(payloads[n - 1]):
            if not re.search(rf"xss-{n:03d}[^:]*:\d+:\d+: (error|warning): ", log):
                problems.append(f"refused payload #{n} {payloads[n - 1]!r} has no located finding")
            continue
        for page in [out / f"sessies/xss-{n:03d}/rapport.html", pub / f"sessies/xss-{n:03d}/rapport.html",
                     out / f"voorstellen/xss-{n:03d}-a/voorstel.html", out / f"voorstellen/xss-{n:03d}-b/voorstel.html"]:
            if not page.exists():
                problems.append(f"not written: {page.relative_to(out.parent)} (payload #{n} {payloads[n - 1]!r})")
    for path, line, message in re.findall(r"^(?:.*/)?Input/(\S+?):(\d+):\d+: error: (.*)$", log, re.M):
        match = re.search(r"xss-(\d+)", path)
        label = positions.get(path, {}).get(int(line), "a line without payload")
        payload = payloads[int(match.group(1)) - 1] if match else ""
        if match and refused_by_design(payload):
            continue
        problems.append(f"{path}:{line} [{label}] {message} (payload {payload!r})")
    return list(dict.fromkeys(problems))  # the --public build repeats the findings


class Scan(html.parser.HTMLParser):
    """The independent check of one file's source: findings and counts of the COUNTED elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found, self.counts = [], collections.Counter()

    def handle_starttag(self, tag, attrs):
        snippet = self.get_starttag_text()[:200]
        if tag in COUNTED:
            self.counts[tag] += 1
        if tag in FORBIDDEN:
            self.found.append(f"<{tag}> element: {snippet}")
        if tag == "meta" and any(name == "http-equiv" for name, _ in attrs):
            self.found.append(f"meta http-equiv: {snippet}")
        for name, value in attrs:
            value = re.sub(r"[\x00-\x20\x7f-\x9f]", "", value or "").lower()
            if name.startswith("on"):
                self.found.append(f"event handler {name}: {snippet}")
            elif (name in URL_ATTRIBUTES or name.endswith(":href")) and UNSAFE_URL.match(value):
                self.found.append(f"unsafe URL in {name}: {snippet}")
            elif name == "srcdoc" or (name == "style" and UNSAFE_STYLE.search(value)):
                self.found.append(f"unsafe {name}: {snippet}")

    handle_startendtag = handle_starttag


def scan(path):
    """Parses one .html or .svg file; returns (findings, counts)."""
    parser = Scan()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser.found, parser.counts


class Browser:
    """Headless Chromium that leaves dialogs open, so that they can be seen and counted. It starts
    afresh after a page that will not let go (a dialog that reopens on focus, say)."""

    def __init__(self):
        self.driver = None
        self.restart()

    def restart(self):
        from selenium.common.exceptions import WebDriverException
        try:
            self.driver and self.driver.quit()
        except WebDriverException:
            pass
        self.driver = browser.chromium(unhandledPromptBehavior="ignore")
        self.driver.set_page_load_timeout(20)

    def visit(self, path, settle):
        """Loads one file, accepting each dialog it opens; returns (dialog texts, DOM findings, DOM counts).
        A browser error or a dialog that keeps coming back is a finding too, and restarts the browser."""
        from selenium.common.exceptions import UnexpectedAlertPresentException, WebDriverException
        driver, dialogs, result = self.driver, [], None
        for step in range(12):
            try:
                if step == 0:
                    driver.get(path.as_uri())
                    time.sleep(settle)
                if result is None:
                    result = driver.execute_script(WALK, URL_ATTRIBUTES, FORBIDDEN, COUNTED) or [
                        [f"DOM walk got no answer: did the page navigate to {driver.current_url[:80]}?"], {}]
                driver.get("about:blank")  # leave the page here, so that a late dialog still counts for it
                return dialogs, *result
            except UnexpectedAlertPresentException as error:
                dialogs.append(error.alert_text or "")
                try:
                    driver.switch_to.alert.accept()
                except WebDriverException:
                    pass
            except WebDriverException as error:
                self.restart()
                return dialogs, [f"browser error: {error.msg}", *(result or [[]])[0]], (result or [[], {}])[1]
        self.restart()
        return dialogs, ["dialogs kept opening: page abandoned, browser restarted", *(result or [[]])[0]], {}


def check(browser, files, base, settle, baseline=None):
    """Parses and loads every file. With a baseline ({kind: (parser counts, DOM counts)}), also compares counts.
    Returns (findings [(file, where, message)], {kind: (parser counts, DOM counts)} maxima, pages loaded)."""
    findings, maxima = [], collections.defaultdict(lambda: (collections.Counter(), collections.Counter()))
    for path in files:
        name = str(path.relative_to(base))
        found, counts = scan(path)
        dialogs, dom_found, dom_counts = browser.visit(path, settle)
        findings += [(name, "html.parser", f) for f in found] + [(name, "Chromium DOM", f) for f in dom_found]
        findings += [(name, "Chromium", f"dialog opened: {text!r}") for text in dialogs]
        for mine, theirs in zip((counts, collections.Counter(dom_counts)), maxima[path.name]):
            theirs |= mine
        if baseline is not None:
            for where, mine, allowed in (("html.parser", counts, baseline[path.name][0]),
                                         ("Chromium DOM", collections.Counter(dom_counts), baseline[path.name][1])):
                findings += [(name, where, f"{count} <{tag}> where a clean {path.name} has {allowed[tag]}")
                             for tag, count in sorted(mine.items()) if count > allowed[tag]]
    return findings, maxima, len(files)


def outputs(folder):
    """Every .html and .svg file below folder."""
    return sorted(p for p in folder.rglob("*") if p.suffix in (".html", ".svg"))


def self_test(browser, clean, work, settle):
    """Plants raw payloads into copies of clean pages (same file names, so the clean counts apply);
    every copy must be flagged by both checks, and the executable ones must open a dialog."""
    _, baseline, _ = check(browser, outputs(clean), clean, settle)
    report, svg = next(clean.rglob("rapport.html")), next(clean.rglob("waardenkaart.svg"))
    plants = {"img-onerror": '<img src=x onerror=alert("planted-img")>', "script": '<script>alert("planted-script")</script>',
              "js-url": '<a href="jav&#x09;ascript:alert(1)">x</a>', "iframe": '<iframe src="data:text/html,x"></iframe>',
              "extra-style-svg": '<style>*{color:red}</style><svg><text>x</text></svg>',
              "unc-link": '<a href="\\\\evil\\share\\x.docx">x</a>', "host-link": '<a href="//evil.example/x">x</a>'}
    folder = work / "self-test"
    for name, plant in plants.items():
        (folder / name).mkdir(parents=True)
        page = report.read_text(encoding="utf-8").replace("<main", plant + "<main", 1)
        (folder / name / "rapport.html").write_text(page, encoding="utf-8")
    (folder / "svg-onload").mkdir()
    (folder / "svg-onload/waardenkaart.svg").write_text(
        svg.read_text(encoding="utf-8").replace("<svg ", '<svg onload="alert(\'planted-svg\')" ', 1), encoding="utf-8")
    findings, _, _ = check(browser, outputs(folder), folder, settle, baseline)
    for finding in findings:
        print("  found:", " | ".join(finding))
    caught = collections.defaultdict(set)
    for name, where, message in findings:
        caught[name.split("/")[0]].add("dialog" if message.startswith("dialog opened") else where)
    missing = [name for name in [*plants, "svg-onload"] if not caught[name] >= {"html.parser", "Chromium DOM"}]
    missing += [f"{name} (no dialog)" for name in ("img-onerror", "script", "svg-onload") if "dialog" not in caught[name]]
    print("self-test:", "every planted payload was caught" if not missing else f"NOT caught: {missing}")
    return 1 if missing else 0


def payload_run(args, browser, work, baseline):
    """Writes the payload input, builds it twice (all, --public) and checks every page.
    Returns (payloads, positions, files, pages, exit codes, invalid placements, findings)."""
    payloads = read_payloads(args.payloads)
    if not payloads:
        raise SystemExit(f"{args.payloads}: no payloads")
    source, out, pub = work / "xss/Input", work / "xss/Output", work / "xss/Openbaar"
    shutil.copytree(args.example, source, ignore=shutil.ignore_patterns("sessies", "organisaties", "waarden.yaml"))
    splits, mentions = set(), {}
    for _ in range(2):  # learn which parked values need the split form, then the slug of the actor "Groep <payload>"
        first = write_input(source, payloads, mentions, splits)
        _, log = build(args, source, out)
        splits |= {int(n) for n, line in re.findall(r"sessies/xss-(\d+)\.md:(\d+):\d+: error:", log)
                   if first[f"sessies/xss-{n}.md"].get(int(line)) == "value name (parked)" and ":" in payloads[int(n) - 1]}
        for data in out.glob("sessies/xss-*/sessie.json"):
            actors = json.loads(data.read_text(encoding="utf-8"))["actors"]
            mentions[int(data.parent.name[4:])] = next((a["id"] for a in actors if a["name"].startswith("Groep")), None)
        shutil.rmtree(out)
    positions = write_input(source, payloads, mentions, splits)
    code, log = build(args, source, out)
    public_code, public_log = build(args, source, pub, public=True)
    problems = invalid_positions(log + public_log, out, pub, payloads, positions)
    files = outputs(out) + outputs(pub)
    findings, _, pages = check(browser, files, work / "xss", args.settle, baseline)
    return payloads, positions, files, pages, (code, public_code), problems, findings


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", type=pathlib.Path, default=ROOT / ".build/release/begeleid")
    parser.add_argument("--payloads", type=pathlib.Path, default=ROOT / "Tests/Corpus/xss-payloads.txt")
    parser.add_argument("--example", type=pathlib.Path, default=ROOT / "Input", help="clean input for the baseline")
    parser.add_argument("--templates", type=pathlib.Path, help="template folder (default: the built-in templates)")
    parser.add_argument("--settle", type=float, default=0.0, help="seconds to wait after each load for late handlers")
    parser.add_argument("--self-test", action="store_true", help="check that the checker flags planted payloads")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    if not args.bin.exists():
        raise SystemExit(f"{args.bin} not found: build begeleid first (swift build -c release) or pass --bin")
    ensure_tools()
    started, work = time.time(), pathlib.Path(tempfile.mkdtemp(prefix="begeleid-xss-"))
    shutil.copytree(args.example, work / "clean/Input")
    code, log = build(args, work / "clean/Input", work / "clean/Output")
    if code != 0:
        raise SystemExit(f"the clean example does not build:\n{log}")
    browser = Browser()
    try:
        if args.self_test:
            return self_test(browser, work / "clean/Output", work, args.settle)
        clean = outputs(work / "clean/Output")
        clean_findings, baseline, _ = check(browser, clean, work / "clean/Output", args.settle)
        payloads, positions, files, pages, codes, problems, findings = payload_run(args, browser, work, baseline)
    finally:
        browser.driver.quit()
        if args.keep:
            print("work folder:", work)
        else:
            shutil.rmtree(work, ignore_errors=True)
    labels = {name: set(positions[name].values()) for name in ("sessies/xss-001.md", "organisaties/xss-001-a.yaml",
                                                                 "organisaties/xss-001-b.yaml")}
    per_payload = sum(map(len, labels.values()))
    print(f"payloads: {len(payloads)} ({args.payloads.name})")
    print(f"positions per payload: {len(labels['sessies/xss-001.md'])} in a session, "
          f"{len(labels['organisaties/xss-001-a.yaml'])} in a training profile, {len(labels['organisaties/xss-001-b.yaml'])}"
          f" in a series profile = {per_payload}; {len(payloads) * per_payload} placements in all")
    print(f"build exit {codes[0]}, build --public exit {codes[1]}; files checked: {len(files)} "
          f"({sum(f.suffix == '.html' for f in files)} .html, {sum(f.suffix == '.svg' for f in files)} .svg)")
    print(f"pages loaded in Chromium: {pages} (+ {len(clean)} clean pages for the baseline); {time.time() - started:.0f} s")
    print(f"refused by design with a located error (control characters, comments): "
          f"{sum(map(refused_by_design, payloads))} payloads")
    for problem in problems:
        print("invalid:", problem)
    for name, where, message in clean_findings + findings:
        match = re.search(r"xss-(\d+)", name)
        number = re.search(r"(?:alert|confirm|prompt)\(.*?(\d+)\)", message)  # aggregated pages: the payload's number
        origin = (f" [payload #{int(match.group(1))}: {payloads[int(match.group(1)) - 1]!r}]" if match else
                  f" [the payload that calls alert/confirm/prompt with {number.group(1)}]" if number else "")
        print(f"finding: {name}{origin} ({where}): {message}".replace("\n", "\\n"))
    if problems or findings or clean_findings:
        print(f"xss: {len(findings) + len(clean_findings)} findings, {len(problems)} invalid placements")
        return 1
    print("xss: no executable construct survived; no dialog opened")
    return 0


if __name__ == "__main__":
    sys.exit(main())
