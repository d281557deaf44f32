# Markdown and HTML carry the same story; the HTML page is self-contained
# (no network requests), escapes article text and marks conflicts in place.
ex=../../examples/ferry-strike
"$PARALLAX" report -f markdown $ex >"$TMPDIR/r.md" || exit 1
grep -q '^## Story 0: ' "$TMPDIR/r.md" || { echo "md heading"; exit 1; }
grep -q '^### Conflicts (1)$' "$TMPDIR/r.md" || { echo "md conflicts"; exit 1; }
grep -q '^   - \*\*>500\*\*: `art-courier.txt`, `art-nordwire.txt`$' "$TMPDIR/r.md" || { echo "md side"; exit 1; }
"$PARALLAX" report -f html -o "$TMPDIR/r.html" $ex || exit 1
grep -q '<mark class="conflict" id="s0-conflict1-a' "$TMPDIR/r.html" || { echo "html mark"; exit 1; }
! grep -Eq '(src|href)="(https?:)?//' "$TMPDIR/r.html" || { echo "html network request"; exit 1; }
# Markup in an article is shown, never interpreted.
printf 'title: Council <b>vote</b>\n\nThe council voted 7-2 to close the <script>alert(1)</script> depot.\n' >"$TMPDIR/x.txt"
"$PARALLAX" report -f html "$TMPDIR/x.txt" >"$TMPDIR/x.html" || exit 1
! grep -q '<script>alert' "$TMPDIR/x.html" || { echo "unescaped"; exit 1; }
grep -q '&lt;b&gt;vote&lt;/b&gt;' "$TMPDIR/x.html" || { echo "title escaped"; exit 1; }
echo ok
