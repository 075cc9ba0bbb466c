#!/usr/bin/env python3
"""Edit-to-reload latency of `raquan serve` on a 1,000-plan site: the time from saving a plan to the reload event,
and to the edited page being served. Usage: bench/serve/measure.py [ROUNDS] [--verbose]  (builds the CLI in Release
first; --verbose prints the server's time for each step of every rebuild)."""
import pathlib, re, socket, statistics, subprocess, sys, time, urllib.request

root = pathlib.Path(__file__).resolve().parents[2]
verbose = "--verbose" in sys.argv
args = [a for a in sys.argv[1:] if a != "--verbose"]
rounds = int(args[0]) if args else 10
site = pathlib.Path("/tmp/raquan-bench-site")
subprocess.run([sys.executable, str(root / "bench/serve/make_site.py"), str(site), "1000"], check=True, stdout=subprocess.DEVNULL)
subprocess.run(["dotnet", "build", str(root / "src/RaQuan.Cli"), "-c", "Release", "-v", "q", "-nologo"], check=True, stdout=subprocess.DEVNULL)

with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]

cli = root / "src/RaQuan.Cli/bin/Release/net10.0/RaQuan.Cli.dll"
server = subprocess.Popen(["dotnet", str(cli), "serve", str(site), "--port", str(port), "--now", "2024-03-01T09:00:00+07:00"]
                          + (["--verbose"] if verbose else []),
                          stdout=subprocess.PIPE, text=True)
try:
    start = time.monotonic()
    for line in server.stdout:
        print(line.rstrip())
        if line.startswith("Serving"):
            url = line.split()[1]
            break
    print(f"first build and start: {time.monotonic() - start:.1f} s")

    events = urllib.request.urlopen(f"http://127.0.0.1:{port}/__raquan/events", timeout=30)

    def wait_for(name):
        while True:
            line = events.readline().decode().rstrip("\n")
            if line == f"event: {name}":
                return

    wait_for("hello")
    plan = site / "plans" / "plan-0500.md"
    slug = re.search(r"^slug: (.*)$", plan.read_text(encoding="utf-8"), re.M).group(1)
    original = plan.read_text(encoding="utf-8")
    reload_ms, page_ms = [], []
    for i in range(rounds):
        marker = f"Đã sửa lần {i}."
        time.sleep(0.3)
        t0 = time.monotonic()
        plan.write_text(original + f"\n{marker}\n", encoding="utf-8")
        wait_for("reload")
        t1 = time.monotonic()
        page = urllib.request.urlopen(f"{url}ke-hoach/{slug}/", timeout=30).read().decode()
        t2 = time.monotonic()
        assert marker in page, "the served page does not show the edit"
        reload_ms.append((t1 - t0) * 1000)
        page_ms.append((t2 - t0) * 1000)
        for _ in range(2 if verbose else 1):
            print(server.stdout.readline().rstrip())
    print(f"edit → reload event: median {statistics.median(reload_ms):.0f} ms, max {max(reload_ms):.0f} ms")
    print(f"edit → edited page served: median {statistics.median(page_ms):.0f} ms, max {max(page_ms):.0f} ms")
finally:
    server.terminate()
    server.wait(timeout=30)
