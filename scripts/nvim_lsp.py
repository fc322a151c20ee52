#!/usr/bin/env python3
"""make nvim-lsp: Neovim headless (Debian's 0.7.2 or later) opens a session with
mistakes through `begeleid lsp` and writes the diagnostics it holds; they must be
the findings of `begeleid check --format json` (lines, columns, codes), columns
converted from characters to the bytes Neovim counts (an é and an emoji stand
before a finding). A timeout bounds every step."""
import json, os, shutil, subprocess, sys, tempfile

BIN = os.path.abspath(os.environ.get("BEGELEID_BIN", ".build/release/begeleid"))
FIXTURE = "Tests/BegeleidTests/Fixtures/sessies/ringweg.md"


def main():
    if not shutil.which("nvim"):
        sys.exit("nvim-lsp: nvim ontbreekt / is missing (apt-get install neovim)")
    root = tempfile.mkdtemp(prefix="begeleid-nvim-")
    try:
        os.makedirs(os.path.join(root, "Input", "sessies"))
        text = open(FIXTURE, encoding="utf-8").read().replace(
            "- Gevoel bekeken te worden door camera's → privacy @bewoners",
            "- Café 😀 gevoel bekeken te worden → privcy @bewonrs")
        session = os.path.join(root, "Input", "sessies", "ringweg.md")
        with open(session, "w", encoding="utf-8") as handle:
            handle.write(text)
        check = subprocess.run([BIN, "check", "--format", "json", "Input"], cwd=root, capture_output=True, text=True, timeout=120)
        lines = text.split("\n")
        expected = sorted(
            "%d:%d %s %d" % (d["line"] - 1, len(lines[d["line"] - 1][: d["column"] - 1].encode("utf-8")), d["code"],
                             {"error": 1, "warning": 2, "note": 3}[d["severity"]])
            for d in json.loads(check.stdout)["diagnostics"])
        out = os.path.join(root, "nvim-diagnostics.txt")
        env = dict(os.environ, BEGELEID_BIN=BIN, NVIM_LSP_ROOT=root, NVIM_LSP_FILE=session, NVIM_LSP_OUT=out)
        script = os.path.abspath("scripts/nvim-lsp.lua")
        run = subprocess.run(["nvim", "--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", "luafile " + script],
                             cwd=root, env=env, capture_output=True, text=True, timeout=60)
        got = open(out, encoding="utf-8").read().splitlines() if os.path.exists(out) else ["(nothing written)"]
        if run.returncode != 0 or got != expected or not any("value-unknown" in line for line in got):
            print("nvim-lsp: Neovim kreeg andere meldingen / Neovim got other diagnostics")
            print("  exit", run.returncode, run.stderr.strip()[:500])
            print("  expected", expected)
            print("  got     ", got)
            sys.exit(1)
        version = subprocess.run(["nvim", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
        print("nvim-lsp: %s received %d diagnostics, the same as begeleid check (lines, byte columns, codes, severities)" % (version, len(got)))
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
