#!/usr/bin/env python3
"""Checks `waymark-cli report kpi --format json` against kpi_reference.py, the second
implementation of spec/kpi.md, on a demo caseload and on an edge-case copy of it, for both seed
contracts over several quarters and odd periods. Any disagreement is printed and fails.

usage: crosscheck.py WAYMARK_CLI WORK_DIR
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PERIODS = [("2025-07-01", "2025-09-30"), ("2025-10-01", "2025-12-31"), ("2026-01-01", "2026-03-31"),
           ("2026-04-01", "2026-06-30"), ("2026-05-17", "2026-06-03"), ("2026-03-29", "2026-03-29"),
           ("2025-01-01", "2026-06-30")]


def run(args):
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"failed: {' '.join(args)}\n{done.stderr}")
    return done.stdout


def same(a, b, path, out):
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            same(a.get(key, "<missing>"), b.get(key, "<missing>"), f"{path}.{key}", out)
    elif isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append((f"{path} length", len(a), len(b)))
        for i, (x, y) in enumerate(zip(a, b)):
            same(x, y, f"{path}[{x.get('id', i) if isinstance(x, dict) else i}]", out)
    elif isinstance(a, bool) or isinstance(b, bool):
        if a is not b:
            out.append((path, a, b))
    elif isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if abs(a - b) > 1e-9:
            out.append((path, a, b))
    elif a != b:
        out.append((path, a, b))


def main(cli, work):
    os.makedirs(work, exist_ok=True)
    demo = os.path.join(work, "demo.db")
    edge = os.path.join(work, "edge.db")
    for path in (demo, edge):
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(path + suffix):
                os.remove(path + suffix)
    # A demo database is plain (everyone in it is fictional), so the reference reads it directly.
    run([cli, "--db", demo, "demo", "--people", "330", "--seed", "1"])
    run([sys.executable, os.path.join(HERE, "edge_cases.py"), demo, edge, "3"])
    compared = disagreed = 0
    for db in (demo, edge):
        for contract in ("thurrock-fs", "camden-day"):
            for start, end in PERIODS:
                app = json.loads(run([cli, "--db", db, "report", "kpi", "--contract", contract, "--from", start,
                                      "--to", end, "--format", "json"]))
                reference = json.loads(run([sys.executable, os.path.join(HERE, "kpi_reference.py"), db, contract,
                                            start, end]))
                differences = []
                same(app, reference, "", differences)
                compared += 1
                if differences:
                    disagreed += 1
                for path, a, b in differences:
                    print(f"{os.path.basename(db)} {contract} {start}..{end} {path}: waymark {a!r}, reference {b!r}")
    print(f"{compared} returns compared, {compared - disagreed} agree")
    return 1 if disagreed else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
