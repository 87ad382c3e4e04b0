# report-charts: `make serve` builds and serves the page, `make test` runs every test.
# Each installs what it needs first and skips what is already there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
TARGET := wasm32-unknown-unknown
# The report to build, check or serve: data/$(REPORT).json beside data/$(REPORT).txt.
REPORT ?= xihu-2024
DATA := data/$(REPORT).json
PORT ?= 8000
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := chromium chromium-driver fonts-noto-cjk binaryen curl ca-certificates gcc libc6-dev
# The wasm-bindgen CLI must match the library in Cargo.lock exactly.
WASM_BINDGEN_VERSION = $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/"/, "", $$3); print $$3}' Cargo.lock)
# Debian's wasm-opt 108: name the features Rust emits; never -all. --converge repeats the
# passes while the wasm still shrinks (the reader's: 78 B less after gzip).
WASM_OPT_FLAGS := -Oz --converge --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
	--enable-mutable-globals --enable-reference-types --enable-multivalue
# The reader's (and the register's) wasm, which every story page loads: then twice more
# flattened, its control flow rebuilt (--rereloop) and shrunk again (335 B less after gzip
# on 2026-12-06; a third round gave nothing more). Not the editor's, too big for it to pay.
READER_OPT_FLAGS := $(WASM_OPT_FLAGS) --flatten --rereloop -Oz --flatten --rereloop -Oz
# No name or producers section in what readers download: nothing reads them there.
BINDGEN_FLAGS := --remove-name-section --remove-producers-section
# The reader's glue: TextEncoder.encodeInto without its fallback (every browser that runs
# the page has it), and no default path of the wasm (chart-load.js always names it): 58 B
# less of our JS after gzip.
READER_BINDGEN_FLAGS := $(BINDGEN_FLAGS) --encode-into always --omit-default-module-path
NATIVE := target/debug/report-charts
# Where the site will be served (https://…/): the pages' og:image, og:url, twitter:image
# and canonical links are absolute only when it is set (`make build SITE_URL=…`).
SITE_URL ?=
export SITE_URL

.PHONY: fuzz serve serve-site test build setup deps-apt deps-toolchain deps-rust deps-node check-data schema lint \
	test-native test-wasm test-page snapshots screenshots clean score

serve: build
	python3 tests/serve.py dist $(PORT)

# The site of every report (`make site`), served as it is: `make serve` would build the
# one report REPORT into dist/ in its place.
serve-site: site
	python3 tests/serve.py dist $(PORT)

test: check-data lint test-native test-wasm test-page test-size

# --- set-up -------------------------------------------------------------------------

setup: deps-apt deps-rust deps-node

deps-apt:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	command -v node >/dev/null || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) apt-get update -qq; \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

# Rust itself, through rustup (stable, with clippy and rustfmt), where it is not there: a
# fresh Debian machine has none, and Debian's own cargo has no wasm32 target to add.
deps-toolchain: deps-apt
	@command -v rustup >/dev/null || { echo "installing Rust (rustup, stable)"; \
		curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs \
		| sh -s -- -y --no-modify-path --profile minimal --default-toolchain stable -c clippy -c rustfmt; }
	@have="$$(rustup component list --installed)"; \
	for c in clippy rustfmt; do grep -q "^$$c" <<< "$$have" || rustup component add $$c; done

deps-rust: deps-toolchain Cargo.lock
	@rustup target list --installed | grep -qx $(TARGET) || rustup target add $(TARGET)
	@want="wasm-bindgen $(WASM_BINDGEN_VERSION)"; have="$$(wasm-bindgen --version 2>/dev/null || true)"; \
	if [ "$$have" != "$$want" ]; then \
		echo "installing $$want (have: $${have:-none})"; \
		cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force; \
	fi

Cargo.lock: Cargo.toml | deps-toolchain
	cargo generate-lockfile
	@touch $@

deps-node: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# --- build --------------------------------------------------------------------------

$(NATIVE): $(shell find src -name '*.rs') $(wildcard data/fonts/*.otf) Cargo.toml Cargo.lock | deps-toolchain
	cargo build --quiet --bin report-charts

check-data: $(NATIVE)
	$(NATIVE) check $(DATA)

# The report's text becomes a first data file, never over an existing one (data/README.md,
# "The draft"): make draft REPORT=new reads data/new.txt and writes data/new.json.
.PHONY: draft
draft: $(NATIVE)
	$(NATIVE) draft data/$(REPORT).txt

schema: $(NATIVE)
	@mkdir -p dist
	$(NATIVE) schema dist/report.schema.json

# The reader's wasm (lay out, draw, hit-test) for the story page and the embeds; the
# register's (the reader with the indicators' chart kinds, feature `register`) for the
# indicators' pages only; the editor's (the whole pipeline, feature `editor`) beside it
# for the editor only, and the publisher's (the site build, feature `publisher`), which
# the editor loads for 发布.
WASM_OUT := target/$(TARGET)/release/report_charts.wasm
# What every report's site is built with: the wasm, the bundled scripts, the stylesheet,
# the icon, the editor, the schema. `report-charts site` reads them from here.
ASSETS := target/site-assets

# $(call wasm,NAME,CARGO_FLAGS[,OPT_FLAGS]): builds, shrinks (with WASM_OPT_FLAGS unless
# OPT_FLAGS are given) and binds one wasm into $(ASSETS)/pkg/.
define wasm
	cargo build --release --lib --target $(TARGET) $(2)
	wasm-opt $(or $(3),$(WASM_OPT_FLAGS)) $(WASM_OUT) -o target/opt/$(1).wasm
	wasm-bindgen --target web --no-typescript $(BINDGEN_FLAGS) --out-dir target/www/pkg target/opt/$(1).wasm
	mv target/www/pkg/$(1)_bg.wasm $(ASSETS)/pkg/
endef

# The assets are rebuilt only when what they are made of changed (the sources, the
# scripts and templates of www/, the glossaries compiled into the editor, the lock files):
# a second `make site` or `make build` goes straight to the site command.
ASSET_SOURCES := $(shell find src www scripts data/glossary -type f) Cargo.toml Cargo.lock package-lock.json

.PHONY: assets site
assets: deps-apt deps-rust deps-node $(ASSETS).built

$(ASSETS).built: $(ASSET_SOURCES) $(NATIVE)
	rm -rf $(ASSETS) target/www target/opt/register
	@mkdir -p target/opt target/www/pkg $(ASSETS)/pkg $(ASSETS)/demo
	$(call wasm,report_charts_editor,--features editor)
	$(call wasm,report_charts_publish,--features publisher)
	# The drafter's is shrunk as the reader's (READER_OPT_FLAGS): 2,038 B less after gzip
	# (make test-size) on 2026-12-06, when it took over naming pasted reports (and the
	# pinyin tables) from the editor's wasm; its wasm-opt takes some four times as long
	# (268 s against 70 s, on a loaded 2-core machine).
	$(call wasm,report_charts_draft,--features drafter,$(READER_OPT_FLAGS))
	# The indicators' pages run the register's wasm through the reader's glue, which app.js,
	# frame.js and embed.js bundle: it is bound under the reader's name (its imports name
	# that glue's module), then renamed, and its glue must be the reader's.
	cargo build --release --lib --target $(TARGET) --features register
	@mkdir -p target/opt/register target/www/register
	wasm-opt $(READER_OPT_FLAGS) $(WASM_OUT) -o target/opt/register/report_charts.wasm
	wasm-bindgen --target web --no-typescript $(READER_BINDGEN_FLAGS) --out-dir target/www/register target/opt/register/report_charts.wasm
	node scripts/short-imports.js target/www/register/report_charts_bg.wasm target/www/register/report_charts.js
	mv target/www/register/report_charts_bg.wasm $(ASSETS)/pkg/report_charts_register_bg.wasm
	# The reader's: its imports' hashed names made short in the wasm and its glue alike
	# (scripts/short-imports.js), as the register's above, so that the two share one glue.
	cargo build --release --lib --target $(TARGET)
	wasm-opt $(READER_OPT_FLAGS) $(WASM_OUT) -o target/opt/report_charts.wasm
	wasm-bindgen --target web --no-typescript $(READER_BINDGEN_FLAGS) --out-dir target/www/pkg target/opt/report_charts.wasm
	node scripts/short-imports.js target/www/pkg/report_charts_bg.wasm target/www/pkg/report_charts.js
	mv target/www/pkg/report_charts_bg.wasm $(ASSETS)/pkg/
	cmp -s target/www/register/report_charts.js target/www/pkg/report_charts.js \
		|| { echo "the register's wasm needs other glue than the reader's (target/www/)"; exit 1; }
	# One minified module per page kind, the wasm's glue inside: a single request each. The
	# editor's module bundles the editor's glue; the others the reader's. The story page's
	# disclosure tools and its charts' tooltip layer (tip-layer.js) are a module of their
	# own, which app.js imports when first used.
	cp www/app.js www/story-tools.js www/charts.js www/chart-*.js www/tip-layer.js www/records.js www/hold.js www/frame.js www/embed.js www/editor.js www/editor-*.js target/www/
	npx esbuild target/www/app.js target/www/story-tools.js target/www/frame.js target/www/embed.js target/www/editor.js target/www/editor-worker.js --bundle --minify \
		--external:./story-tools.js --format=esm --target=es2020 --log-level=warning --outdir=$(ASSETS)
	npx esbuild www/style.css --minify --log-level=warning --outfile=$(ASSETS)/style.css
	cp www/favicon.svg www/editor.html www/editor.css $(ASSETS)/
	cp www/demo/demo.css $(ASSETS)/demo/
	$(NATIVE) schema $(ASSETS)/report.schema.json
	@touch $@

# The whole dist/ of one report, in one process (src/publish/site/): pages, embeds, charts
# files, fallbacks, downloads, cards, article images, long image, covers, the one-file
# edition, content hashes.
build: assets check-data
	rm -rf dist
	$(NATIVE) site --assets $(ASSETS) $(DATA) dist
	@node tests/bench/size.js dist --wasm

# A site of every report of a folder (README, "A site of many reports"): `make site`
# builds data/, `make site DATA=DIR` any folder. A report with only its text is drafted
# in memory and marked as a draft; unchanged reports come from target/site-cache/.
SITE_DATA := $(if $(filter command line environment,$(origin DATA)),$(DATA),data)
site: assets
	rm -rf dist
	$(NATIVE) site --assets $(ASSETS) --cache target/site-cache $(SITE_DATA) dist

# The site the page tests open (tests/page/site.spec.js): data/ and the three short
# county reports of tests/site/, which share indicators, so that it has indicator pages.
SITE_TEST := target/site-test
.PHONY: site-test
site-test: assets
	rm -rf $(SITE_TEST)
	$(NATIVE) site --assets $(ASSETS) --cache target/site-cache data tests/site $(SITE_TEST)
	@# A site with one refused report (tests/site-refused/): the others built, the index
	@# saying so, and the command failing, as it must.
	! $(NATIVE) site --no-images --assets $(ASSETS) tests/site tests/site-refused $(SITE_TEST)/refused 2>/dev/null

# --- tests --------------------------------------------------------------------------

# The draft measured on real texts (README, "Score"): every CORPUS/**/SLUG.txt that has a
# truth list tests/truth/*/SLUG.json, per text and per half, held by tests/truth/ratchet.json.
# SCORE_FLAGS: --misses (the tune half's), --record (write the ratchet anew).
CORPUS ?= ../shared/corpus
SCORE_FLAGS ?=
.PHONY: score
score: $(NATIVE)
	$(NATIVE) score $(CORPUS) $(SCORE_FLAGS)

# The fresh half (tests/truth/README.md, "Halves"): the seven 2026 provincial reports that
# gzbg-2026 lacks, from the same public repository and commit, written beside the
# repository into CORPUS_MORE (never over a text of another content); needs the network
# once. Then `make score CORPUS=$(CORPUS_MORE)` scores them.
# It also writes there the State Council's reports of 2016-2025 (tune texts of another
# register, tests/truth/gwr-cn/) from a public scrape of Wikisource.
CORPUS_MORE ?= ../corpus-more
REPORTS_REPO ?= https://github.com/johncodes404/china-provincial-gov-reports-2026
NATIONAL_REPO ?= https://github.com/aldohemsn/chinese-political-corpora
.PHONY: corpus-more
corpus-more:
	test -d target/gov-reports-2026 || git clone -q $(REPORTS_REPO) target/gov-reports-2026
	python3 tests/truth/scripts/corpus_more.py target/gov-reports-2026 $(CORPUS_MORE)
	test -d target/gov-reports-national || git clone -q $(NATIONAL_REPO) target/gov-reports-national
	python3 tests/truth/scripts/corpus_national.py target/gov-reports-national $(CORPUS_MORE)

lint: deps-rust
	cargo fmt --check
	cargo clippy --quiet --all-targets -- -D warnings
	cargo clippy --quiet --lib --target $(TARGET) -- -D warnings
	cargo clippy --quiet --lib --target $(TARGET) --features editor -- -D warnings
	cargo clippy --quiet --lib --target $(TARGET) --features publisher -- -D warnings
	cargo clippy --quiet --lib --target $(TARGET) --features drafter -- -D warnings
	cargo clippy --quiet --lib --target $(TARGET) --features register -- -D warnings
	RUSTDOCFLAGS='-D warnings' cargo doc --quiet --no-deps --document-private-items

test-native:
	cargo test

test-wasm: deps-apt deps-rust
	CHROMEDRIVER=/usr/bin/chromedriver cargo test --target $(TARGET) --features editor --test browser --test draft_wasm --test editor_wasm

test-page: build site-test deps-node
	npx playwright test

# The size ratchet: the gzip bytes of the story page's first load (tests/bench/story-files.js)
# must stay within tests/bench/size-budget.json.
test-size: build
	node tests/bench/size.js

# The benchmark (README, "Benchmark"): criterion per chart kind natively, then the story
# page against Chart.js in headless Chromium. One table; all figures in dist/bench.json and
# tests/bench/latest.json. The native build leaves out the release profile's LTO (only the
# wasm needs it; it makes every rebuild take minutes), and unwinds, so that the library is
# built once: with panic=abort the bin needs a second copy of the cdylib+rlib library, whose
# file names collide with the first.
bench: build deps-node
	rm -rf target/criterion/render
	CARGO_PROFILE_RELEASE_PANIC=unwind CARGO_PROFILE_BENCH_LTO=false CARGO_PROFILE_BENCH_CODEGEN_UNITS=16 \
		cargo bench --quiet --bench render -- --warm-up-time 1 --measurement-time 2
	node tests/bench/page.js
	CORPUS=$(CORPUS) node tests/bench/editor.js
	tests/bench/site.sh $(NATIVE) $(ASSETS) $(CORPUS)/gzbg-2026

# The site of the corpus's 24 reports: first build, rebuild after one change, index size.
bench-site: assets
	tests/bench/site.sh $(NATIVE) $(ASSETS) $(CORPUS)/gzbg-2026

# The editor's main-thread time per keystroke in a figure's label (README, "Benchmark"):
# Xihu from the site, and the largest corpus report by characters (hainan.txt), pasted
# in (skipped when absent); medians of 3 runs, in dist/bench-editor.json. A bench, not a test.
bench-editor: build deps-node
	CORPUS=$(CORPUS) node tests/bench/editor.js

.PHONY: bench bench-editor bench-site test-size

# Lighthouse (mobile) as the outside judge of the story page and the English page, served
# from dist/ (README, "Benchmark"). Not part of `make test`: it installs Lighthouse from npm
# into target/lighthouse/ the first time, and its simulated timings depend on the machine.
LIGHTHOUSE_VERSION := 13.5.0
LIGHTHOUSE := target/lighthouse/node_modules/.bin/lighthouse

lighthouse: build $(LIGHTHOUSE)
	CHROME_PATH=/usr/bin/chromium node tests/bench/lighthouse.js

$(LIGHTHOUSE):
	@mkdir -p target/lighthouse
	npm install --no-audit --no-fund --no-save --prefix target/lighthouse lighthouse@$(LIGHTHOUSE_VERSION)

.PHONY: lighthouse

# The structured fuzz and property tests (the data loader, and the reader's decoder of the
# resolved charts file), far longer than in `make test`.
FUZZ_CASES ?= 5000
fuzz:
	FUZZ_CASES=$(FUZZ_CASES) cargo test --test properties --test wire -- --nocapture

# Rewrites the SVG snapshots from the current code; review `git diff` before committing.
snapshots:
	UPDATE_SNAPSHOTS=1 cargo test --test snapshots

# Screenshots of the page at 360, 768 and 1280 px in both themes, into tests/screenshots/.
screenshots: build deps-node
	SCREENSHOTS=1 npx playwright test tests/page/screenshots.spec.js

clean:
	rm -rf dist target/opt test-results playwright-report
