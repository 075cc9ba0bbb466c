#!/usr/bin/env python3
"""Makes a site of N plans (default 1,000) from the sample content: its plans (which its ceremonies and result tables
refer to) and copies of them under new slugs and dates."""
import pathlib, re, shutil, sys

root = pathlib.Path(__file__).resolve().parents[2]
target = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/raquan-bench-site")
count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000

shutil.rmtree(target, ignore_errors=True)
shutil.copytree(root / "content", target)
samples = sorted((root / "content" / "plans").glob("*.md"))
texts = [p.read_text(encoding="utf-8") for p in samples]
for i in range(count - len(samples)):
    text = texts[i % len(texts)]
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    text = re.sub(r'^title: "(.*)"$', lambda m: f'title: "{m.group(1)} (bản {i:04d})"', text, count=1, flags=re.M)
    text = re.sub(r"^date: .*$", f"date: 2023-{month:02d}-{day:02d}", text, count=1, flags=re.M)
    text = re.sub(r"^slug: .*\n", "", text, flags=re.M)
    text = text.replace("---\n", f"---\nslug: ke-hoach-{i:04d}\n", 1)
    (target / "plans" / f"plan-{i:04d}.md").write_text(text, encoding="utf-8")
print(target)
