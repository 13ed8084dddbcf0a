"""5-fold stratified cross-validation (seed 42) of riskdesk, scorecardpy and OptBinning.

  .venv/bin/python cv.py folds          # writes cv/NAME/fold{k}/{train,test}.csv
  .venv/bin/python cv.py python         # library baselines per fold -> cv_python.json
  RISKDESK=path .venv/bin/python cv.py riskdesk [extra fit args]   # prints the table
"""
import json, os, subprocess, sys, warnings
import numpy as np, pandas as pd
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import roc_auc_score
warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))
META = json.load(open(os.path.join(HERE, "data", "datasets.json")))
K = 5

def fold_dir(name, k):
    return os.path.join(HERE, "cv", name, f"fold{k}")

def folds():
    for name, m in META.items():
        full = pd.read_csv(os.path.join(HERE, "data", name, "full.csv"), keep_default_na=False, na_values=[""])
        y = (full[m["target"]].astype(str) == str(m["bad"])).astype(int)
        for k, (tr, te) in enumerate(StratifiedKFold(K, shuffle=True, random_state=42).split(full, y)):
            d = fold_dir(name, k); os.makedirs(d, exist_ok=True)
            full.iloc[tr].to_csv(os.path.join(d, "train.csv"), index=False)
            full.iloc[te].to_csv(os.path.join(d, "test.csv"), index=False)

def python():
    sys.path.insert(0, HERE)
    import baselines
    path = os.path.join(HERE, "cv_python.json")
    out = json.load(open(path)) if os.path.exists(path) else {}
    for name, m in META.items():
        if name in out:
            continue
        rows = []
        for k in range(K):
            d = fold_dir(name, k)
            tr = pd.read_csv(os.path.join(d, "train.csv")); te = pd.read_csv(os.path.join(d, "test.csv"))
            for df in (tr, te):
                df[m["target"]] = (df[m["target"]].astype(str) == str(m["bad"])).astype(int)
            r = {}
            r.update(baselines.run_scorecardpy(tr, te, m["target"]))
            r.update(baselines.run_optbinning(tr, te, m["target"]))
            rows.append({k2: v for k2, v in r.items() if k2.startswith("auc") and not k2.endswith("prob")})
            print(name, k, rows[-1], flush=True)
        out[name] = rows
        json.dump(out, open(os.path.join(HERE, "cv_python.json"), "w"), indent=1)

def riskdesk(extra):
    exe = os.environ.get("RISKDESK", "riskdesk")
    py = json.load(open(os.path.join(HERE, "cv_python.json"))) if os.path.exists(os.path.join(HERE, "cv_python.json")) else {}
    print(f"{'data set':14} {'rows':>6} {'riskdesk':>9} {'scorecardpy':>12} {'optbinning':>11} {'vs best':>8}")
    for name, m in META.items():
        aucs = []
        for k in range(K):
            d = fold_dir(name, k)
            card = os.path.join("/tmp", f"cv-{name}-{k}.json"); scores = card + ".csv"
            for cmd in ([exe, "scorecard", "fit", "--csv", os.path.join(d, "train.csv"), "--target", m["target"], "--bad", str(m["bad"]), "--out", card] + extra,
                        [exe, "scorecard", "apply", "--card", card, "--csv", os.path.join(d, "test.csv"), "--out", scores]):
                r = subprocess.run(cmd, capture_output=True, text=True)
                if r.returncode:
                    sys.exit(f"{name} fold {k}: {' '.join(cmd[:3])} failed: {r.stderr}")
            te = pd.read_csv(os.path.join(d, "test.csv"), keep_default_na=False)
            s = pd.read_csv(scores)["score"]
            aucs.append(roc_auc_score((te[m["target"]].astype(str) != str(m["bad"])).astype(int), s))
        ours = float(np.mean(aucs))
        p = py.get(name, [])
        sp = np.mean([r["auc_scorecardpy_sklearn_default"] for r in p]) if p else float("nan")
        ob = np.mean([r["auc_optbinning"] for r in p]) if p else float("nan")
        print(f"{name:14} {m['rows']:>6} {ours:9.4f} {sp:12.4f} {ob:11.4f} {ours - np.nanmax([sp, ob]):+8.4f}")

if __name__ == "__main__":
    {"folds": lambda: folds(), "python": lambda: python()}.get(sys.argv[1], lambda: riskdesk(sys.argv[2:]))()
