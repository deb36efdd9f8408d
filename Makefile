# jobjournal: build, try, test and install.
#
#   make demo      install what is missing, build, and run the report on journal-example/
#   make test      install what is missing and run the test suite
#   make deps      install what building needs (Debian packages)
#   make test-deps install what the tests need too (Debian and Python packages)
#   make bench     compare jobjournal with cmark on generated journals (docs/performance.md)
#   make screenshot  redraw docs/report.png from the HTML report (needs chromium)
#   make install   install the binary, its man page and shell completions (PREFIX=/usr/local)
#   make man       regenerate docs/jobjournal.1 from the commands' help
#   make fuzz      fuzz the per-file pipeline, then the language server's framing and
#                  requests, for FUZZ_SECONDS each (default 60); new inputs
#                  go to fuzz-out/corpus, crashes to fuzz-out/crashes (docs/reliability.md)

PREFIX    ?= /usr/local
SWIFT     ?= swift
DEMO_DAY  ?= 2026-11-26
RELEASE    = .build/release/jobjournal
FUZZER     = .build/fuzz/jobjournal-fuzz
LSP_FUZZER = .build/fuzz/jobjournal-lsp-fuzz
FUZZ_SECONDS ?= 60
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian packages: to build (zlib for ZIPFoundation, which reads LinkedIn's export), and what the tests use as real readers of the output: vim reads
# check's output, chromium renders the HTML report (poppler-utils reads its PDF back as text,
# fonts-dejavu-core gives it glyphs), cmark-gfm renders the Markdown report as GitHub does;
# Emacs reads check's output too, git runs the pre-commit hook of init --git and applies
# --dry-run diffs, bash, zsh and fish load the completions; GNU time measures peak memory;
# jq runs the README's example; PyYAML reads back what set writes; Neovim's built-in client
# and Emacs's Eglot (elpa-eglot, for Emacs 28) run sessions with the language server; mandoc
# lints the man page and man-db shows it at 80 columns.
BUILD_PACKAGES = libcmark-dev libyaml-dev libjemalloc-dev zlib1g-dev libgmime-3.0-dev libunistring-dev pkg-config
TEST_PACKAGES  = vim chromium fonts-dejavu-core poppler-utils cmark-gfm cmark hyperfine emacs-nox git zsh fish time jq python3-yaml neovim elpa-eglot mandoc man-db
# The benchmark times jobjournal against the cmark command with hyperfine.
BENCH_PACKAGES = cmark hyperfine
# Python packages the tests read output with: icalendar parses the calendar feed, jsonschema
# validates the JSON report against docs/report.schema.json, pytest-lsp drives the language
# server as an editor would (Tests/LSP). Each is imported by its name with - as _.
PYTHON          ?= python3
PYTHON_PACKAGES  = icalendar jsonschema pytest-lsp

SHARE      = $(DESTDIR)$(PREFIX)/share

.PHONY: all build demo screenshot test test-deps deps bench bench-deps install uninstall clean man fuzz fuzz-build

all: build

# Installs the Debian packages named after it that are missing: $(call apt-install,PACKAGES)
apt-install = missing=""; \
	for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

deps:
	@$(call apt-install,$(BUILD_PACKAGES))

# Python packages are installed with pip only when they cannot be imported.
test-deps: deps
	@$(call apt-install,$(TEST_PACKAGES))
	@missing=""; \
	for p in $(PYTHON_PACKAGES); do \
	  $(PYTHON) -c "import $$(echo $$p | tr - _)" 2>/dev/null || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing with pip:$$missing"; \
	  $(PYTHON) -m pip install --quiet --disable-pip-version-check $$missing; \
	fi

# One static executable: it starts in half the time of one linked to the C libraries at
# run time (docs/performance.md), and runs on any Linux of the same architecture.
#
# Linking it, glibc's static libc warns of each function that would need its shared
# libraries at run time ("Using 'getpwuid_r' in statically linked applications requires
# ...", also dlopen, getpwnam_r, getgrgid_r, getgrnam_r, and "the use of `mktemp' is
# dangerous"). They come from the Swift runtime's and Foundation's static archives, not from
# jobjournal's code, and nothing here can act on them. No linker option silences these and
# not others (ld's -w hides errors too), so exactly those lines, naming an archive of the
# toolchain's swift_static folder or of GLib and GMime (which mail links), are dropped, with
# two notes SwiftPM makes about packages, not about jobjournal: GMime's pkg-config flags it
# leaves out, and ZIPFoundation's privacy manifest for Apple's platforms. Every other line
# (a compiler warning, an error) and the exit status pass through.
STATIC_LINK_NOTES = '^[^ ]*/(swift_static/[^ ]*|lib(glib|gobject|gmime)-[0-9.]+)\.a\(.*: warning: (Using .[a-z_0-9]+. in statically linked applications requires at runtime the shared libraries from the glibc version used for linking|the use of .mktemp. is dangerous, better use .mkstemp. or .mkdtemp.)$$|^warning: prohibited flag\(s\): -D_LARGEFILE64_SOURCE, -pthread$$|^warning: .zipfoundation.: found 1 file\(s\) which are unhandled; explicitly declare them as resources or exclude from the target$$|^ *$(CURDIR)/\.build/checkouts/ZIPFoundation/Sources/ZIPFoundation/Resources/PrivacyInfo\.xcprivacy$$'
BUILD_RELEASE = $(SWIFT) build -c release --static-swift-stdlib -Xswiftc -static-executable
# Two executables: jobjournal, and jobjournal-bridge beside it, which does the work of import,
# export, lsp and mail, the commands that need Foundation, the CSV and ZIP packages and GMime
# (docs/architecture.md). jobjournal starts it from its own folder or ../libexec/jobjournal/.
BRIDGE     = .build/release/jobjournal-bridge
LIBEXEC    = $(DESTDIR)$(PREFIX)/libexec/jobjournal

build: deps
	@for product in jobjournal jobjournal-bridge; do \
	  echo "$(BUILD_RELEASE) --product $$product"; \
	  exec 4>&1; status=$$( { { $(BUILD_RELEASE) --product $$product 2>&1; echo $$? >&3; } | grep -v -E $(STATIC_LINK_NOTES) >&4; } 3>&1 ); \
	  [ "$$status" = 0 ] || exit $$status; \
	done

demo: build
	@echo "== jobjournal check journal-example"
	@$(RELEASE) check --dir journal-example
	@echo
	@echo "== jobjournal report --today $(DEMO_DAY)"
	@$(RELEASE) report --dir journal-example --today $(DEMO_DAY)

# docs/report.png, the README's picture of the HTML report, from headless Chromium.
screenshot: build
	@tmp=$$(mktemp -d); \
	$(RELEASE) report --dir journal-example --today $(DEMO_DAY) -o $$tmp/report.html && \
	timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir=$$tmp/profile \
	  --window-size=1000,1000 --screenshot=$(CURDIR)/docs/report.png file://$$tmp/report.html 2>/dev/null; \
	status=$$?; rm -rf $$tmp; exit $$status

test: test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

fuzz-build: deps
	Fuzz/build $(FUZZER)

# One worker: the machines have two cores shared with others. Inputs over 64 KiB add little.
# Swift's own backtracer is off: libFuzzer and ASan report crashes themselves.
fuzz: fuzz-build
	mkdir -p fuzz-out/corpus fuzz-out/crashes
	SWIFT_BACKTRACE=enable=no $(FUZZER) fuzz-out/corpus Fuzz/corpus -dict=Fuzz/yaml-markdown.dict \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	  -artifact_prefix=fuzz-out/crashes/ -print_final_stats=1
	mkdir -p fuzz-out/lsp-corpus
	SWIFT_BACKTRACE=enable=no $(LSP_FUZZER) fuzz-out/lsp-corpus Fuzz/corpus-lsp \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	  -artifact_prefix=fuzz-out/crashes/lsp- -print_final_stats=1

bench-deps: deps
	@$(call apt-install,$(BENCH_PACKAGES))

bench: bench-deps build
	scripts/bench.sh

install: build
	install -d $(DESTDIR)$(PREFIX)/bin $(LIBEXEC) $(SHARE)/man/man1 $(SHARE)/bash-completion/completions \
	  $(SHARE)/zsh/site-functions $(SHARE)/fish/vendor_completions.d
	# Stripped (-s): the debug information is most of the build's size and no use installed.
	install -s -m 755 $(RELEASE) $(DESTDIR)$(PREFIX)/bin/jobjournal
	install -s -m 755 $(BRIDGE) $(LIBEXEC)/jobjournal-bridge
	$(RELEASE) manual > $(SHARE)/man/man1/jobjournal.1
	$(RELEASE) --generate-completion-script bash > $(SHARE)/bash-completion/completions/jobjournal
	$(RELEASE) --generate-completion-script zsh > $(SHARE)/zsh/site-functions/_jobjournal
	$(RELEASE) --generate-completion-script fish > $(SHARE)/fish/vendor_completions.d/jobjournal.fish

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/jobjournal $(LIBEXEC)/jobjournal-bridge $(SHARE)/man/man1/jobjournal.1 \
	  $(SHARE)/bash-completion/completions/jobjournal $(SHARE)/zsh/site-functions/_jobjournal \
	  $(SHARE)/fish/vendor_completions.d/jobjournal.fish

# The man page is the commands' help; a test fails when docs/jobjournal.1 falls behind.
man: build
	$(RELEASE) manual > docs/jobjournal.1

clean:
	rm -rf .build
