#!/bin/sh
# Fails when library code uses a banned function (STYLE.md "Avoid").
status=0
# alloc.c is the one place that calls the C library's allocator.
for f in $(find src/lib \( -name '*.c' -o -name '*.h' \) ! -path src/lib/core/alloc.c); do
	if grep -nE '\b(strcpy|strcat|sprintf|gets|atoi|strtok|malloc|calloc|realloc|exit|abort)\s*\(' "$f" \
		| grep -vE '^\S+:\s*(/\*|\*)' | grep -vE '(px_|std_|->|\.)(malloc|calloc|realloc|free)\s*\(' \
		| grep -vE 'snprintf|vsnprintf' >/tmp/px-banned.$$; then
		sed "s|^|$f:|" /tmp/px-banned.$$ >&2
		status=1
	fi
done
rm -f /tmp/px-banned.$$
[ $status = 0 ] || echo "lint: banned functions in the library (see STYLE.md)" >&2
exit $status
