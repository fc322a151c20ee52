# begeleid: `make` installs what is missing, builds, and renders Input/ into Output/.
#           `make test` runs the whole test suite (what CI runs).

SWIFT      ?= swift
CONFIG     ?= release
BIN        := .build/$(CONFIG)/begeleid
# The Swift runtime and Foundation linked into the binary, so that it runs without a Swift
# toolchain (make install, make deb: packaging/install.mk). The tests' scripts use this build too.
# lld, the toolchain's linker (as in make fuzz): gold warns about mktemp in the static Foundation.
# --no-export-dynamic undoes the toolchain's -export-dynamic for static builds: 27,000 public Swift
# symbols of every module in the dynamic symbol table, which the loader looks through at each start
# (0.55 ms of `begeleid --version`'s 8 ms, 200 runs alternating; issue 18). Crash backtraces read
# the full symbol table, which stays. --disable-local-rpath: no $ORIGIN run path, where the loader
# looked for each of the nine system libraries the binary needs in nine folders beside it first,
# none of which is there (nothing is installed beside it): 0.5–0.6 ms of each start (300 runs of
# `begeleid --version` alternating, twice).
# (Not -z pack-relative-relocs: 0.26 ms of each start, but lld records no need of glibc 2.36 for it, so the
# .deb's Depends would let it onto a glibc that ignores the packed relocations.)
# -disable-concrete-type-metadata-mangled-name-accessors: the compiler reaches the metadata of a generic type
# it knows (a Dictionary of ours, a lazy map) by calling its accessor, not by the runtime reading its mangled
# name at the first use in each process (a demangling and, for each requirement, a search through the binary's
# 8,900 protocol conformances): 2.6 ms of a one-file rebuild's 44 ms at N = 1,000 (40 runs alternating); a full
# build the same (issue 18).
SWIFT_BUILD_FLAGS := -c $(CONFIG) --static-swift-stdlib -Xswiftc -use-ld=lld -Xlinker --no-export-dynamic --disable-local-rpath \
                     -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
SUDO       := $(shell [ "$$(id -u)" != 0 ] && command -v sudo)
APT_DEPS   := libcmark-gfm-dev libcmark-gfm-extensions-dev zlib1g-dev libjemalloc-dev pkg-config

.PHONY: all deps build render check test xss preview-browser preview-attack nvim-lsp editor-tools fuzz fuzz-short fuzz-build fuzz-seeds a11y mutants bench pdf-tools word-tools reference-docx clean help

all: render

help:
	@echo "make          installeer wat ontbreekt, bouw, en maak Output/ uit Input/"
	@echo "make test     alle tests (wat CI draait)"
	@echo "make fuzz     libFuzzer over lezer, controles en weergave, FUZZ_TIME seconden (standaard 600; docs/fuzzing.md); 1 minuut in make test"
	@echo "make check    controleer alleen aantekeningen, profielen en aanbod in Input/"
	@echo "make preview-browser  het live voorbeeld in headless Chromium: bijwerken zonder knipperen of verspringen (ook in make test)"
	@echo "make nvim-lsp Neovim (headless) gebruikt begeleid lsp en krijgt dezelfde meldingen als check (ook in make test)"
	@echo "make a11y     toegankelijkheid: axe-core en de Nu-checker over alle pagina's"
	@echo "make xss      121 XSS-payloads in elke tekstplek, gecontroleerd in headless Chromium (ook in make test)"
	@echo "make mutants  ~45 kleine fouten in de bronnen, elk tegen zijn tests (~1 uur; MUTANTS=\"a b\" voor een deel; docs/testing.md)"
	@echo "make preview-attack  een pagina van een andere site valt het live voorbeeld aan, in headless Chromium (ook in make test)"
	@echo "make bench    meet bouwtijden naast cmark-gfm, Hugo en pandoc (N = 100, 1.000, 10.000) en schrijft docs/performance.md"
	@echo "make install  installeer begeleid, man-pagina's en aanvullingen voor bash, zsh, fish (PREFIX=/usr/local, DESTDIR=)"
	@echo "make uninstall  verwijder wat make install installeerde"
	@echo "make deb      een Debian-pakket .build/begeleid_<versie>_amd64.deb"
	@echo "make install-test  make install en make deb, getest (ook in make test)"
	@echo "make clean    verwijder de build en de gemaakte uitvoer"

## deps: cmark-gfm, zlib and jemalloc (the binary's allocator) from Debian when pkg-config cannot find them.
deps:
	@if ! pkg-config --exists libcmark-gfm zlib jemalloc 2>/dev/null || [ ! -f /usr/include/cmark-gfm-core-extensions.h ]; then \
	  echo "libcmark-gfm, zlib of jemalloc ontbreekt / is missing: installing $(APT_DEPS) with apt-get"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(APT_DEPS); \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "swift is niet gevonden / not found: install Swift 6 (https://swift.org)"; exit 2; }

build: deps commit
	$(SWIFT) build $(SWIFT_BUILD_FLAGS)

## render: exit 1 when some notes have errors (the valid ones are still built).
render: build
	$(BIN) build --input Input --output Output --templates Templates

check: build
	$(BIN) check Input

## test: also what the tests read outputs with: the converters for PDF and Word
## (WeasyPrint, pandoc), pdftotext, and the Python helpers jsonschema and python-docx.
test: deps pdf-tools word-tools editor-tools
	@python3 -c 'import jsonschema, docx, openpyxl' 2>/dev/null || { echo "jsonschema/python-docx ontbreekt / is missing: pip install"; \
	  python3 -m pip install -q jsonschema python-docx openpyxl || python3 -m pip install -q --break-system-packages jsonschema python-docx openpyxl; }
	$(SWIFT) test
	$(MAKE) xss
	$(MAKE) preview-browser
	$(MAKE) preview-attack
	$(MAKE) nvim-lsp
	$(MAKE) incremental-diff
	$(MAKE) fuzz-short
	$(MAKE) install-test

include packaging/install.mk

## xss: 121 payloads in every text position of a session and of two profiles, every
## HTML and SVG output parsed and loaded in headless Chromium (installs it): no
## executable construct, no dialog. Uses the release build.
## First its --self-test (raw payloads planted into copies of clean pages must be caught).
xss: build
	python3 scripts/xss.py --self-test
	python3 scripts/xss.py --templates Templates

## preview-browser: the live preview in headless Chromium at 1024 px: typing above what the
## room reads updates the page in place (no reload, no flash), the element at the top stays
## put, also across the findings page and back (installs Chromium and selenium).
preview-browser: build
	python3 scripts/preview_browser.py

## preview-attack: `begeleid watch` attacked by a page of another origin in headless Chromium (four
## 400 KB URLs, reading data, a WebSocket, DNS rebinding): nothing read, and afterwards it still
## answers, rebuilds and stops on Ctrl-C within a second (issue 14). Uses the release build.
## `python3 scripts/preview_attack.py --measure` prints the raw timings of docs/hardening.md.
preview-attack: build
	python3 scripts/preview_attack.py

## nvim-lsp: Neovim headless (Debian 12: 0.7.2) opens a session with mistakes through `begeleid lsp`
## and writes the diagnostics it holds; they must equal `check --format json` (scripts/nvim_lsp.py,
## scripts/nvim-lsp.lua; a 60 s timeout). Uses the release build.
nvim-lsp: build editor-tools
	BEGELEID_BIN=$(BIN) python3 scripts/nvim_lsp.py

## incremental-diff: 60 random edits of the kinds a co-moderator makes (scripts/incremental_diff.py), each
## followed by an incremental build and, from the same folder without what the last build kept, a full one:
## the same files, exit codes and findings (issue 18); then 60 more with the rebuilds of one `begeleid watch`
## instead (the same files). Uses the release build. More: STEPS=… SEED=….
STEPS ?= 60
SEED  ?= 1
incremental-diff: build
	python3 scripts/incremental_diff.py $(BIN) --steps $(STEPS) --seed $(SEED)
	python3 scripts/incremental_diff.py $(BIN) --steps $(STEPS) --seed $(SEED) --watch

## fuzz: libFuzzer (with AddressSanitizer) over the readers, checks and renderers for
## FUZZ_TIME seconds, from the fixtures and Tests/Corpus/fuzz-regressions/; what it
## finds goes to .build-fuzz/crashes/ (docs/fuzzing.md). fuzz-short: one minute (in make test).
FUZZ_TIME  ?= 600
FUZZ_DIR   := .build-fuzz
FUZZ_BIN   := $(FUZZ_DIR)/release/begeleid-fuzz
FUZZ_FLAGS := -Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library \
              -Xswiftc -use-ld=lld -Xcc -fsanitize=fuzzer-no-link,address
FUZZ_ARGS  := -max_total_time=$(FUZZ_TIME) -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
              -dict=Tests/Corpus/fuzz.dict -artifact_prefix=$(FUZZ_DIR)/crashes/ -print_final_stats=1

fuzz: fuzz-build fuzz-seeds
	@mkdir -p $(FUZZ_DIR)/crashes
	@echo "fuzz: $(FUZZ_TIME) s, corpus $(FUZZ_DIR)/corpus, crashes to $(FUZZ_DIR)/crashes/"
	@{ SWIFT_BACKTRACE=enable=no $(FUZZ_BIN) $(FUZZ_ARGS) $(FUZZ_DIR)/corpus Tests/Corpus/fuzz-regressions; \
	   echo $$? > $(FUZZ_DIR)/status; } 2>&1 | tee $(FUZZ_DIR)/fuzz.log
	@status=$$(cat $(FUZZ_DIR)/status); \
	 runs=$$(sed -n 's/^stat::number_of_executed_units: *//p' $(FUZZ_DIR)/fuzz.log); \
	 speed=$$(sed -n 's/^stat::average_exec_per_sec: *//p' $(FUZZ_DIR)/fuzz.log); \
	 cov=$$(grep -o 'cov: [0-9]*' $(FUZZ_DIR)/fuzz.log | tail -1); \
	 echo "fuzz: $$runs executions, $$speed/s, $$cov, corpus $$(ls $(FUZZ_DIR)/corpus | wc -l) files, exit $$status"; \
	 if [ "$$status" != 0 ]; then echo "fuzz: found a crash, hang or leak: $(FUZZ_DIR)/crashes/ (see docs/fuzzing.md)"; exit 1; fi

fuzz-short:
	$(MAKE) fuzz FUZZ_TIME=60

## fuzz-build: the libFuzzer binary, in its own build folder (the ordinary build stays as it is).
fuzz-build: deps
	$(SWIFT) build -c release --product begeleid-fuzz --scratch-path $(FUZZ_DIR) $(FUZZ_FLAGS)

## fuzz-seeds: the fixtures, each behind the byte that picks its reader ('0' session,
## '4' template, '5' profile, '6' offer, '7' synonyms: FuzzOneInput).
fuzz-seeds:
	@mkdir -p $(FUZZ_DIR)/corpus
	@for f in Input/sessies/*.md Tests/BegeleidTests/Fixtures/*/*.md; do \
	  { printf 0; cat "$$f"; } > "$(FUZZ_DIR)/corpus/seed-$$(basename "$$(dirname "$$f")")-$$(basename "$$f" .md)"; done
	@for f in Input/organisaties/*.yaml; do { printf 5; cat "$$f"; } > "$(FUZZ_DIR)/corpus/seed-profile-$$(basename "$$f" .yaml)"; done
	@{ printf 6; cat Input/aanbod.yaml; } > $(FUZZ_DIR)/corpus/seed-offer
	@{ printf 7; cat Input/waarden.yaml; } > $(FUZZ_DIR)/corpus/seed-synonyms
	@for f in Templates/*.mustache; do { printf 4; cat "$$f"; } > "$(FUZZ_DIR)/corpus/seed-template-$$(basename "$$f" .mustache)"; done

## a11y: axe-core in headless Chromium and the Nu HTML checker over every page of a full build (installs them).
## First its --self-test (violations planted into a copy of a clean report must be caught).
a11y: deps
	python3 scripts/a11y.py --self-test
	python3 scripts/a11y.py

## mutants: small mutations of the sources (scripts/mutants.toml), each built in a scratch copy
## (.build-mutants/) and run against its tests; reports the survivors (docs/testing.md). About an
## hour on two cores; not part of make test or CI. A subset: make mutants MUTANTS="name1 name2".
mutants: deps
	python3 scripts/mutants.py $(MUTANTS)

## pdf-tools, word-tools: the converters behind --pdf and --docx.
pdf-tools:
	@command -v weasyprint >/dev/null && command -v pdftotext >/dev/null || { echo "weasyprint/pdftotext ontbreekt / is missing: apt-get install"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq weasyprint poppler-utils; }

editor-tools:
	@command -v nvim >/dev/null || { echo "neovim ontbreekt / is missing: apt-get install"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq neovim; }

word-tools:
	@command -v pandoc >/dev/null && command -v rsvg-convert >/dev/null || { echo "pandoc/rsvg-convert ontbreekt / is missing: apt-get install"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq pandoc librsvg2-bin; }

## bench: full build, check and one-file rebuild of generated corpora (scripts/corpus.py, N = 100, 1,000, 10,000)
## next to cmark-gfm, Hugo and pandoc, plus the live preview; writes docs/performance.md (not part of make test).
## Options via BENCH_ARGS, e.g. make bench BENCH_ARGS="--sizes 100,1000 --no-write".
bench: deps
	python3 scripts/bench.py $(BENCH_ARGS)

## reference-docx: rewrite Templates/referentie.docx (house style as Word styles) from pandoc's default.
reference-docx: word-tools
	python3 scripts/make-reference-docx.py

clean:
	rm -rf .build-fuzz .build-mutants
	rm -rf .build Output/index.html Output/overzicht.html Output/sessies Output/voorstellen Output/data Openbaar
