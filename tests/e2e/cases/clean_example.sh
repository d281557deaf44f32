# parallax clean on the bundled example: four fictional outlets, scraped
# damage removed (metadata, a date line with a leaked caption and credit,
# advertisement, read-more, share and sign-up lines, bylines, a bracketed
# photo credit), mojibake and entities repaired, headlines found, datelines
# kept in the text. One "==> ID <==" header per article (a directory).
. "$(pwd)/data/text/common.sh"
run clean "$EX"
cat "$work/out"
show_err
exit $rc
