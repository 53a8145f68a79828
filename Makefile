# SPDX-License-Identifier: GPL-2.0
# `make`: apply the series to Linux 6.12, build, boot and show it working.
# `make check`: every test; ends with "N passed, N failed, N skipped".
# DEBUG=1 selects the debug config (KASAN, lockdep, ...) for either.

T := tools

.PHONY: all deps setup build demo check check-debug export check-apply \
	checkpatch compile-check bench bisect harness-selftest clean distclean

all: deps setup build demo

deps:
	@$(T)/install-deps

setup: deps
	@$(T)/series setup
	@$(T)/series version

build: setup
	@$(T)/build all

demo:
	@$(T)/vm-run -n demo tests/demo/demo.list
	@cat build/results/demo/kvm.log build/results/demo/vgpu.log

check: deps
	@$(T)/check

# Every VM test on the debug kernel (KASAN, lockdep, kmemleak scan at the
# end, ...); about 16 min to build and 9 min to run on 2 cores.
check-debug: deps setup
	@DEBUG=1 STAGES="build vm" $(T)/check

compile-check:
	@$(T)/compile-check

# Benchmarks (see README); the first run builds the base kernel too.
bench: deps setup build
	@$(T)/bench

export:
	@$(T)/series export

check-apply:
	@$(T)/series check-apply

checkpatch:
	@$(T)/series checkpatch

bisect:
	@$(T)/bisect-build

harness-selftest:
	@$(T)/harness-selftest

clean:
	rm -rf build/obj build/obj-debug build/results

distclean:
	rm -rf build
