# --version prints the program's version on stdout and exits 0.
"$PARALLAX" --version
