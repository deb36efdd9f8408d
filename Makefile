# jobjournal: build, try, test and install.
#
#   make demo      install what is missing, build, and run the report on journal-example/
#   make test      install what is missing and run the test suite
#   make install   install the binary (PREFIX=/usr/local)

PREFIX    ?= /usr/local
SWIFT     ?= swift
DEMO_DAY  ?= 2026-11-26
RELEASE    = .build/release/jobjournal
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Debian packages: to build, and what the tests use as real parts (vim reads check's output).
BUILD_PACKAGES = libcmark-dev libyaml-dev libmimalloc-dev pkg-config
TEST_PACKAGES  = vim

.PHONY: all build demo test deps install uninstall clean

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

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(RELEASE) $(DESTDIR)$(PREFIX)/bin/jobjournal

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/jobjournal

clean:
	rm -rf .build
