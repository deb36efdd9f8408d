# jobjournal: build, try, test and install.
#
#   make demo      install what is missing, build, and run the report on journal-example/
#   make test      install what is missing and run the test suite
#   make install   install the binary (PREFIX=/usr/local)
#   make fuzz      fuzz the per-file pipeline for FUZZ_SECONDS (default 60); new inputs
#                  go to fuzz-out/corpus, crashes to fuzz-out/crashes

PREFIX    ?= /usr/local
SWIFT     ?= swift
DEMO_DAY  ?= 2026-11-26
RELEASE    = .build/release/jobjournal
FUZZER     = .build/fuzz/jobjournal-fuzz
FUZZ_SECONDS ?= 60
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian packages: to build, and what the tests use as real parts (vim reads check's output,
# GNU time measures peak memory).
BUILD_PACKAGES = libcmark-dev libyaml-dev libmimalloc-dev pkg-config
TEST_PACKAGES  = vim time

.PHONY: all build demo test deps install uninstall clean fuzz fuzz-build

all: build

deps:
	@missing=""; \
	for p in $(BUILD_PACKAGES) $(TEST_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build -c release --static-swift-stdlib --product jobjournal

demo: build
	@echo "== jobjournal check journal-example"
	@$(RELEASE) check --dir journal-example
	@echo
	@echo "== jobjournal due --today $(DEMO_DAY)"
	@$(RELEASE) due --dir journal-example --today $(DEMO_DAY)

test: deps
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

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(RELEASE) $(DESTDIR)$(PREFIX)/bin/jobjournal

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/jobjournal

clean:
	rm -rf .build
