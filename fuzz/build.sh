#!/bin/sh
# Builds every fuzz/fuzz_NAME.c as a libFuzzer binary with clang, ASan and
# UBSan into $BUILD/fuzz-clang/ (BUILD defaults to build, as in the
# Makefile; `make BUILD=DIR fuzz` passes it). Run one with its corpus:
#   build/fuzz-clang/fuzz_decode fuzz/corpus/decode -max_total_time=60
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
b=${BUILD:-build}
command -v clang >/dev/null || { echo "fuzz: clang not found (apt-get install clang)" >&2; exit 1; }
make --no-print-directory BUILD="$b/fuzz-lib" CC=clang \
	CFLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" \
	"$b/fuzz-lib/libparallax.a"
mkdir -p "$b/fuzz-clang"
libs="$(pkg-config --libs jansson libxml-2.0 libutf8proc libxxhash zlib libzstd sqlite3 libmicrohttpd uchardet libexttextcat) -lstemmer -lm -lpthread"
for f in fuzz/fuzz_*.c; do
	name=$(basename "$f" .c)
	echo "  FUZZ    $name"
	clang -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude \
		$(pkg-config --cflags libxml-2.0) "$f" "$b/fuzz-lib/libparallax.a" $libs \
		-o "$b/fuzz-clang/$name"
done
