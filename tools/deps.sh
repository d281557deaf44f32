#!/bin/sh
# Checks the Debian packages parallax needs to build and test, and installs
# the missing ones with apt-get when run as root (else prints the command).
set -e
PKGS="gcc make pkg-config libcmocka-dev libjansson-dev libxml2-dev \
libutf8proc-dev libstemmer-dev libxxhash-dev libsqlite3-dev libmicrohttpd-dev \
zlib1g-dev libzstd-dev libuchardet-dev libexttextcat-dev re2c \
python3 python3-jsonschema gzip zstd chromium wrk"
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
		|| missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
	echo "deps: installing$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null
	apt-get install -y -qq --no-install-recommends $missing >/dev/null
else
	echo "deps: missing packages; run as root:" >&2
	echo "  apt-get install -y$missing" >&2
	exit 1
fi
