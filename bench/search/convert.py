#!/usr/bin/env python3
"""Turn a gen_corpus.py corpus into a RaQuan content folder (site.yml, units.yml, plans/).

Usage: convert.py CORPUS_DIR CONTENT_DIR
The plans' front matter is already RaQuan's (each gets its file name as slug); units keep the corpus slugs, and their names lose the kind word.
"""
import json, os, re, shutil, sys

src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst, exist_ok=True)

site = {}
for line in open(os.path.join(src, "site.yml"), encoding="utf-8"):
    k, _, v = line.partition(":")
    if v.strip().startswith('"'):
        site[k.strip()] = json.loads(v.strip())
with open(os.path.join(dst, "site.yml"), "w", encoding="utf-8") as f:
    f.write(f'title: {json.dumps(site["title"], ensure_ascii=False)}\n')
    f.write(f'base_url: {json.dumps(site["base_url"])}\n')
    f.write('publisher:\n  name: "Ủy ban nhân dân"\n')

KINDS = ["thành phố", "thị trấn", "thị xã", "tỉnh", "huyện", "xã", "phường"]
units = []  # (depth, name, slug, kind)
cur = {}
for line in open(os.path.join(src, "units.yml"), encoding="utf-8"):
    m = re.match(r'^(\s*)(- )?(name|slug|kind): (".*")$', line.rstrip("\n"))
    if not m:
        continue
    indent = len(m.group(1)) + (2 if m.group(2) else 0)
    key, value = m.group(3), json.loads(m.group(4))
    if key == "name":
        cur = {"indent": indent, "name": value}
        units.append(cur)
    cur[key] = value

levels = sorted({u["indent"] for u in units})
out = ["units:"]
for u in units:
    depth = levels.index(u["indent"])
    name = u["name"]
    for k in KINDS:
        if name.lower().startswith(k + " "):
            name = name[len(k) + 1:]
            break
    pad = "  " * (2 * depth + 1)
    out.append(f'{pad[:-2]}- name: {json.dumps(name, ensure_ascii=False)}')
    out.append(f'{pad}kind: {json.dumps(u["kind"], ensure_ascii=False)}')
    out.append(f'{pad}slug: {json.dumps(u["slug"])}')
    nxt = units.index(u) + 1
    if nxt < len(units) and levels.index(units[nxt]["indent"]) > depth:
        out.append(f'{pad}children:')
with open(os.path.join(dst, "units.yml"), "w", encoding="utf-8") as f:
    f.write("\n".join(out) + "\n")

# Titles repeat in the corpus, so each plan takes its file name as its slug.
shutil.rmtree(os.path.join(dst, "plans"), ignore_errors=True)
os.makedirs(os.path.join(dst, "plans"))
for name in sorted(os.listdir(os.path.join(src, "plans"))):
    text = open(os.path.join(src, "plans", name), encoding="utf-8").read()
    assert text.startswith("---\n")
    with open(os.path.join(dst, "plans", name), "w", encoding="utf-8") as f:
        f.write(f'---\nslug: "{name[:-3]}"\n' + text[4:])
