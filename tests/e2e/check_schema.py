#!/usr/bin/env python3
"""Validates JSON Lines on stdin against one of the shared JSON Schemas
(../shared/schema/, see its README.md), one object a line.

usage: check_schema.py SCHEMA  (a path, or a name such as "extract" for
       <shared>/schema/extract.schema.json; <shared> is $PX_SHARED or the
       shared/ folder beside the project)

Exits 0 when every line is valid, 1 otherwise (each error on stderr). When
the schemas or the jsonschema module are not there, it says so on stderr and
exits 0: the checks are extra, not a dependency of the build.
"""
import json
import os
import sys


def main():
    arg = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    shared = os.environ.get("PX_SHARED") or os.path.join(here, "..", "..", "..", "shared")
    path = arg if os.sep in arg or arg.endswith(".json") else \
        os.path.join(shared, "schema", arg + ".schema.json")
    if not os.path.isfile(path):
        print(f"check_schema: {path} not found; schema check skipped", file=sys.stderr)
        sys.stdin.read()
        return 0
    try:
        from jsonschema import validators
    except ImportError:
        print("check_schema: python3-jsonschema not installed; schema check skipped",
              file=sys.stderr)
        sys.stdin.read()
        return 0
    with open(path, encoding="utf-8") as f:
        schema = json.load(f)
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)
    bad = 0
    for n, line in enumerate(sys.stdin.buffer, 1):
        try:
            obj = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            print(f"check_schema: line {n}: not JSON: {e}", file=sys.stderr)
            bad += 1
            continue
        for e in validator.iter_errors(obj):
            bad += 1
            print(f"check_schema: line {n}: {e.json_path}: {e.message}", file=sys.stderr)
    return 1 if bad else 0


sys.exit(main())
