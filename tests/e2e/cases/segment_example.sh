# parallax segment on the bundled example, checked by properties (the
# segmenter's fine choices are tested by its own suites): one sentence a
# line, none empty, none with a newline; the title first; debris never
# reaches the sentences; the sentences that carry the story's figures are
# whole (a dateline with "Nov." stays in its sentence).
. "$(pwd)/data/text/common.sh"
run segment "$EX"
echo "exit $rc"
out=$work/out
grep -c '^$' "$out"
head -n 1 "$out"
for s in 'Advertisement' 'Read more' 'Photographer' 'Share this article' 'Sign up' \
	'By Mia Holm' 'title:' 'date 2023' '&amp;' '&#8217;' 'â€' 'Ă'; do
	grep -F -c -- "$s" "$out"
done
grep -F -x 'PORT HALDEN — More than 500 crew members walked out on Tuesday, leaving the Skerry Islands without a ferry for the first time since 2003.' "$out"
grep -F -x 'VESSBY, Norland, Nov. 14 (Northern Ledger) – Ferry services to the Skerry Islands stopped on Tuesday after 400 crew members of Halden Ferries walked out in a dispute over pay, the company said.' "$out"
grep -F -x 'Some 400 sailings were cancelled on Tuesday, the operator said, affecting about 12,000 passengers.' "$out"
grep -F -x 'Islanders on the Skerry chain woke on Wednesday to a second day without ferry links, as hundreds of crew members kept up their strike over pay.' "$out"
show_err
