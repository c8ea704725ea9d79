# Confidant: build, test, demo, benchmarks. `make demo` and `make test` work on a fresh Debian
# machine with Swift installed: they install libsodium-dev and pkg-config when missing.

SWIFT ?= swift
PREFIX ?= /usr/local
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: build release test demo bench deps vectors clean

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The system packages the build needs, installed only when missing.
deps:
	@dpkg -s libsodium-dev pkg-config >/dev/null 2>&1 || { \
		echo "Installing libsodium-dev and pkg-config..."; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libsodium-dev pkg-config; }

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test
	@$(MAKE) --no-print-directory vectors

# docs/FORMAT.md's test vector, reproduced by an independent Python implementation.
vectors:
	@if python3 -c 'import argon2, nacl' 2>/dev/null; then \
		python3 Tests/Vectors/vault_v1.py --check docs/FORMAT.md; \
	else \
		echo "skipped: FORMAT.md cross-check needs PyPI argon2-cffi and pynacl (pip install argon2-cffi pynacl)"; \
	fi

demo: deps
	$(SWIFT) build -c release --product confidant
	@Scripts/demo.sh "$$($(SWIFT) build -c release --show-bin-path)/confidant"

bench: deps
	@Benchmarks/foundation.sh

clean:
	rm -rf .build .build-*
