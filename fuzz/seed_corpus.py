#!/usr/bin/env python3
"""Seeds fuzz/corpus/estimate_json from the golden inputs (tests/golden/*.json, field "input")
and the bad-input catalogue (tests/bad_inputs.json, field "input", raw text). Idempotent."""
import glob, hashlib, json, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "corpus", "estimate_json")
os.makedirs(OUT, exist_ok=True)

def put(text, prefix):
    data = text.encode("utf-8")
    name = f"{prefix}-{hashlib.sha1(data).hexdigest()[:16]}"
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)

n = 0
for path in sorted(glob.glob(os.path.join(ROOT, "tests", "golden", "*.json"))):
    with open(path, encoding="utf-8") as f:
        put(json.dumps(json.load(f)["input"], ensure_ascii=False), "golden")
    n += 1
with open(os.path.join(ROOT, "tests", "bad_inputs.json"), encoding="utf-8") as f:
    for entry in json.load(f):
        put(entry["input"], "bad")
        n += 1
print(f"{n} seeds in {OUT}")
