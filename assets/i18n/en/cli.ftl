# Riskdesk, English. Keys are shared with zh-CN.ftl; a test checks that both files
# have the same keys and that every key is used. Terms: glossary.tsv.

## riskdesk report
report-as-of = as of { $date } · policy: { $policy }
report-col-band = band
report-col-applicants = applic.
report-col-approved = approved
report-col-approval-rate = appr.%
report-col-expected-bad = exp.bad
report-col-total-limit = total limit
report-col-expected-loss = exp. loss
report-col-booked = booked
report-col-drawn = drawn
report-col-obs30 = 30+ obs
report-col-obs90 = 90+ obs
report-total = total
report-summary = referred { $referred } · declined { $declined } · revenue { $revenue } · margin { $margin } · booked EAD { $ead } · booked EL { $el }
report-legend = expected = estimated from PD for the approved; obs = observed on booked accounts with 12+ months on book

## Shared by the commands
cli-lang-all = --lang all is for screenshot only: use --lang en or --lang zh-CN
cli-applicants-min = --applicants must be at least 1
cli-in-file = { $path }: { $detail }
cli-cannot-read = { $path }: cannot be read: { $detail }
cli-cannot-write = { $path }: cannot be written: { $detail }
cli-cannot-write-json = cannot write JSON: { $detail }
cli-warning = warning: { $text }
cli-rows-left-out = { $rows } rows of { $column } are neither bad nor good and were left out

## riskdesk report
report-invalid-policy = { $path }: not a valid policy: { $detail }
report-audit-warning = warning: { $path }: audit log { $summary }

## riskdesk generate
generate-progress = generating: { $percent }%
generate-wrote = wrote { $path }: { $applicants } applicants, { $accounts } accounts, { $orders } orders, { $rows } month-end rows in { $duration }

## riskdesk audit
audit-log = { $path }: audit log { $summary }
audit-intact = intact: { $entries } entries, head { $head }
audit-intact-unprotected = intact: { $entries } entries, head { $head } (entries 1–{ $last } were written before the log was chained and were not protected before the upgrade)
audit-empty-log = (empty log)
audit-not-intact = NOT intact: { $detail }
audit-break-edited = audit entry { $entry } was edited after it was written
audit-break-deleted = audit entry { $entry } does not follow the one before it: an entry before it was deleted
audit-break-reordered = audit entry { $entry } does not follow the one before it: entries were reordered
audit-break-newest-deleted = the newest audit entries were deleted (the log ends before its recorded head, at entry { $entry })
audit-cannot-read = { $path }: cannot read the audit log: { $detail }
audit-anchor-found = anchor { $anchor } is entry { $entry }; { $following } entries follow it
audit-anchor-missing = { $path }: no audit entry has the hash { $anchor }: the log was rewritten or rolled back since that anchor was recorded
audit-exported = wrote { $entries } audit entries to { $path }; audit log { $summary }

## riskdesk scorecard
scorecard-not-a-card = { $path }: not a scorecard: { $detail }

## riskdesk scorecard fit
fit-monotonic = --monotonic must be auto, asc, desc, peak, valley or none, not { $value }
fit-min-bin-share = --min-bin-share must be at least 0 and below 0.5
fit-unknown-characteristic = --characteristics: there is no characteristic { $name }; they are { $columns }
fit-data-needed = give --csv with --target and --bad, or --db
fit-invalid-wording = { $path }: not valid wording: { $detail }
fit-personal = warning: column { $column } { $why }: left out of the fit (personal data; --allow-personal { $column } to fit on it)
fit-suspect = warning: column { $column } { $why }; --exclude { $column } leaves it out
fit-why-name = looks like people's names
fit-why-phone = looks like phone numbers
fit-why-id-number = looks like ID numbers
fit-why-identifier = looks like an identifier (a row key), not a characteristic
fit-data = { $name }: { $rows } rows ({ $goods } goods, { $bads } bads, bad rate { $rate }%)
fit-col-characteristic = characteristic
fit-col-iv = IV
fit-col-status = status
fit-col-coef = coef
fit-col-std-err = std err
fit-col-bins = bins
fit-status-in = in
fit-status-low-iv = low IV
fit-status-wrong-sign = wrong sign
fit-intercept = intercept { $intercept } (std err { $stderr }); { $iterations } Newton iterations{ $converged }
fit-bins-coding = points from one effect per bin (--coding bins), drawn toward the WoE fit above ({ $iterations } Newton iterations{ $converged }); intercept { $intercept }
fit-not-converged = , NOT converged
fit-gini = Gini on the training rows { $gini }; scores run { $low } to { $high }
fit-written = written to { $path }

## riskdesk scorecard apply
apply-id-is-characteristic = --id { $id }: it is a characteristic of the card; name a key column
apply-id-missing = --id { $id }: { $path } has no column { $id }
apply-scored = { $rows } rows scored with { $card } into { $path }

## riskdesk scorecard report
screport-data-needed = give --card and --csv with --target and --bad, or --db
screport-bands = --bands must be deciles, product or a number of bands from 1 to 100, not { $value }
screport-title = Scorecard report
screport-card = card: { $card }
screport-card-file = { $path } (“{ $name }”)
screport-own-card = the portfolio's own card, “{ $name }”
screport-data = data: { $path }
screport-rows = { $rows } rows: { $goods } goods, { $bads } bads, { $unknown } without an outcome
screport-metrics = AUC { $auc }   Gini { $gini }   KS { $ks } at score { $score }
screport-psi = PSI against the development sample { $psi } ({ $flag })
screport-stable = stable
screport-watch = watch
screport-shifted = shifted
screport-gains = Gains table (best scores first)
screport-col-band = band
screport-col-scores = scores
screport-col-rows = rows
screport-col-bads = bads
screport-col-bad-rate = bad rate
screport-col-pd = pred. PD
screport-col-cum-approved = cum. appr
screport-col-cum-bad = cum. bad
screport-col-bads-below = bads below
screport-gains-legend = cum. appr: rows in the band and above (approved by a cut-off at its lowest score); cum. bad: their bad rate; bads below: share of all bads in the bands below (declined by that cut-off) = 1 − cumulative_bad_share (docs/scorecard.md)
screport-characteristics = Characteristics (IV on this data; CSI against development)
screport-csi = CSI { $csi } ({ $flag })
screport-bin = { $label } { $goods } goods { $bads } bads { $rate } WoE { $woe } points { $points }

## riskdesk bench
bench-generating = generating { $applicants } applicants into { $path } …
bench-measuring = measuring on { $path } …
bench-nothing-loaded = nothing was loaded
bench-fit-failed = the benchmark fit failed: { $detail }
bench-title = { $applicants } applicants ({ $path }); medians, targets for 1,000,000 applicants
bench-col-key = key
bench-col-measured = measured
bench-col-target = target
bench-fit-rows = { $seconds } s ({ $rows } rows)

## --help (src/cli/help_text.rs): the text of the doc comments, as clap shows it
## (a test checks that they agree); only other languages replace it.
help-riskdesk = Offline desktop workbench for consumer-credit risk officers
help-riskdesk-db = Portfolio file to open in the workbench. Without it: ./sample.db when the current folder has one, else the last file opened (if it still exists), else none (File > Open)
help-riskdesk-lang = Language of the window and of text for people: en or zh-CN (default: the system's locale, LC_ALL, then LC_MESSAGES, then LANG). JSON keys, CSV headers and file formats stay English. `screenshot` also takes `all`: every view in both languages
help-generate = Write a deterministic sample portfolio
help-generate-applicants = Number of applicants
help-generate-seed = Seed: the same count and seed give the same contents
help-generate-out = File to write
help-generate-force = Replace --out if it exists (see the README's rule for files written)
help-report = Print a policy's figures over a portfolio, in total and by score band
help-db = Portfolio file
help-decisions = Write every applicant's decision under a policy with its principal reasons (CSV, no personal data)
help-decisions-out = CSV to write: id, decision, rule, score, pd, limit, reason_1..4, reason_text_1..4
help-decisions-force = Replace --out if it exists (never an input of this command)
decisions-written = wrote { $rows } decisions under “{ $policy }” to { $path }
decisions-unwritable = { $path }: cannot write the decisions: { $detail }
help-report-policy = Policy (JSON, see the README) to apply instead of the policy in force
help-report-json = Print JSON (keys documented in the README; English keys in every language)
help-screenshot = Render a view of the workbench to a PNG, without a display
help-screenshot-view = View: overview, applicants, applicant (one selected, detail open), policy-lab, policy (the lab with --policy as challenger), charts
help-screenshot-out = PNG to write (the name must end in .png)
help-screenshot-all = Every view in both themes into --out-dir (and, with --lang all, in both languages)
help-screenshot-out-dir = Folder for --all (created if missing): one VIEW-THEME.png per view and theme; VIEW-THEME-LANG.png when --lang is given (en, zh-CN, or all for both)
help-screenshot-force = Replace files that exist (never the portfolio or the policy read)
help-screenshot-applicant = Applicant id for the `applicant` view (default: the first booked applicant)
help-screenshot-policy = Challenger policy (JSON) for the `policy` view (default: the policy in force with the cut-off 20 points higher)
help-screenshot-size = Size in points, WIDTHxHEIGHT
help-screenshot-theme = Colour theme
help-screenshot-scale = Pixels per point: 1 or 2
help-scorecard = Fit, apply and check scorecards on any CSV data set
help-scorecard-fit = Fit a scorecard on a CSV file (or a portfolio's booked accounts) and write it as JSON
help-outcome-csv = Data with outcomes (CSV with a header row)
help-outcome-db = Or a portfolio file: its booked accounts with a known 12-month outcome (bad: 90+ days past due)
help-outcome-target = The outcome column (CSV only)
help-outcome-bad = The outcome column's value that means bad (CSV only)
help-outcome-good = The values that mean good (comma separated; CSV only). Needed when the outcome column has more than two values: rows with any other value are left out and counted
help-fit-exclude = Columns not to use (comma separated)
help-fit-characteristics = Only these characteristics (comma separated); the others are left out
help-fit-monotonic = How the bad rate must move with a numeric value: auto, asc, desc, peak, valley or none
help-fit-max-bins = Bins per characteristic at most (missing and "other" bins aside)
help-fit-min-bin-share = Each bin holds at least this share of the rows
help-fit-min-outcomes = Goods and bads each bin holds at least (where the data allow)
help-fit-fine-bins = Fine classes (quantiles) a numeric value is cut into before merging
help-fit-bin-penalty = Log-likelihood a further bin must add to be kept (ln(rows)/2 is the BIC's)
help-fit-min-iv = Characteristics with a lower information value are left out
help-fit-drop-wrong-sign = Refit without characteristics whose coefficient has the wrong sign
help-fit-ridge = Ridge penalty on the regression coefficients (0: maximum likelihood)
help-fit-coding = How bins get their points: woe (one slope per characteristic on its WoE) or bins (one effect per bin, fitted jointly and drawn toward the WoE fit by --ridge; better where characteristics are related, as on a portfolio's booked accounts)
help-fit-base-score = Score at the base odds
help-fit-base-odds = Good:bad odds at the base score
help-fit-pdo = Points to double the odds
help-fit-wording = Labels and customer wording of reasons, JSON: { "{" }"column": { "{" }"label": ..., "reason_code": ..., "reason_text": ..., "reason_texts": { "{" }"zh-CN": ...{ "}" }, "missing_reason_text": ..., "missing_reason_texts": { "{" }"zh-CN": ...{ "}" }{ "}" }{ "}" }; every key optional
help-fit-bins-from = Keep this card's characteristics and bins (JSON), re-estimating only the points
help-fit-keep-bins = With --db: keep the file's own card's characteristics and bins
help-fit-name = Name of the scorecard
help-fit-out = Where to write the scorecard (JSON)
help-fit-allow-personal = Columns that look like personal data (names, phone or ID numbers) to fit on all the same (comma separated); by default they are left out, with a warning
help-fit-force = Replace --out if it exists (never an input of this command)
help-csv-categorical = Columns to read as categories even if they hold numbers (comma separated)
help-csv-numeric = Columns that must hold numbers (comma separated)
help-csv-na = Cell texts that mean "missing" besides an empty cell, e.g. NA (comma separated)
help-scorecard-apply = Score every row of a CSV file: score, PD, points per characteristic, reason codes
help-apply-card = Scorecard (JSON from `scorecard fit`)
help-apply-csv = Data to score (CSV with a header row)
help-apply-out = Where to write the scores (CSV, one row per input row, in input order)
help-apply-id = A column of --csv carried through to the output as its first column (an application id), so that scores join back by key, not by row order
help-scorecard-report = How well a scorecard ranks a CSV file's outcomes: AUC, Gini, KS, gains and IV tables
help-screport-card = Scorecard (JSON from `scorecard fit`); with --db, the file's own card by default
help-screport-bands = Gains table bands: "deciles", a number of equal-count bands, or "product" (the A–F bands of docs/design.md#score-bands, for cards on the product's scale)
help-screport-json = Print JSON (keys documented in docs/scorecard.md)
help-audit = Check the audit log's hash chain, or export the log as CSV
help-audit-verify = Check the chain: exit 0 and "intact: N entries, head H", or exit 3 naming the first broken entry. With --head, also check that an anchor recorded earlier is the hash of an entry of the chain (exit 3 when none is: forged or rolled back)
help-audit-head = A head hash recorded earlier, outside the file
help-audit-export = Write the log as CSV (id, at, user, action, subject, detail, reason, prev_hash, hash), oldest first; the last row's hash is the head
help-audit-out = CSV file to write
help-audit-force = Replace --out if it exists (never the portfolio)
help-bench = Measure the hot paths on a large generated portfolio (medians)
help-bench-applicants = Number of applicants of the benchmark portfolio
help-bench-seed = Seed of the benchmark portfolio
help-bench-json = Print JSON (keys documented in the README)

## riskdesk import
help-import = Import a lender's CSV extract under an import map as a new portfolio (or --check it: nothing is written)
help-import-map = The import map (JSON, see the README): which file and column holds what
help-import-check = Read every row under the map and print the summary; nothing is written
import-map-unreadable = { $path }: cannot read the map: { $detail }
import-map-invalid = { $path }: the map is not valid: { $detail }
map-error-json = { $detail }
map-error-no-name = name: the portfolio needs a name
map-error-encoding = encoding: { $value } is not utf-8 or gbk
map-error-date-format = date_format: { $value } is not one of %d/%m/%Y, %m/%d/%Y, %d-%m-%Y, %m-%d-%Y
map-error-no-bad = outcomes.bad: name at least one value meaning bad
map-error-bad-and-good = outcomes: { $value } is both bad and good
map-error-scale = { $column }: scale must be a positive number
map-error-performance-without-accounts = performance: the month-ends belong to accounts; map "accounts" too
map-error-accounts-without-id = accounts.id: performance names accounts by id; map the accounts' id column
import-missing-column = { $file }: there is no column { $column }; the columns are { $columns }
import-not-a-number = { $file }, line { $line }, column { $column }: { $value } is not a number
import-bad-date = { $file }, line { $line }, column { $column }: { $value } is not a date (2026-06-30, 2026/06/30, 30.06.2026 or Jun-2026)
import-ambiguous-date = { $file }, line { $line }, column { $column }: { $value } could be day/month or month/day; give the map a "date_format" ("%d/%m/%Y" or "%m/%d/%Y")
import-bad-as-of = as_of: { $value } is not a date (2026-06-30)
import-duplicate-id = { $file }, line { $line }: applicant { $id } again (first on line { $first })
import-unknown-applicant = { $file }, line { $line }: applicant { $id } is not in the applicants file
import-short-row = { $file }, line { $line }: fewer cells than the header has columns
import-title = Import check of “{ $name }”, as of { $date }
import-file-utf8 = { $file }: UTF-8
import-file-gbk = { $file }: GBK (as the map says)
import-file-gbk-found = { $file }: not UTF-8, read as GBK
import-applicants = applicants: { $rows }, ids from column { $id }
import-applicants-row-numbers = applicants: { $rows }, ids are the row numbers
import-applied = applied on (column { $column }): { $first } to { $last }; { $after } after the as-of date
import-applied-as-of = applied on: no column mapped, every applicant takes the as-of date
import-numeric = numeric, { $min } to { $max }
import-categorical = categorical, { $levels } values
import-column = { $field } ← { $column }: { $what }; missing { $missing } ({ $share })
import-negatives = ; { $n } negative values read as missing
import-dti-column = debt-to-income: from column { $column }
import-dti-computed = debt-to-income: monthly debt / monthly income
import-dti-none = debt-to-income: not available
import-rules-not-applicable = hard rules without their input (not applicable): { $rules }
import-rule-income = the limit rule (no income)
import-rule-dti = the debt-to-income cap
import-rule-age = the minimum age
import-rule-tenure = the minimum platform tenure
import-no-outcomes = outcomes: none mapped (no observed rates, no fit)
import-outcomes-from-history = outcomes: none mapped; Riskdesk's own from the month-end history (bad: 90+ days past due within 12 months on book; good: 12 months without)
import-outcomes = outcomes: { $bad } bad, { $good } good, { $neither } neither (kept, counted as neither); bad means: { $definition }
import-without-outcome = applicants without an outcome row: { $n }
import-nothing-written = nothing was written (--check)
import-wrote = wrote { $path }
import-list-separator = {"; "}
import-duplicate-account = { $file }, line { $line }: account { $id } again (first on line { $first })
import-second-account = { $file }, line { $line }: a second account of applicant { $id } (the first on line { $first }); a portfolio holds one account per applicant
import-unknown-account = { $file }, line { $line }: account { $id } is not in the accounts file
import-after-as-of = { $file }, line { $line }, column { $column }: { $value } is after the as-of date
import-missing-value = { $file }, line { $line }, column { $column }: the value is missing and is needed
import-out-of-range = { $file }, line { $line }, column { $column }: { $value } is outside 0 to { $max }
import-bad-days = { $file }, line { $line }, column { $column }: { $value } is not a number of days past due (0 or more)
import-bad-bucket = { $file }, line { $line }, column { $column }: { $value } is not a days-past-due bucket (0–4, current, 1-29, 30-59, 60-89, 90+ or M0–M4)
import-before-opening = { $file }, line { $line }: a month-end of account { $account } for { $month }, before it opened ({ $opened })
import-duplicate-month = { $file }, line { $line }: account { $account } has a second month-end for { $month } (first on line { $first })
import-history-gap = { $file }: account { $account } (opened { $opened }) has no month-end for { $missing }; a history runs from the month after opening without a gap
import-no-accounts = accounts: none mapped (no month-end history: vintage curves and roll rates are not drawn)
import-no-accounts-booked = accounts: none mapped, so every applicant with an outcome counts as booked (no month-end history)
import-accounts = accounts: { $n } ({ $share } of the applicants), opened { $first } to { $last }; limits { $min } to { $max }
import-fee-rate = fee rate: from column { $column }; { $missing } missing, read as 0
import-fee-rate-none = fee rate: not mapped, 0 for every account
import-performance-days = performance: { $rows } month-ends of { $accounts } accounts, { $first } to { $last }; days past due given in days
import-performance-buckets = performance: { $rows } month-ends of { $accounts } accounts, { $first } to { $last }; days past due given as buckets
import-opening-month = month-ends in the opening month itself (not a month on book): { $n }, not kept
import-balance-missing = balances missing, read as 0: { $n }
import-latest-buckets = at each account's latest month-end: { $current } current, { $b1 } 1–29, { $b30 } 30–59, { $b60 } 60–89, { $b90 } 90+
import-no-performance = performance: none mapped (no month-end history: vintage curves and roll rates are not drawn)
import-disagreements = outcomes against the history: { $compared } applicants with both; { $bad_good } given bad with 12 months and no 90+, { $good_bad } given good that reached 90+ within 12 months (the given outcomes are used for fitting and observed rates, the history for the charts)
import-outcome-without-account = outcomes of applicants without an account: { $n } (counted as observed)
install-no-reason = --reason must say why the scorecard is put in force
install-missing-characteristic = the card reads { $name }, which the portfolio does not have; its characteristics are { $columns }
install-personal-characteristic = the card reads { $name }, which is an identifier or personal data in the portfolio
install-wrong-kind = the card reads { $name } as { $card }, but it is { $portfolio } in the portfolio
install-done = scorecard “{ $name }” is in force in { $path } ({ $n } characteristics)
install-approval = approval rate under “{ $policy }”: { $before } before, { $after } after
install-own-definition = 90+ days past due within 12 months on book
install-calibration = calibration over { $n } applicants with an outcome (bad means: { $definition }):
install-col-band = band
install-col-outcomes = outcomes
install-col-observed = observed bad
install-col-predicted = predicted bad
report-no-scorecard = no scorecard yet: fit one on the outcomes with `riskdesk scorecard fit --db FILE --out card.json`, then put it in force with `riskdesk scorecard install --db FILE --card card.json --reason "..."`
report-legend-given = expected = estimated from PD for the approved; obs = observed on the outcomes the lender gave (bad means: { $definition }); 30+ is not in given outcomes
report-no-limit = the portfolio has no income: the limit rule does not apply, so no limit, exposure or loss is given
report-no-accounts = the portfolio has no accounts (none were imported): booked, drawn, book EAD and book EL are not known, shown –
help-import-out = The portfolio file to write
help-import-force = Replace --out if it exists (never an input of this command)
help-import-reason = Why the book is imported (recorded in the audit log)
help-scorecard-install = Make a card the scorecard in force in a portfolio (with a reason, in the audit log)
help-scorecard-install-db = The portfolio file
help-scorecard-install-card = The scorecard to put in force (JSON from `scorecard fit`)
help-scorecard-install-reason = Why (recorded in the audit log)
help-riskdesk-rules = Compliance rules (JSON) for the window's Compliance tab; without it the built-in rules (`riskdesk compliance --print-rules`)
help-watchlist = The early-warning watchlist of booked accounts: signals, chance of 90+ in 3 and 6 months, action
help-watchlist-out = CSV to write: account_id, applicant_id, bucket, balance, limit, utilisation, signals, p90_3m, p90_6m, at_risk_el, action
help-watchlist-force = Replace --out if it exists (never an input of this command)
help-watchlist-json = Print the rows as JSON (without --out)
help-stress = A scenario applied to the policy in force (and a challenger): approvals, EL, capital and ECL, base against stressed
help-capital = Basel IRB capital of the approvals and of the booked book, base against a scenario
help-ecl = IFRS 9 expected credit loss of the booked book by stage, under a scenario and probability-weighted
help-stress-policy = Policy (JSON): the challenger beside the policy in force (stress), or the policy instead of it (capital, ecl)
help-stress-scenario = Scenario (JSON, see the README)
help-stress-preset = A preset scenario: base, mild or severe
help-stress-saved = A scenario saved in the portfolio (its latest version)
stress-no-saved = the portfolio has no saved scenario named "{ $name }"
help-stress-correlation = Asset correlation: qrre (0.04) or other (other retail, 0.03–0.16 by PD)
help-stress-pd-floor = PD floor (0.0003 = 0.03%; 0.0005 or 0.001 under Basel 3.1)
help-stress-capital-ratio = Capital / RWA (0.08; 0.105 with the conservation buffer)
help-stress-json = Print JSON (keys in the README)
help-stress-reverse-el = Reverse stress: the lever's value at which expected loss (approvals and booked book) reaches this many yuan
help-stress-reverse-capital = Reverse stress: the lever's value at which capital (approvals and booked book) reaches this many yuan
help-stress-lever = The lever of the reverse stress test: pd (the PD multiplier) or income (the income shock)
stress-bad-limit = the reverse stress test's limit must be a positive amount in yuan
stress-reverse-pd = Reverse stress: { $figure } reaches { $limit } at PD × { $value } (the scenario's other shocks kept)
stress-reverse-income = Reverse stress: { $figure } reaches { $limit } at an income shock of −{ $value } (the scenario's other shocks kept)
stress-reverse-never = Reverse stress: { $figure } stays under { $limit } whatever the lever (PD × 50, income −95%)
stress-invalid-scenario = { $path }: not a scenario file: { $detail }
stress-bad-params = the PD floor must be at least 0 and below 0.5, the capital ratio between 0 and 1
stress-no-scorecard = the portfolio has no scorecard in force: no PD, so no expected loss or capital (scorecard install puts one in force)
stress-head = Scenario "{ $scenario }" on "{ $policy }" (the policy in force unless --policy):
stress-col-base = base
stress-col-stressed = stressed
stress-approvals = approvals
stress-ead = exposure (EAD)
stress-el = expected loss
stress-rwa = risk-weighted assets
stress-capital = capital
stress-margin = margin after the cost of capital
stress-lost = { $n } approvals lost under the scenario
stress-booked = Booked book
stress-ecl-head = IFRS 9 ECL of the booked book (accounts / ECL)
stress-stage = stage { $stage }
stress-provision-ratio = ECL / drawn (reference 1.5–2.5%)
stress-weighted = probability-weighted ECL (Base 60%, Mild 30%, Severe 10%): { $ecl }
help-register = The risk register: ratings before and after controls, target, linked indicators, what is overdue
help-register-json = Print the register as JSON (a list of risks)
help-register-out = CSV to write, one risk a row
register-unwritable = { $path }: cannot write the register: { $detail }
register-wrote = wrote { $n } risks to { $path }
register-summary = { $n } risks in the register as of { $date } (rating → after controls, target, linked indicators' worst status, status, review):
register-overdue-note = { $actions ->
    [0] , review overdue
   *[other] , { $actions } overdue
}
watchlist-no-accounts = the portfolio has no booked accounts: there is nothing to watch
watchlist-unwritable = { $path }: cannot write the watchlist: { $detail }
watchlist-wrote = wrote { $count } { $n ->
    [one] account
   *[other] accounts
} on the watchlist to { $path }
watchlist-summary = { $count } of { $accounts } booked accounts on the watchlist, the likeliest to reach 90+ first:
help-compliance = Check the policy in force (and a challenger) and the book against the compliance rules; fair-lending table
help-compliance-policy = A challenger policy (JSON) checked beside the policy in force
help-compliance-rules = Rules file (JSON); without it the built-in rules (see --print-rules)
help-compliance-json = Print JSON for programs
help-compliance-strict = Exit with code 4 when a rule is in breach (the challenger's with --policy)
help-compliance-print-rules = Print the rules (the built-in ones, or --rules) as JSON and stop
compliance-invalid-rules = { $path }: not a valid rules file: { $detail }
help-compliance-group-by = Also group the fairness table by these categorical columns (comma-separated)
compliance-cannot-group = --group-by { $column }: not a categorical column of this portfolio (names, phones and ids are never grouped by)
compliance-needs-db = give the portfolio with --db FILE
compliance-strict-breach = a compliance rule is in breach (--strict)
