# --help prints the usage on stdout and exits 0.
$PARALLAX cluster --help | head -1
