# .json documents: one object (id from the record) or an array of objects
# (an element without id becomes FILE:N; a non-object is reported).
. "$(pwd)/data/ingest/common.sh"
run_extract "$ING/one.json" "$ING/list.json"
fields id source title date 'text~Harlow textile mill' 'text~30-turbine' 'text~$2.50'
show_err
exit $rc
