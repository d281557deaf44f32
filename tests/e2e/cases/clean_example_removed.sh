# --removed lists what cleaning found (title, date, source, author, url,
# place) and each removed line or part of a line with its kind.
. "$(pwd)/data/text/common.sh"
run clean --removed "$EX"
cat "$work/out"
show_err
exit $rc
