#!/usr/bin/env python3
"""How well can the sample portfolio's own outcomes rebuild its scorecard?

Usage (from anywhere; needs the quality venv's pandas and scikit-learn):
    RISKDESK=target/release/riskdesk .venv/bin/python scripts/quality/sample_refit.py [--work DIR]

It generates two 200,000-applicant portfolios with Riskdesk's generator (seeds 7 and 11)
next to sample.db, then for two training sets -- sample.db's booked accounts 12 months on
book, and those of the seed-7 portfolio -- prints the Gini on the seed-11 portfolio's
accounts (data no fit has seen) of:
  - the file's own card (the generator's model: the best ranking the data allow);
  - `riskdesk scorecard fit --db` with its defaults, with `--coding bins`, with
    `--keep-bins` and with both;
  - the file's own bins with a free coefficient per bin (logistic regression on bin
    dummies, scikit-learn, C = 1), the most favourable honest refit of those bins;
  - the file's own bins coded by WoE (what `--keep-bins` does), fitted by scikit-learn.
The in-sample Gini on the training accounts is printed beside each.
"""
import argparse, json, os, sqlite3, subprocess, sys, tempfile

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RISKDESK = os.environ.get("RISKDESK", os.path.join(ROOT, "target", "release", "riskdesk"))
COLUMNS = ["age", "city_tier", "channel", "employment", "monthly_income", "monthly_debt",
           "bureau_months", "delinquencies", "platform_months", "monthly_spend",
           "order_count", "return_rate", "night_share", "device_changes"]


def run(*args):
    return subprocess.run([RISKDESK, *args], check=True, capture_output=True, text=True).stdout


def booked(db):
    """Booked accounts 12 months on book with their outcome (90+ within 12 months)."""
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    q = f"""SELECT {', '.join('a.' + x for x in COLUMNS)},
              (SELECT COUNT(*) FROM performance p WHERE p.account_id = ac.id) AS months,
              (SELECT MAX(dpd_bucket) FROM performance p
                WHERE p.account_id = ac.id AND p.months_on_book <= 12) AS worst
            FROM applicants a JOIN accounts ac ON ac.applicant_id = a.id"""
    d = pd.read_sql_query(q, c)
    d = d[d.months >= 12].copy()
    income = d.monthly_income.where(d.monthly_income > 0)
    d["dti"] = d.monthly_debt.fillna(0) / income
    d["bad"] = (d.worst.fillna(0) >= 4).astype(int)
    return d.drop(columns=["months", "worst"]).reset_index(drop=True)


def bins_of(card, d):
    """Each row's bin index per characteristic of `card` (riskdesk's JSON)."""
    out = {}
    for ch in card["characteristics"]:
        v = d[ch["variable"]]
        idx = np.full(len(d), -1)
        for k, b in enumerate(ch["bins"]):
            r = b["rule"]
            if r["kind"] == "missing":
                m = v.isna().values
            elif r["kind"] == "range":
                x = pd.to_numeric(v, errors="coerce")
                m = x.notna().values
                if r["lower"] is not None:
                    m &= (x >= r["lower"]).values
                if r["upper"] is not None:
                    m &= (x < r["upper"]).values
            elif r["kind"] == "categories":
                m = v.notna().values & v.astype(str).isin(r["values"]).values
            else:  # other
                m = v.notna().values
            idx = np.where((idx == -1) & m, k, idx)
        out[ch["variable"]] = idx
    return pd.DataFrame(out)


def gini(y, risk):
    return 2 * roc_auc_score(y, risk) - 1


def card_risk(card, d):
    b = bins_of(card, d)
    points = sum(np.array([x["points"] for x in ch["bins"]])[b[ch["variable"]].values]
                 for ch in card["characteristics"])
    return -points


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", help="directory for the generated portfolios (default: temporary)")
    work = ap.parse_args().work or tempfile.mkdtemp(prefix="riskdesk-refit-")
    os.makedirs(work, exist_ok=True)
    dbs = {}
    for seed in (7, 11):
        dbs[seed] = os.path.join(work, f"portfolio-200000-{seed}.db")
        if not os.path.exists(dbs[seed]):
            run("generate", "--applicants", "200000", "--seed", str(seed), "--out", dbs[seed])
    test = booked(dbs[11])
    file_card = os.path.join(work, "file_card.json")
    # The file's own card, written out with its bins (--keep-bins, --min-iv 0 keeps them all).
    run("scorecard", "fit", "--db", os.path.join(ROOT, "sample.db"), "--keep-bins",
        "--min-iv", "0", "--out", file_card)
    true_bins = json.load(open(file_card))
    print(f"test: seed-11 portfolio, {len(test)} accounts, {test.bad.sum()} bads\n")
    print("| training set | model | Gini in sample | Gini on the test accounts |")
    print("|---|---|---:|---:|")
    for name, db in (("sample.db", os.path.join(ROOT, "sample.db")), ("seed 7, 200,000", dbs[7])):
        train = booked(db)
        label = f"{name} ({len(train)} accounts, {train.bad.sum()} bads)"
        rows = []
        file_gini = json.loads(run("scorecard", "report", "--db", db, "--json"))["gini"]
        test_gini = json.loads(run("scorecard", "report", "--db", dbs[11], "--json"))["gini"]
        rows.append(("the file's card", file_gini, test_gini))
        fits = (("riskdesk fit (defaults)", []),
                ("riskdesk fit --coding bins", ["--coding", "bins"]),
                ("riskdesk fit --keep-bins", ["--keep-bins"]),
                ("riskdesk fit --keep-bins --coding bins", ["--keep-bins", "--coding", "bins"]))
        for model, extra in fits:
            out = os.path.join(work, "refit.json")
            run("scorecard", "fit", "--db", db, *extra, "--out", out)
            g_in = json.loads(run("scorecard", "report", "--card", out, "--db", db, "--json"))["gini"]
            g_out = json.loads(run("scorecard", "report", "--card", out, "--db", dbs[11], "--json"))["gini"]
            rows.append((model, g_in, g_out))
        b_train, b_test = bins_of(true_bins, train), bins_of(true_bins, test)
        x_train = pd.get_dummies(b_train.astype(str))
        x_test = pd.get_dummies(b_test.astype(str)).reindex(columns=x_train.columns, fill_value=0)
        m = LogisticRegression(C=1.0, max_iter=5000).fit(x_train, train.bad)
        rows.append(("file's bins, a coefficient per bin",
                     gini(train.bad, m.decision_function(x_train)),
                     gini(test.bad, m.decision_function(x_test))))
        woe = {}
        for c in b_train.columns:
            t = pd.crosstab(b_train[c], train.bad)
            woe[c] = np.log(((t[0] + 0.5) / t[0].sum()) / ((t[1] + 0.5) / t[1].sum()))
        enc = lambda b: pd.DataFrame({c: b[c].map(woe[c]).fillna(0).values for c in b.columns})
        m = LogisticRegression(C=1.0, max_iter=5000).fit(enc(b_train), train.bad)
        rows.append(("file's bins, WoE-coded",
                     gini(train.bad, m.decision_function(enc(b_train))),
                     gini(test.bad, m.decision_function(enc(b_test)))))
        for model, g_in, g_out in rows:
            print(f"| {label} | {model} | {g_in:.3f} | {g_out:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
