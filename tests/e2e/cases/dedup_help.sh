# --help prints the usage on stdout and exits 0.
$PARALLAX dedup --help | head -1
