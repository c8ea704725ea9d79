# Confidant: build, test, demo, install, benchmarks. `make demo` and `make test` work on a fresh
# Debian machine with Swift installed: they install libsodium-dev, libstemmer-dev, libkeyutils-dev
# (the kernel keyring, for `unlock`), keyutils (`keyctl`, which the tests use) and pkg-config when
# missing; `make test` also git, for the test of the git merge driver, and chromium, chromium-driver
# and PyPI's selenium and axe-selenium-python, for the tests of the page in a real browser.

SWIFT ?= swift
PREFIX ?= /usr/local
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Release builds link the Swift runtime statically: the binary needs no toolchain libraries,
# and a command starts in 4.7 ms instead of 7 (docs/PERFORMANCE.md).
RELEASE := $(SWIFT) build -c release --static-swift-stdlib
BIN = $$($(RELEASE) --show-bin-path)

.PHONY: build release test demo web-demo install bench deps vectors clean crashloop asan fuzz no-plaintext no-residue deb lint format web-screenshots

build: deps
	$(SWIFT) build

release: deps
	$(RELEASE) --product confidant

# The system packages the build needs, installed only when missing.
deps:
	@dpkg -s libsodium-dev libstemmer-dev libkeyutils-dev keyutils pkg-config >/dev/null 2>&1 || { \
		echo "Installing libsodium-dev, libstemmer-dev, libkeyutils-dev, keyutils and pkg-config..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libsodium-dev libstemmer-dev libkeyutils-dev keyutils pkg-config; }

test: deps
	@command -v git >/dev/null || { echo "Installing git (the test of the git merge driver uses it)..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq git; }
	@command -v chromium >/dev/null && [ -x /usr/bin/chromedriver ] || { echo "Installing chromium and chromium-driver (the browser tests drive them)..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium chromium-driver; }
	@python3 -c 'import selenium, axe_selenium_python' 2>/dev/null || { echo "Installing selenium and axe-selenium-python from PyPI (the browser tests)..."; \
		python3 -m pip install -q selenium axe-selenium-python; }
	$(SWIFT) test
	python3 Tests/Web/test_web.py "$$($(SWIFT) build --show-bin-path)/confidant"
	python3 Tests/Web/test_browser.py "$$($(SWIFT) build --show-bin-path)/confidant"
	@$(MAKE) --no-print-directory vectors

# docs/FORMAT.md's test vector, reproduced by an independent Python implementation.
vectors:
	@if python3 -c 'import argon2, nacl' 2>/dev/null; then \
		python3 Tests/Vectors/vault_v1.py --check docs/FORMAT.md; \
	else \
		echo "skipped: FORMAT.md cross-check needs PyPI argon2-cffi and pynacl (pip install argon2-cffi pynacl)"; \
	fi

demo: release
	@Scripts/demo.sh "$(BIN)/confidant"

# The same demo vault as the page in your browser (`confidant web`), until Lock or Ctrl-C.
web-demo: release
	@Scripts/demo.sh "$(BIN)/confidant" --web

# The binary, bash/zsh/fish completions and a man page generated from the command definitions.
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
		$(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
		$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -s -m 0755 "$(BIN)/confidant" $(DESTDIR)$(PREFIX)/bin/confidant
	"$(BIN)/confidant" --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/confidant
	"$(BIN)/confidant" --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_confidant
	"$(BIN)/confidant" --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/confidant.fish
	$(SWIFT) package generate-manual
	install -m 0644 .build/plugins/GenerateManual/outputs/ConfidantCLI/confidant.1 $(DESTDIR)$(PREFIX)/share/man/man1/confidant.1

# A Debian package of the release build (Scripts/deb.sh): confidant_VERSION_amd64.deb.
deb: release
	@command -v dpkg-shlibdeps >/dev/null || $(SUDO) apt-get install -y -qq dpkg-dev
	Scripts/deb.sh

# docs/web/*.png, the pages in light and dark, made by the browser tests.
web-screenshots: build
	python3 Tests/Web/test_browser.py "$$($(SWIFT) build --show-bin-path)/confidant" docs/web

# SIGKILLs at random moments of add, edit, agree, passwd, restore, import and merge (ROUNDS of them),
# checking after each that the vault opens and holds every acknowledged change.
ROUNDS ?= 1000
# The toolchain's `swift format`, configured in .swift-format; the generated name data is left as
# its generator writes it.
SWIFT_SOURCES = find Sources Tests Benchmarks Fuzz -name '*.swift' -not -path '*/DraftCheck/Data/*' -print0
lint:
	$(SWIFT_SOURCES) | xargs -0 $(SWIFT) format lint --strict --configuration .swift-format
	$(SWIFT) format lint --strict --configuration .swift-format Package.swift

format:
	$(SWIFT_SOURCES) | xargs -0 $(SWIFT) format format --in-place --configuration .swift-format
	$(SWIFT) format format --in-place --configuration .swift-format Package.swift

crashloop: release
	python3 Scripts/crashloop.py "$(BIN)/confidant" $(ROUNDS)

# The whole test suite, and the page over real HTTP, under AddressSanitizer (leak detection off: the Swift runtime keeps
# metadata for the life of the process by design).
asan: deps
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --sanitize=address --build-path .build-asan
	ASAN_OPTIONS=detect_leaks=0 python3 Tests/Web/test_web.py "$$($(SWIFT) build --sanitize=address --build-path .build-asan --show-bin-path)/confidant"

# A scripted session with a marker in every field, then a search of every file it could have touched.
no-plaintext: release
	Scripts/no-plaintext.sh "$(BIN)/confidant"

# No serialised copy of the vault document left in the memory of add, terms add, export and
# import --dry-run at exit, on a 2,000-supporter vault (gdb reads the process at exit_group).
no-residue: deps
	$(RELEASE) --product confidant
	$(RELEASE) --product confidant-bench-fixture
	python3 Scripts/no-residue.py "$(BIN)/confidant" "$(BIN)/confidant-bench-fixture" 2000

# libFuzzer targets (Fuzz/) for the vault parser and opener, the age reader and armor, the export
# and document decoders, and the draft scanner; FUZZ_SECONDS each (default 60).
fuzz: deps
	Scripts/fuzz.sh

# Every benchmark in Benchmarks/ (or ONLY=NAME), release builds, with the tables rewritten in docs/PERFORMANCE.md.
bench: deps
	python3 Scripts/update-performance.py $(ONLY)

clean:
	rm -rf .build .build-*
