"""Baseline AUCs of scorecardpy and OptBinning (library defaults) on data/NAME/{train,test}.csv.

Writes baseline.json. Run: .venv/bin/python baselines.py
"""
import json, os, sys, time, warnings
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

warnings.filterwarnings("ignore")
HERE = os.path.dirname(os.path.abspath(__file__))


def load(name, target, bad):
    d = os.path.join(HERE, "data", name)
    tr = pd.read_csv(os.path.join(d, "train.csv"))
    te = pd.read_csv(os.path.join(d, "test.csv"))
    for df in (tr, te):
        df[target] = (df[target].astype(str) == bad).astype(int)  # 1 = bad
    return tr, te


def run_scorecardpy(tr, te, y):
    import scorecardpy as sc
    out = {}
    tr_s = sc.var_filter(tr, y=y)                 # defaults: iv_limit=0.02, missing_limit=0.95, identical_limit=0.95
    kept = [c for c in tr_s.columns if c != y]
    # defaults; check_cate_num=False only skips the interactive 'too many categories, continue? [1: yes]'
    # prompt (answering 'yes' = identical binning), needed for lending_club addr_state
    bins = sc.woebin(tr_s, y=y, check_cate_num=False)
    tr_woe = sc.woebin_ply(tr_s, bins)
    te_woe = sc.woebin_ply(te[kept + [y]], bins)
    X_tr = tr_woe.loc[:, tr_woe.columns != y]
    # scorecardpy gives no WoE to a category it did not see in training (NaN); such
    # a value gets WoE 0 here, the average risk, as in riskdesk's "other" bin.
    X_te = te_woe[X_tr.columns].fillna(0)
    out["scorecardpy_vars_kept"] = len(kept)
    out["scorecardpy_bins_per_var"] = {k: int(len(v)) for k, v in bins.items()}
    variants = {
        "sklearn_default": lambda: LogisticRegression(),
        # scorecardpy README: LogisticRegression(penalty='l1', C=0.9, solver='saga', n_jobs=-1); random_state=42 added: saga shuffles, so the result is otherwise not reproducible
        "readme_l1": lambda: _readme_lr(),
    }
    for key, mk in variants.items():
        lr = mk()
        lr.fit(X_tr, tr_woe[y])
        card = sc.scorecard(bins, lr, X_tr.columns)   # points0=600, odds0=1/19, pdo=50
        s_te = sc.scorecard_ply(te[kept], card, print_step=0)["score"]
        p_bad = lr.predict_proba(X_te)[:, 1]
        out["auc_scorecardpy_" + key + "_prob"] = float(roc_auc_score(te[y], p_bad))
        # scorecardpy points: higher = better (lower risk) -> AUC vs good. Rows with an
        # unseen category have no points; then the probability ranks instead.
        out["auc_scorecardpy_" + key] = (
            float(roc_auc_score(1 - te[y], s_te)) if not s_te.isna().any()
            else out["auc_scorecardpy_" + key + "_prob"])
    return out


def _readme_lr():
    try:
        import sklearn
        major, minor = map(int, sklearn.__version__.split(".")[:2])
    except Exception:
        major, minor = 1, 0
    if (major, minor) >= (1, 8):
        # sklearn>=1.8 deprecates `penalty`; l1_ratio=1 is the same L1 model
        return LogisticRegression(l1_ratio=1.0, C=0.9, solver="saga", random_state=42)
    return LogisticRegression(penalty="l1", C=0.9, solver="saga", n_jobs=-1, random_state=42)


def run_optbinning(tr, te, y):
    from optbinning import BinningProcess, Scorecard
    feats = [c for c in tr.columns if c != y]
    cats = [c for c in feats if not pd.api.types.is_numeric_dtype(tr[c])]
    bp = BinningProcess(feats, categorical_variables=cats)   # defaults
    sc_ = Scorecard(binning_process=bp, estimator=LogisticRegression(),
                    scaling_method="pdo_odds",
                    scaling_method_params={"pdo": 20, "odds": 50, "scorecard_points": 600})
    sc_.fit(tr[feats], tr[y])
    score = sc_.score(te[feats])
    p_bad = sc_.predict_proba(te[feats])[:, 1]
    sel = sc_.binning_process_.get_support(names=True)
    return {
        # optbinning score: higher = better -> AUC vs good
        "auc_optbinning": float(roc_auc_score(1 - te[y], score)),
        "auc_optbinning_prob": float(roc_auc_score(te[y], p_bad)),
        "optbinning_vars_selected": int(len(sel)),
    }


def main():
    meta = json.load(open(os.path.join(HERE, "data", "datasets.json")))
    only = set(sys.argv[1:])
    res = {}
    for name, m in meta.items():
        if only and name not in only:
            continue
        t0 = time.time()
        tr, te = load(name, m["target"], m["bad"])
        r = dict(m)
        r.update(run_scorecardpy(tr, te, m["target"]))
        r.update(run_optbinning(tr, te, m["target"]))
        T, V = m["target"], m["bad"]
        r["riskdesk_fit"] = f"riskdesk scorecard fit --csv data/{name}/train.csv --target {T} --bad {V} --out {name}.card.json"
        r["riskdesk_apply"] = f"riskdesk scorecard apply --card {name}.card.json --csv data/{name}/test.csv --out {name}.scores.csv"
        r["seconds"] = round(time.time() - t0, 1)
        res[name] = r
        print(name, {k: v for k, v in r.items() if k.startswith("auc")}, f"{r['seconds']}s", flush=True)
    import scorecardpy, optbinning, sklearn
    res_out = {"_meta": {
        "note": "Baselines on data/NAME/train.csv -> AUC on data/NAME/test.csv (stratified 70/30, seed 42). "
                "auc_* use points/score (higher=better) vs good; *_prob use P(bad) vs bad (should match up to point rounding).",
        "versions": {"scorecardpy": scorecardpy.__version__ if hasattr(scorecardpy, "__version__") else "0.1.9.7",
                     "optbinning": optbinning.__version__, "scikit-learn": sklearn.__version__,
                     "pandas": pd.__version__, "numpy": np.__version__},
        "commands_cwd": "run the riskdesk commands from scripts/quality"}}
    res_out.update(res)
    with open(os.path.join(HERE, "baseline.json"), "w") as f:
        json.dump(res_out, f, indent=2)


if __name__ == "__main__":
    main()
