# --help prints the usage on stdout and exits 0.
"$PARALLAX" clean --help
