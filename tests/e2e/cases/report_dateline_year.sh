# In a report, wire copy dated only by its dateline ("CALVARA, Sept 14 (Mero
# Wire) -") takes the year of the run's dated articles.
"$PARALLAX" report -f json data/ingest/txt/scraped-ferry.txt data/ingest/txt/scraped-ferry-wire.txt |
	python3 -c 'import json,sys; d=json.load(sys.stdin); [print(a["id"], a["date"]) for a in sorted(d["articles"], key=lambda a: a["id"])]'
