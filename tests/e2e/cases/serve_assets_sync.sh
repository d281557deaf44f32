# The page compiled into the binary (src/serve/assets.c) is generated from
# src/serve/page/ and must not lag behind it.
if python3 ../../src/serve/gen_assets.py --check; then
	echo "assets.c is up to date"
else
	echo "src/serve/assets.c is stale: run python3 src/serve/gen_assets.py"
fi
