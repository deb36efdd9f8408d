#!/usr/bin/env python3
"""Measures `jobjournal lsp` as docs/performance.md reports it (a benchmark, not a test):

- diagnostics after a one-character change in a 100 KB application file: the time from
  sending `textDocument/didChange` to receiving its `publishDiagnostics`, over N changes
  (median and 95th percentile);
- `initialize` on a 10,000-application journal (the server reads the journal then), against
  `report --format json` on the same journal, each the median of RUNS runs;
- the server's peak memory (VmHWM) after all of that.

    scripts/lsp-bench.py [--exe .build/release/jobjournal] [--changes 300] [--runs 5] [--apps 10000]
"""
import argparse
import json
import os
import pathlib
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]


class Server:
    def __init__(self, exe, today="2026-11-26"):
        self.process = subprocess.Popen([exe, "lsp", "--today", today], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next_id = 0

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self):
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            header += self.process.stdout.read(1)
        length = int(header.split(b":")[1].split(b"\r")[0])
        return json.loads(self.process.stdout.read(length))

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        while True:
            message = self.receive()
            if message.get("id") == self.next_id and "method" not in message:
                return message

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def peak_memory_kib(self):
        for line in open(f"/proc/{self.process.pid}/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])

    def close(self):
        self.request("shutdown", None)
        self.notify("exit", None)
        self.process.wait(timeout=30)


def hundred_kb_file(folder):
    """An example application with its log grown to 100 KB."""
    text = (ROOT / "journal-example" / "abc-company-senior-sales-consultant.md").read_text(encoding="utf-8")
    day = 0
    while len(text.encode()) < 100_000:
        text += f"- 2026-{1 + day % 12:02d}-{1 + day % 28:02d} Called Mr. Jones about the territory plan; he will send the figures.\n"
        day += 1
    path = folder / "large.md"
    path.write_text(text, encoding="utf-8")
    return path, text


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--exe", default=str(ROOT / ".build" / "release" / "jobjournal"))
    parser.add_argument("--changes", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--apps", type=int, default=10000)
    args = parser.parse_args()
    work = pathlib.Path(tempfile.mkdtemp(prefix="jobjournal-lsp-bench-"))
    try:
        # 1. A one-character change in a 100 KB file.
        small = work / "small"
        small.mkdir()
        (small / ".jobjournal.yaml").write_text("")
        path, text = hundred_kb_file(small)
        server = Server(args.exe)
        server.request("initialize", {"rootUri": small.as_uri(), "capabilities": {}})
        server.notify("initialized", {})
        uri = path.as_uri()
        server.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}})
        server.receive()
        lines = text.split("\n")
        row = len(lines) - 2
        latencies = []
        for version in range(2, args.changes + 2):
            # Type a character at the end of the last log line, then take it back.
            end = len(lines[row])
            change = ({"range": {"start": {"line": row, "character": end}, "end": {"line": row, "character": end}}, "text": "x"}
                      if version % 2 == 0 else
                      {"range": {"start": {"line": row, "character": end}, "end": {"line": row, "character": end + 1}}, "text": ""})
            start = time.perf_counter()
            server.notify("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]})
            while True:
                message = server.receive()
                if message.get("method") == "textDocument/publishDiagnostics" and message["params"].get("version") == version:
                    break
            latencies.append((time.perf_counter() - start) * 1000)
        server.close()
        print(f"diagnostics after a one-character change in a {len(text.encode()) // 1000} KB file, {args.changes} changes: "
              f"median {statistics.median(latencies):.2f} ms, p95 {percentile(latencies, 95):.2f} ms, max {max(latencies):.2f} ms")

        # 2. initialize on a large journal, against report --format json.
        big = work / "big"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "generate-journal.py"), str(args.apps), str(big)], check=True)
        (big / ".jobjournal.yaml").touch()
        reports, initializes, peaks = [], [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run([args.exe, "report", "--format", "json", "--dir", str(big), "--today", "2026-11-26"],
                           stdout=subprocess.DEVNULL, check=True)
            reports.append(time.perf_counter() - start)
            server = Server(args.exe)
            start = time.perf_counter()
            server.request("initialize", {"rootUri": big.as_uri(), "capabilities": {}})
            initializes.append(time.perf_counter() - start)
            # Then open a file of it and change it, as an editor would.
            first = sorted(big.rglob("*.md"))[0]
            server.notify("textDocument/didOpen", {"textDocument": {"uri": first.as_uri(), "version": 1, "text": first.read_text()}})
            server.receive()
            peaks.append(server.peak_memory_kib())
            server.close()
        report, initialize = statistics.median(reports), statistics.median(initializes)
        print(f"{args.apps} applications: report --format json median {report * 1000:.0f} ms; "
              f"initialize median {initialize * 1000:.0f} ms ({initialize / report:.2f}x); "
              f"peak memory of the server {max(peaks) / 1024:.1f} MiB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
