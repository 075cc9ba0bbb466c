#!/bin/sh
# RaQuan's image step against Hugo's and SkiaSharp against NetVips, on phone-size photos (bench/README.md, "News photos").
#   bench/images/run.sh                 from the repository root: the issue's setup, 200 photos for every step
# On a busy machine the slow steps can take fewer photos, the first N of the same set (say so beside the figures):
#   HUGO_PHOTOS=N   Hugo, and RaQuan again on the same N right after it, alternating      (default: PHOTOS)
#   LIB_PHOTOS=N    NetVips against SkiaSharp, each in its own process                     (default: PHOTOS)
#   SITE_RUNS=N     cached rebuilds of the sample site with a post of all the photos       (default: 3)
#   BENCH_DIR       the work folder                                                        (default: /tmp/raquan-image-bench)
set -eu
count=${PHOTOS:-200}
hugo_count=${HUGO_PHOTOS:-$count}
lib_count=${LIB_PHOTOS:-$count}
site_runs=${SITE_RUNS:-3}
work=${BENCH_DIR:-/tmp/raquan-image-bench}
photos=$work/photos
mkdir -p "$work"
load() { echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }
timed() { label=$1; shift; /usr/bin/time -f "$label: %e s wall, %M KiB peak" "$@"; }

dotnet build -c Release bench/images/ImageBench -v q -nologo >/dev/null
dotnet build -c Release bench/images/LibraryBench -v q -nologo >/dev/null
bench=bench/images/ImageBench/bin/Release/net10.0/ImageBench
libs=bench/images/LibraryBench/bin/Release/net10.0/LibraryBench

# The photos, drawn the same way on every run (bench/images/ImageBench photos), dated an hour back as photos copied
# from a phone are: a build trusts a photo's size and time only when the time is well before the build reads it.
"$bench" photos "$photos" "$count"
touch -d '1 hour ago' "$photos"/anh-*.jpg
subset() { dir=$work/first-$1; rm -rf "$dir"; mkdir -p "$dir"; ls "$photos"/anh-*.jpg | head -n "$1" | xargs -I{} ln {} "$dir/"; echo "$dir"; }

# 1. RaQuan's image step on every photo: into an empty cache, then again with it full (what a rebuild pays).
load
rm -rf "$work/cache"
timed "raquan, $count photos, empty cache" "$bench" raquan "$photos" "$work/cache"
load
timed "raquan, $count photos, cache full" "$bench" raquan "$photos" "$work/cache"

# 2. Hugo on a page bundle of the photos, each resized to the same widths in JPEG and WebP at the same qualities and
# cropped to 1200×630 for sharing, as RaQuan does; then RaQuan on the same photos into an empty cache.
hugo_photos=$(subset "$hugo_count")
site=$work/hugo
rm -rf "$site" && mkdir -p "$site/content/anh" "$site/layouts/_default"
printf 'baseURL = "https://example.gov.vn/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n[imaging]\nquality = 80\nresampleFilter = "Lanczos"\n' > "$site/config.toml"
printf -- '---\ntitle: anh\n---\n' > "$site/content/anh/index.md"
for f in "$hugo_photos"/anh-*.jpg; do ln "$f" "$site/content/anh/"; done
cat > "$site/layouts/_default/single.html" <<'T'
{{ range .Resources.ByType "image" }}
{{ $i := . }}{{ range slice "480x" "960x" "1600x" }}<img src="{{ ($i.Resize (printf "%s q80" .)).RelPermalink }}"><img src="{{ ($i.Resize (printf "%s webp q75" .)).RelPermalink }}">{{ end }}
<img src="{{ ($i.Fill "1200x630 Smart q80").RelPermalink }}">
{{ end }}
T
printf '{{ .Content }}\n' > "$site/layouts/_default/list.html"
load
(cd "$site" && timed "hugo $(hugo version | cut -d' ' -f2), $hugo_count photos" hugo --quiet --ignoreCache)
load
timed "raquan, the same $hugo_count photos, empty cache" "$bench" raquan "$hugo_photos" "$work/cache-$hugo_count"
rm -rf "$work/cache-$hugo_count" "$site/resources" "$site/public"

# 3. The same resize and encode work with NetVips and with SkiaSharp (bench/images/LibraryBench), alternating.
lib_photos=$(subset "$lib_count")
load
timed "netvips, $lib_count photos" "$libs" netvips "$lib_photos" "$lib_count"
load
timed "skiasharp, $lib_count photos" "$libs" skia "$lib_photos" "$lib_count"

# 4. A cached rebuild of a whole site: the sample site with one more post showing every photo, against the same site
# whose post has no photo. The photos' cache entries are those of step 1.
with=$work/site-with
without=$work/site-without
rm -rf "$with" "$without" "$work/out-with" "$work/out-without"
cp -r content "$with" && cp -r content "$without"
mkdir -p "$with/news/anh-bench" "$without/news/anh-bench"
front='---\ntitle: "Ảnh ra quân"\ndate: 2024-02-21T10:00:00+07:00\nunit: dak-la\n---\nBài có nhiều ảnh.\n\n'
printf -- "$front" > "$without/news/anh-bench/index.md"
{ printf -- "$front"; for f in "$photos"/anh-*.jpg; do printf '![Ảnh %s](%s)\n' "$(basename "$f" .jpg)" "$(basename "$f")"; done; } > "$with/news/anh-bench/index.md"
for f in "$photos"/anh-*.jpg; do ln "$f" "$with/news/anh-bench/"; done
load
timed "site rebuilds" "$bench" site "$with" "$without" "$work/cache" "$work/out" "$site_runs"
load
