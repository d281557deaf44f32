# A hard-wrapped plain-text article: single newlines inside a paragraph stay,
# a "--" dateline is kept in the text, a "By NAME | OUTLET" byline gives
# author and source, plain-text debris lines (ADVERTISEMENT, Related:, Share
# on ..., Reporting by ...; Editing by ...) go.
. "$(pwd)/data/text/common.sh"
run clean "$TXT/wrapped.txt"
cat "$work/out"
run clean --removed "$TXT/wrapped.txt"
cat "$work/out"
show_err
exit $rc
