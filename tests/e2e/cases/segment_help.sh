# --help prints the usage on stdout and exits 0; an unknown option exits 2.
"$PARALLAX" segment --help | head -n 1
"$PARALLAX" segment --frobnicate 2>&1
echo "exit $?"
