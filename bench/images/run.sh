#!/bin/sh
# The image step of RaQuan against Hugo's, on the same phone-size photos, alternating (bench/README.md, "News photos").
#   bench/images/run.sh [PHOTOS] [RUNS]     from the repository root; PHOTOS defaults to 200, RUNS to 2
set -eu
count=${1:-200}
runs=${2:-2}
work=${BENCH_DIR:-/tmp/raquan-image-bench}
photos=$work/photos
mkdir -p "$work"
dotnet build -c Release bench/images/ImageBench -v q -nologo >/dev/null
bench=bench/images/ImageBench/bin/Release/net10.0/ImageBench
"$bench" photos "$photos" "$count"

# Hugo: the photos as a page bundle, each resized to the same widths in JPEG and WebP at the same qualities, and
# cropped to 1200×630 for sharing, as RaQuan does.
site=$work/hugo
rm -rf "$site" && mkdir -p "$site/content/anh" "$site/layouts/_default"
printf 'baseURL = "https://example.gov.vn/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n[imaging]\nquality = 80\nresampleFilter = "Lanczos"\n' > "$site/config.toml"
printf -- '---\ntitle: anh\n---\n' > "$site/content/anh/index.md"
for f in "$photos"/anh-*.jpg; do ln -s "$f" "$site/content/anh/"; done
cat > "$site/layouts/_default/single.html" <<'T'
{{ range .Resources.ByType "image" }}
{{ $i := . }}{{ range slice "480x" "960x" "1600x" }}<img src="{{ ($i.Resize (printf "%s q80" .)).RelPermalink }}"><img src="{{ ($i.Resize (printf "%s webp q75" .)).RelPermalink }}">{{ end }}
<img src="{{ ($i.Fill "1200x630 Smart q80").RelPermalink }}">
{{ end }}
T
printf '{{ .Content }}\n' > "$site/layouts/_default/list.html"

for run in $(seq 1 "$runs"); do
  rm -rf "$work/cache"
  /usr/bin/time -f "raquan run $run: %e s wall, %M KiB peak" "$bench" raquan "$photos" "$work/cache"
  /usr/bin/time -f "raquan run $run cached: %e s wall, %M KiB peak" "$bench" raquan "$photos" "$work/cache"
  rm -rf "$site/resources" "$site/public"
  (cd "$site" && /usr/bin/time -f "hugo run $run: %e s wall, %M KiB peak" hugo --quiet --ignoreCache)
done
