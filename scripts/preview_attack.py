#!/usr/bin/env python3
"""The live preview under attack (issue 14, items 1 and 2), through the real binary.

Starts `begeleid watch --port 0` on a copy of Input/, then:
- a page from another origin (http://evil.example:PORT2, mapped to 127.0.0.1 in headless
  Chromium) sends four 400 KB URLs with fetch(no-cors), reads /data/sessies.json with fetch,
  and opens the reload WebSocket; a DNS-rebinding visit (http://evil.example:PORT/) asks the
  preview under a foreign Host name. Nothing may be read: no body, no open WebSocket.
- afterwards the preview's own page must still open its WebSocket and update in place after
  a save (at the same scroll position), the preview answer within a second, and stop on
  SIGINT within a second.
Exits 1 on any finding.

`--measure` only times raw requests (a 400 KB request line, four at once, a 200 MB header,
`Content-Length: 100000000000`) and prints the figures of docs/hardening.md; it works
against any build, so it gives the before/after figures. Installs chromium,
chromium-driver (apt) and selenium (pip) when missing (not for --measure).
"""
import argparse, http.server, json, os, pathlib, re, select, shutil, signal, socket, subprocess, sys, tempfile, threading, time

ROOT = pathlib.Path(__file__).resolve().parent.parent
# In the index and data/sessies.json of a build of Input/: what must not be read.
SECRET = "Digital twin"
# The saved title: as long as the old one, so the page keeps its layout and the scroll position can be compared.
SAVED = "Digital twin voor de doorstroming op de Ringweg"
TICKS = os.sysconf("SC_CLK_TCK")


class Preview:
    """`begeleid watch` on a copy of Input/ on a free port; its terminal output is collected."""

    def __init__(self, binary):
        self.folder = pathlib.Path(tempfile.mkdtemp(prefix="begeleid-attack-"))
        shutil.copytree(ROOT / "Input", self.folder / "Input")
        self.process = subprocess.Popen([str(pathlib.Path(binary).resolve()), "watch", "--input", "Input", "--output", "Output", "--port", "0"],
                                        cwd=self.folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        self.lines, self.port = [], None
        ready = threading.Event()

        def read():
            for raw in self.process.stdout:
                line = raw.decode("utf-8", "replace").rstrip("\n")
                self.lines.append(line)
                found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
                if found and self.port is None:
                    self.port = int(found.group(1))
                    ready.set()
            ready.set()

        threading.Thread(target=read, daemon=True).start()
        if not ready.wait(300) or self.port is None:
            raise SystemExit("watch did not start:\n" + "\n".join(self.lines))

    def cpu_seconds(self):
        """User + system CPU time of the server so far (Linux /proc)."""
        fields = pathlib.Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS

    def stop(self):
        """SIGINT, as Ctrl-C; returns the seconds until the process was gone."""
        start = time.monotonic()
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return None
        return time.monotonic() - start

    def cleanup(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def raw_request(port, head, filler=b"", filler_size=0, timeout=120.0):
    """Sends `head`, then `filler_size` bytes of `filler` (stopping early when the server has
    answered or closed), then reads the status line. Returns (status or None, seconds)."""
    start = time.monotonic()
    sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
    try:
        sock.sendall(head)
        chunk = (filler * (65536 // max(len(filler), 1) + 1))[:65536] if filler else b""
        sent = 0
        while sent < filler_size:
            if select.select([sock], [], [], 0)[0]:
                break
            part = chunk[:min(len(chunk), filler_size - sent)]
            try:
                sock.sendall(part)
            except OSError:
                break
            sent += len(part)
        answer = b""
        deadline = start + timeout
        while b"\r\n" not in answer and time.monotonic() < deadline:
            sock.settimeout(max(deadline - time.monotonic(), 0.01))
            try:
                data = sock.recv(4096)
            except (socket.timeout, OSError):
                break
            if not data:
                break
            answer += data
        parts = answer.split(b" ", 2)
        status = int(parts[1]) if len(parts) >= 2 and parts[1].isdigit() else None
        return status, time.monotonic() - start
    finally:
        sock.close()


def get(port, path="/", host=None, timeout=5.0):
    head = f"GET {path} HTTP/1.1\r\nHost: {host or f'127.0.0.1:{port}'}\r\nConnection: close\r\n\r\n".encode()
    return raw_request(port, head, timeout=timeout)


def page(port, path):
    """The whole answer (head and body) to a GET that names the preview itself; b"" when none came within 10 s."""
    answer = b""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
            while chunk := sock.recv(65536):
                answer += chunk
    except OSError:
        pass
    return answer


def long_line(port, size=400_000):
    """A request line of `size` bytes, sent whole."""
    return raw_request(port, b"GET /" + b"a" * (size - 5) + f" HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n".encode(), timeout=120)


def measure(binary):
    """The raw figures: time to answer and server CPU for each kind of oversized request."""
    preview = Preview(binary)
    port, rows = preview.port, []
    try:
        def row(name, action):
            cpu = preview.cpu_seconds()
            status, seconds = action()
            rows.append((name, status, seconds, preview.cpu_seconds() - cpu))

        row("request line 400 KB", lambda: long_line(port))
        def four():
            results = [None] * 4
            threads = [threading.Thread(target=lambda i=i: results.__setitem__(i, long_line(port))) for i in range(4)]
            start = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            return ",".join(str(status) for status, _ in results), time.monotonic() - start
        row("4 × request line 400 KB at once", four)
        row("GET / right after", lambda: get(port, timeout=120))
        row("one header of 200 MB", lambda: raw_request(
            port, f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX-Big: ".encode(), filler=b"b", filler_size=200 << 20, timeout=120))
        row("GET with Content-Length: 100000000000", lambda: raw_request(
            port, f"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 100000000000\r\n\r\n".encode(),
            filler=b"c", filler_size=16 << 20, timeout=120))
        row("GET / at the end", lambda: get(port, timeout=120))
        stop = preview.stop()
    finally:
        preview.cleanup()
    print(f"{'request':42} {'status':>12} {'answered after':>15} {'server CPU':>11}")
    for name, status, seconds, cpu in rows:
        print(f"{name:42} {str(status):>12} {seconds:>13.3f} s {cpu:>9.3f} s")
    print("SIGINT → exit:", "%.3f s" % stop if stop is not None else "not within 10 s")


ATTACK_PAGE = """<!doctype html><meta charset="utf-8"><title>attack</title><script>
window.results = null;
(async function () {
  const target = "http://127.0.0.1:@PORT@", r = {};
  const long = target + "/" + "a".repeat(400000);
  r.long = await Promise.all([0, 1, 2, 3].map(() => fetch(long, {mode: "no-cors"})
      .then(async x => ({type: x.type, status: x.status, body: (await x.text()).length}), e => ({error: String(e)}))));
  r.cors = await fetch(target + "/data/sessies.json").then(async x => "read " + (await x.text()).length, e => "refused: " + e);
  r.opaque = await fetch(target + "/data/sessies.json", {mode: "no-cors"})
      .then(async x => ({type: x.type, body: (await x.text()).length}), e => ({error: String(e)}));
  r.ws = await new Promise(done => {
    const w = new WebSocket("ws://127.0.0.1:@PORT@/__begeleid/herladen");
    w.onopen = () => { done("open"); w.close(); };
    w.onerror = () => done("refused");
    setTimeout(() => done("timeout"), 10000);
  });
  window.results = r;
})();
</script>"""

REBOUND = """
const done = arguments[arguments.length - 1], r = {};
fetch("/data/sessies.json").then(async x => { r.status = x.status; r.body = await x.text(); }, e => { r.error = String(e); })
  .then(() => new Promise(next => {
    const w = new WebSocket("ws://" + location.host + "/__begeleid/herladen");
    w.onopen = () => { r.ws = "open"; w.close(); next(); };
    w.onerror = () => { r.ws = "refused"; next(); };
    setTimeout(() => { r.ws = r.ws || "timeout"; next(); }, 10000);
  })).then(() => done(r));
"""


def attacker_server(port):
    """Serves the attack page on 127.0.0.1 (any Host name: Chromium maps evil.example here)."""
    page = ATTACK_PAGE.replace("@PORT@", str(port)).encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def own_page_reloads(driver, preview):
    """The preview's own page, after the attack: its WebSocket opens (its Origin is its own),
    and a save updates it in place (no reload: the page swaps its body) with the new text,
    at the same scroll position."""
    try:
        driver.set_page_load_timeout(30)
        driver.get(f"http://127.0.0.1:{preview.port}/sessies/zwolle-digital-twin-ringweg/rapport.html")
        scrolled = driver.execute_script("window.scrollTo(0, 300); window.notReloaded = true; return window.scrollY;")
        time.sleep(1)  # the page's WebSocket connects
        notes = preview.folder / "Input/sessies/zwolle-digital-twin-ringweg.md"
        notes.write_text(notes.read_text(encoding="utf-8").replace(
            "titel: Digital twin voor de doorstroming op de ringweg", f"titel: {SAVED}"), encoding="utf-8")
        state, deadline = None, time.monotonic() + 30
        while time.monotonic() < deadline:
            time.sleep(0.2)
            state = driver.execute_script(
                "return [window.notReloaded === true, (document.querySelector('h1') || {}).textContent, window.scrollY]")
            if state[1] == SAVED:
                break
    except Exception as error:
        return [f"the preview's own page did not load or update: {type(error).__name__}"]
    print("the preview's own page after a save: updated in place %s, h1 %r, scrollY %s (was %s)" % (state[0], state[1], state[2], scrolled))
    if state[1] != SAVED:
        return [f"the preview's own page did not show the saved text within 30 s: {state}"]
    if not state[0]:
        return ["the preview's own page was reloaded instead of updated in place (a flash on the beamer)"]
    if not scrolled or abs(state[2] - scrolled) > 2:
        return [f"the update did not keep the scroll position: {scrolled} before, {state[2]} after"]
    return []


def browser_attack(binary):
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
    import browser
    browser.ensure(browser.CHROMIUM, [("selenium", "selenium")])
    preview = Preview(binary)
    try:
        findings = attack(preview, browser)
    finally:
        preview.cleanup()
    for finding in findings:
        print("FINDING:", finding)
    print(f"preview attack: {len(findings)} findings")
    return 1 if findings else 0


def attack(preview, browser):
    """The attack and the checks after it; returns the findings."""
    findings = []
    port = preview.port
    if SECRET.encode() not in page(port, "/data/sessies.json"):
        raise SystemExit(f"the preview itself does not serve {SECRET!r} in data/sessies.json: the checks below would prove nothing")
    attacker = attacker_server(port)
    driver = None
    try:
        driver = browser.chromium("--host-resolver-rules=MAP evil.example 127.0.0.1")
        driver.set_script_timeout(60)
        # A page of another site.
        driver.get(f"http://evil.example:{attacker.server_address[1]}/")
        deadline = time.monotonic() + 120
        results = None
        while results is None and time.monotonic() < deadline:
            time.sleep(0.2)
            results = driver.execute_script("return window.results")
        print("page from another origin:", json.dumps(results))
        if results is None:
            findings.append("the attack page did not finish within 120 s")
        else:
            for answer in results["long"]:
                if answer.get("body"):
                    findings.append(f"a long URL was answered with a readable body: {answer}")
            if not str(results["cors"]).startswith("refused") or SECRET in str(results["cors"]):
                findings.append(f"sessies.json was read from another origin: {results['cors']}")
            if results["opaque"].get("body"):
                findings.append(f"an opaque response had a readable body: {results['opaque']}")
            if results["ws"] == "open":
                findings.append("a WebSocket from another origin was accepted")
        # DNS rebinding: the preview's own port under a foreign name.
        try:
            driver.set_page_load_timeout(30)
            driver.get(f"http://evil.example:{port}/")
            shown = driver.find_element("tag name", "body").text
            rebound = driver.execute_async_script(REBOUND)
        except Exception as error:  # a stalled server: the page never loads
            findings.append(f"the rebinding visit did not finish: {type(error).__name__}")
        else:
            print("rebinding, page shows:", json.dumps(shown[:80]), "then:", json.dumps({**rebound, "body": rebound.get("body", "")[:80]}))
            if SECRET in shown or shown.strip() != "403":
                findings.append(f"the index was shown under a foreign Host: {shown[:200]}")
            if rebound.get("status") != 403 or SECRET in rebound.get("body", ""):
                findings.append(f"sessies.json under a foreign Host: {rebound.get('status')} {rebound.get('body', '')[:200]}")
            if rebound.get("ws") == "open":
                findings.append("a WebSocket under a foreign Host was accepted")
        findings += own_page_reloads(driver, preview)
    finally:
        if driver is not None:
            driver.quit()
        attacker.shutdown()
    # Still answering, still stopping.
    status, seconds = get(port, timeout=10)
    print(f"after the attack: GET / → {status} in {seconds:.3f} s")
    if status != 200 or seconds > 1:
        findings.append(f"after the attack GET / took {seconds:.2f} s (status {status})")
    stop = preview.stop()
    print("SIGINT → exit:", "%.3f s" % stop if stop is not None else "not within 10 s")
    if stop is None or stop > 1:
        findings.append(f"SIGINT stopped watch after {stop} s")
    return findings


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=str(ROOT / ".build/release/begeleid"))
    parser.add_argument("--measure", action="store_true", help="only time raw oversized requests")
    arguments = parser.parse_args()
    if arguments.measure:
        measure(arguments.binary)
        return 0
    return browser_attack(arguments.binary)


if __name__ == "__main__":
    sys.exit(main())
