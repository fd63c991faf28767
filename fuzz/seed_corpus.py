#!/usr/bin/env python3
"""Seeds fuzz/corpus/estimate_json from the case files (tests/cases/{estimate,errors}/*.json): the
"input" object as JSON text, or the raw "inputText". Idempotent."""
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
for kind, prefix in [("estimate", "golden"), ("errors", "bad")]:
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "cases", kind, "*.json"))):
        with open(path, encoding="utf-8") as f:
            case = json.load(f)
        put(case["inputText"] if "inputText" in case else json.dumps(case["input"], ensure_ascii=False), prefix)
        n += 1
print(f"{n} seeds in {OUT}")
