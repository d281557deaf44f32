# Metadata lines, then a bare date line carrying a leaked caption with a
# bracketed credit and the headline on the same line: the caption ends at
# the credit, the headline after it becomes the title. An entity is repaired.
. "$(pwd)/data/text/common.sh"
run clean "$TXT/scraped.txt"
cat "$work/out"
run clean --removed "$TXT/scraped.txt"
cat "$work/out"
show_err
exit $rc
