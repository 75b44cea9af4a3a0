"""The scan's verdict: counts of wapiti's findings by severity and kind, over every pass, and sqlmap's.

Wapiti reports a finding as a "vulnerability" or an "anomaly" (a server error, a timeout), each with a
level: 4 critical, 3 high, 2 medium, 1 low, 0 information. Any finding of level 2 or more, or any
injection sqlmap confirmed, fails the scan. The low ones are listed; SECURITY.md explains each kind.

    python3 summary.py REPORTS_DIR SUMMARY_FILE
"""
import collections
import json
import pathlib
import sys

LEVELS = {4: "critical", 3: "high", 2: "medium", 1: "low", 0: "info"}


def findings(report):
    for section in ("vulnerabilities", "anomalies"):
        for kind, items in report.get(section, {}).items():
            for item in items:
                yield int(item["level"]), kind, item


def main(reports_dir, summary_file):
    reports = pathlib.Path(reports_dir)
    counts = collections.Counter()
    serious = []
    lines = []
    for path in sorted(reports.glob("*.json")):
        for level, kind, item in findings(json.loads(path.read_text())):
            counts[(level, kind)] += 1
            where = f"{path.stem}: {item['method']} {item['path']} {item.get('parameter') or ''}".rstrip()
            if level >= 2:
                serious.append(f"{LEVELS[level]} {kind} at {where}: {item['info']}")
    for level in sorted(LEVELS, reverse=True):
        total = sum(n for (lv, _), n in counts.items() if lv == level)
        lines.append(f"wapiti {LEVELS[level]}: {total}")
        for (lv, kind), n in sorted(counts.items()):
            if lv == level:
                lines.append(f"    {n:4d}  {kind}")
    injections = reports / "sqlmap-findings.txt"
    sqlmap = injections.read_text().splitlines() if injections.exists() else []
    targets = len(list(reports.glob("sqlmap-*.log")))
    lines.append(f"sqlmap: {len(sqlmap)} injections on {targets} targets")
    text = "\n".join(lines)
    print(text)
    pathlib.Path(summary_file).write_text(text + "\n")
    if serious or sqlmap:
        for line in serious[:40] + sqlmap:
            print("FAIL:", line)
        print(f"The scan failed: {len(serious)} high or medium findings, {len(sqlmap)} injections.")
        return 1
    print("Scan passed: no high or medium finding, no injection.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
