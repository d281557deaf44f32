# The HTML report opened in headless Chromium: the conflict highlight is
# visible in a screenshot, kept in build/e2e-artifacts/ for a person to see.
mkdir -p ../../build/e2e-artifacts
"$PARALLAX" report -f html -o "$TMPDIR/report.html" ../../examples/ferry-strike || exit 1
python3 browser_check.py "$TMPDIR/report.html" ../../build/e2e-artifacts/report-html.png
