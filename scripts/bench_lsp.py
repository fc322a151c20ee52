#!/usr/bin/env python3
"""The answer time of `begeleid lsp` on a 1,000-line session (issue 19): from a
change (full text) to its published diagnostics with `--debounce 0`, and from a
completion request to its answer; medians of 21. Part of `make bench`
(scripts/bench.py imports `measure`); on its own: python3 scripts/bench_lsp.py BINARY."""
import json, os, pathlib, shutil, statistics, subprocess, sys, time

ROOT = pathlib.Path(__file__).resolve().parent.parent


class Client:
    def __init__(self, binary, root):
        self.process = subprocess.Popen([str(binary), "lsp", "--debounce", "0"], cwd=root,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.next_id = 1

    def send(self, message):
        body = json.dumps(dict(message, jsonrpc="2.0")).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self, match):
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                byte = self.process.stdout.read(1)
                if not byte:
                    raise RuntimeError("begeleid lsp ended")
                header += byte
            length = int(header.split(b"Content-Length:")[1].split(b"\r\n")[0])
            message = json.loads(self.process.stdout.read(length))
            if match(message):
                return message

    def request(self, method, params):
        self.next_id += 1
        ident = self.next_id
        self.send({"id": ident, "method": method, "params": params})
        return self.receive(lambda m: m.get("id") == ident)


def session(lines=1000):
    """The ringweg fixture grown to `lines` lines with effects that name values and actors."""
    text = (ROOT / "Tests/BegeleidTests/Fixtures/sessies/ringweg.md").read_text(encoding="utf-8")
    extra = lines - text.count("\n")
    effects = "".join(f"- Effect {i} op de ringweg voor bewoners → privacy, veiligheid @bewoners\n" for i in range(extra))
    return text.replace("### Negatief\n", "### Negatief\n" + effects, 1)


def cpu_seconds(pid):
    """User + system CPU time of a process so far (Linux /proc), in seconds."""
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(binary, work):
    """(median change → diagnostics, median completion, lines, server CPU per change + completion) in seconds."""
    root = pathlib.Path(work) / "lsp"
    shutil.rmtree(root, ignore_errors=True)
    (root / "Input/sessies").mkdir(parents=True)
    text = session()
    path = root / "Input/sessies/ringweg.md"
    path.write_text(text, encoding="utf-8")
    uri = path.resolve().as_uri()
    client = Client(binary, root)
    try:
        client.request("initialize", {"rootUri": root.resolve().as_uri(), "capabilities": {}})
        client.send({"method": "initialized", "params": {}})
        client.send({"method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
        client.receive(lambda m: m.get("method") == "textDocument/publishDiagnostics")
        changes, completions = [], []
        cpu = cpu_seconds(client.process.pid)
        line = text[: text.index("### Negatief")].count("\n") + 1
        for version in range(2, 23):
            edited = text.replace("Effect 1 ", f"Effect 1 versie {version} ", 1)
            start = time.perf_counter()
            client.send({"method": "textDocument/didChange", "params": {
                "textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": edited}]}})
            client.receive(lambda m: m.get("method") == "textDocument/publishDiagnostics")
            changes.append(time.perf_counter() - start)
            start = time.perf_counter()
            client.request("textDocument/completion", {"textDocument": {"uri": uri}, "position": {"line": line, "character": 50}})
            completions.append(time.perf_counter() - start)
        cpu = (cpu_seconds(client.process.pid) - cpu) / len(changes)
        client.request("shutdown", None)
        client.send({"method": "exit"})
        client.process.wait(timeout=10)
        return statistics.median(changes), statistics.median(completions), text.count("\n"), cpu
    finally:
        if client.process.poll() is None:
            client.process.kill()


if __name__ == "__main__":
    change, completion, lines, cpu = measure(sys.argv[1] if len(sys.argv) > 1 else ROOT / ".build/release/begeleid", "/tmp/begeleid-bench")
    print(f"begeleid lsp, {lines} lines: change → diagnostics {change * 1000:.1f} ms, completion {completion * 1000:.1f} ms (medians of 21); server CPU {cpu * 1000:.1f} ms per change + completion")
