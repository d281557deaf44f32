#!/bin/sh
# Builds every fuzz/fuzz_NAME.c as a libFuzzer binary with clang, ASan and
# UBSan into build/fuzz-clang/. Run one with its corpus, for example:
#   build/fuzz-clang/fuzz_repair fuzz/corpus/repair -max_total_time=60
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
command -v clang >/dev/null || { echo "fuzz: clang not found (apt-get install clang)" >&2; exit 1; }
make --no-print-directory BUILD=build/fuzz-lib CC=clang \
	CFLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" \
	build/fuzz-lib/libparallax.a
mkdir -p build/fuzz-clang
libs="$(pkg-config --libs jansson libxml-2.0 libutf8proc libxxhash zlib libzstd sqlite3 libmicrohttpd uchardet libexttextcat) -lstemmer -lm -lpthread"
for f in fuzz/fuzz_*.c; do
	name=$(basename "$f" .c)
	echo "  FUZZ    $name"
	clang -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude \
		$(pkg-config --cflags libxml-2.0) "$f" build/fuzz-lib/libparallax.a $libs \
		-o "build/fuzz-clang/$name"
done
