# Shared by bench/run and bench/scale: installing what a bench needs, publishing RaQuan, timing one command.
# Sourced with $repo and $work set; publish_raquan reads PUBLISH (aot, the default, or r2r) and ISA (v3, the
# default where the processor has AVX2, or baseline: the program of the tool packages, .ci/package).

need() { command -v "$1" >/dev/null || { [ "$(id -u)" = 0 ] && apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need /usr/bin/time time

publish_raquan() { # → raquan=(the program), publish=aot|r2r
  mkdir -p "$work"
  # Native AOT: one native program, no JIT (bench/README.md), compiled for speed and for x86-64-v3 (AVX2, every x86
  # server of the last decade) when the processor has it, as README "Installing" recommends: the default baseline, which
  # older processors run too, was slower here, and "native" (this very processor) no faster than v3. It links with clang
  # by default, and with gcc as well, which machines of this kind have. ReadyToRun if the native publish fails.
  publish=${PUBLISH:-aot}
  if [ "$publish" = aot ]; then
    isa=()
    [ "${ISA:-v3}" = baseline ] || ! grep -qw avx2 /proc/cpuinfo || isa=(-p:IlcInstructionSet=x86-64-v3)
    linker=()
    if ! command -v clang >/dev/null; then
      if command -v gcc >/dev/null; then linker=(-p:CppCompilerAndLinker=gcc); else need clang clang || true; fi
    fi
    rm -rf "$work/raquan-aot"
    if dotnet publish "$repo/src/RaQuan.Cli" -c Release -r linux-x64 -p:PublishAot=true "${isa[@]}" \
        -p:OptimizationPreference=Speed "${linker[@]}" -o "$work/raquan-aot" --nologo -v quiet > "$work/publish.txt" 2>&1; then
      raquan=("$work/raquan-aot/RaQuan.Cli")
    else
      tail -5 "$work/publish.txt"
      echo "bench: the Native AOT publish failed (log: $work/publish.txt); measuring ReadyToRun"
      publish=r2r
    fi
  fi
  if [ "$publish" = r2r ]; then
    dotnet publish "$repo/src/RaQuan.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
      -o "$work/raquan" --nologo -v quiet >/dev/null
    raquan=("dotnet" "$work/raquan/RaQuan.Cli.dll")
  fi
}

measure() { # out-dir command… → prints "wall cpu maxkb"
  local out=$1; shift
  [ ! -e "$out" ] || { echo "bench: $out exists"; exit 1; }
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || { cat "$work/stderr.txt"; exit 1; }
  awk '{printf "%s %.2f %s\n", $1, $2 + $3, $4}' "$work/time.txt"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
