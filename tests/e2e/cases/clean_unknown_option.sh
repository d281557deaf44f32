# An unknown option is a usage error: exit 2, a message on stderr, no output.
. "$(pwd)/data/text/common.sh"
run clean --frobnicate "$EX/art-ledger.txt"
cat "$work/out"
show_err
exit $rc
