# begeleid: `make` installs what is missing, builds, and renders Input/ into Output/.
#           `make test` runs the whole test suite (what CI runs).

SWIFT      ?= swift
CONFIG     ?= release
BIN        := .build/$(CONFIG)/begeleid
SUDO       := $(shell [ "$$(id -u)" != 0 ] && command -v sudo)
APT_DEPS   := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config

.PHONY: all deps build render check test a11y templates bench pdf-tools word-tools reference-docx clean help

all: render

help:
	@echo "make          installeer wat ontbreekt, bouw, en maak Output/ uit Input/"
	@echo "make test     alle tests (wat CI draait)"
	@echo "make check    controleer alleen aantekeningen, profielen en aanbod in Input/"
	@echo "make templates  werk de ingebouwde sjablonen bij na een wijziging in Templates/"
	@echo "make a11y     toegankelijkheid: axe-core en de Nu-checker over alle pagina's"
	@echo "make bench    meet bouwtijden naast cmark-gfm en schrijft docs/performance.md"
	@echo "make clean    verwijder de build en de gemaakte uitvoer"

## deps: cmark-gfm from Debian when pkg-config cannot find it.
deps:
	@if ! pkg-config --exists libcmark-gfm 2>/dev/null || [ ! -f /usr/include/cmark-gfm-core-extensions.h ]; then \
	  echo "libcmark-gfm ontbreekt / is missing: installing $(APT_DEPS) with apt-get"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq $(APT_DEPS); \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "swift is niet gevonden / not found: install Swift 6 (https://swift.org)"; exit 2; }

build: deps
	$(SWIFT) build -c $(CONFIG)

## render: exit 1 when some notes have errors (the valid ones are still built).
render: build
	$(BIN) build --input Input --output Output --templates Templates

check: build
	$(BIN) check Input

## test: also what the tests read outputs with: the converters for PDF and Word
## (WeasyPrint, pandoc), pdftotext, and the Python helpers jsonschema and python-docx.
test: deps pdf-tools word-tools
	@python3 -c 'import jsonschema, docx' 2>/dev/null || { echo "jsonschema/python-docx ontbreekt / is missing: pip install"; \
	  python3 -m pip install -q jsonschema python-docx || python3 -m pip install -q --break-system-packages jsonschema python-docx; }
	$(SWIFT) test

## a11y: axe-core in headless Chromium and the Nu HTML checker over every page of a full build (installs them).
a11y: deps
	python3 scripts/a11y.py

## pdf-tools, word-tools: the converters behind --pdf and --docx.
pdf-tools:
	@command -v weasyprint >/dev/null && command -v pdftotext >/dev/null || { echo "weasyprint/pdftotext ontbreekt / is missing: apt-get install"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq weasyprint poppler-utils; }

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

## templates: regenerate the defaults compiled into the binary from Templates/.
templates:
	python3 scripts/embed-templates.py

clean:
	rm -rf .build Output/index.html Output/overzicht.html Output/sessies Output/voorstellen Output/data Openbaar
