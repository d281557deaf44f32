# Every input format: plain text, an HTML page and a gzipped text file of the
# same fire are one story (the HTML page is dated 14:20, so it comes last).
$PARALLAX cluster data/stories-formats
