# Riskdesk window, English. Keys are shared with zh-CN/window.ftl (tests/i18n.rs).

## menus and tabs
menu-file = File
menu-view = View
menu-open = Open…
menu-open-path = Open by path…
menu-open-path-tip = type the file's path: for a desktop without a file dialog
menu-export-csv = Export the filtered table as CSV…
menu-save-csv-beside = Save the filtered table as CSV beside the portfolio
menu-save-csv-beside-tip = NAME-applicants-DATE.csv in the portfolio's folder, names masked; never overwrites
menu-export-csv-personal = Export the filtered table with names…
menu-export-csv-personal-tip = names unmasked, for a stated purpose written into the audit log
menu-export-png = Export the current view as PNG…
menu-save-png-beside = Save the current view as PNG beside the portfolio
menu-save-png-beside-tip = NAME-VIEW-DATE.png in the portfolio's folder; never overwrites
menu-quit = Quit
menu-light-theme = Light theme
menu-dark-theme = Dark theme
menu-zoom-in = Zoom in
menu-zoom-out = Zoom out
menu-zoom-reset = Actual size
menu-zoom = Zoom { $percent }%
menu-english = English
menu-chinese = 简体中文
menu-language-tip = the language of the window; remembered
menu-display-name = Your name in the audit log
menu-display-name-hint = beside your account name
tab-overview = Overview
tab-applicants = Applicants
tab-policy-lab = Policy lab
tab-charts = Charts
tab-compliance = Compliance
tab-watchlist = Watchlist
tab-kris = KRIs
tab-register = Risk register

## status bar and the empty window
booked-accounts = { $n } booked accounts
booked-given = { $n } with an outcome the lender gave (no accounts imported)
status-portfolio = { $applicants } applicants · { $accounts } · as of { $date }
status-rows-shown = { $n ->
    [one] { $shown } row shown
   *[other] { $shown } rows shown
}
status-loading = loading { $file }
nothing-open-loading = Opening the portfolio…
nothing-open = No portfolio is open
nothing-open-hint = Open a portfolio file (riskdesk generate writes one).
status-audit-empty-log = (empty log)
audit-head-tip = Head { $head }
    Record it outside the file: `riskdesk audit verify --head HASH` later proves that nothing before it was changed, even by someone who recomputed the chain.
audit-unprotected = Entries 1–{ $last } were written before the log was chained (an upgrade from schema version 1) and were not protected before it.
status-audit-intact = { $n ->
    [one] audit log: { $entries } entry, intact
   *[other] audit log: { $entries } entries, intact
}
status-audit-not-intact = not intact
audit-not-intact-badge = audit log NOT intact: { $what }
audit-unreadable = audit log: cannot be read
audit-banner = The audit log of this file is not intact: { $what }. Entries from there on cannot be trusted; compare with a copy or an anchor recorded earlier (riskdesk audit verify --head HASH).

## prompts
personal-export-title = Export the filtered table with names
personal-export-body = Names are written unmasked. The export is logged in the audit log with its purpose.
purpose = Purpose
purpose-hint = e.g. complaint 2026-114
choose-file = Choose the file…
cancel = Cancel
open = Open
discard-title = The challenger is not saved
discard-body-quit = The policy { $policy } being tried in the Policy lab is not saved. It is lost if you quit.
discard-body-open = The policy { $policy } being tried in the Policy lab is not saved. It is lost if you open another file.
discard-keep-hint = To keep it, save it in the Policy lab (with a reason for the audit log).
discard-keep = Keep working
discard-quit = Quit without saving
discard-open = Open without saving
open-path-title = Open a portfolio by its path
path = Path
path-hint = e.g. /home/wang/portfolios/book.db

## the domain's words (workbench/words.rs)
decision-approve = approve
decision-refer = refer
decision-decline = decline
outcome-good = good
outcome-bad = bad
outcome-unknown = unknown
rule-under-age = age under { $age }
rule-declined-employment = employment category declined ({ $categories })
rule-short-tenure = fewer than { $months } months on the platform
rule-no-income = no monthly income stated
rule-dti-above-cap = debt-to-income above { $cap }%
rule-score-below = score below { $score }
rule-refer-band = score in the refer band { $low }–{ $high }
rule-at-or-above-cutoff = score at or above the cut-off { $cutoff }
bin-missing = missing
bin-other = other
bin-any = any
kri-approval-rate = Approval rate
kri-dpd30 = 30+ days past due
kri-dpd90 = 90+ days past due
kri-el-rate = Expected loss rate
kri-score-psi = Score PSI
kri-booked-rate = Booked share
kri-dpd30-balance = 30+ days past due (balances)
kri-dpd90-balance = 90+ days past due (balances)
kri-new-90 = New 90+ accounts
kri-roll-current = Current → 1–29
kri-utilisation = Utilisation
kri-on-watch = Accounts on watch
status-no-data = no data
status-good = on target
status-watch = watch
status-breach = breach

## Overview
overview-title = { $name } — as of { $date }
overview-no-applicants = The portfolio has no applicants.
overview-no-previous-quarter = no previous quarter
overview-intro = Applications of { $quarter } under the policy in force (“{ $policy }”), against { $previous }. Book exposure (drawn + CCF × undrawn), expected loss and 30+ / 90+ shares of accounts are at the quarter's last month-end.
overview-vs = { $change } vs { $previous }
overview-psi-reference = vs first { $months } months
overview-psi-too-short = history too short
tile-applicants = Applicants
tile-booked = Booked accounts
tile-book-ead = Book exposure (EAD)
tile-book-el = Book expected loss
overview-kri-note = Key risk indicators of { $quarter } against their thresholds: on target, watch or breach (hover a status for its thresholds; click a tile for its monthly history). Expected loss rate = expected loss / exposure of the lines not yet 90+ days past due. Score PSI compares the quarter's applicants' scores with those of the first { $months } months of applications (the portfolio keeps no development sample); under 0.10 is stable.
overview-whole = Whole portfolio: { $applicants } applicants, approval rate { $rate } under the policy in force, { $accounts }, AUC { $auc } (Gini { $gini }).
overview-monthly = Monthly applications and approval rate
threshold-or-lower = { $value } or lower
threshold-below = below { $value }
threshold-or-higher = { $value } or higher
threshold-above = above { $value }
threshold-or = {" "}or{" "}
threshold-text = watch: { $watch }; breach: { $breach }; otherwise on target
overview-month-readout = { $month }
    { $applications } applications
    { $approved } approved: approval rate { $rate } under the policy in force
overview-applications = applications
overview-application-month = application month
overview-approval-rate-series = approval rate under the policy in force (%)
overview-approval-rate-axis = approval rate (%)
policy-unsaved = { $name } (unsaved)

## Applicants
col-id = Id
col-name = Name
col-applied = Applied
col-channel = Channel
col-score = Score
col-band = Band
col-pd = PD
col-decision = Decision
col-limit = Limit
col-outcome = Outcome
filter-any = any
search = Search
search-hint = id or name
search-tip = an applicant id, or a part of the name
search-hint-id = id
search-tip-id = an applicant id (this portfolio holds no names)
city-tier = City tier
city-tier-n = tier { $tier }
clear-filters = Clear filters
clear-filters-tip = search and filters; the sort stays
applicants-match = { $n ->
    [one] { $shown } of { $total } applicant match
   *[other] { $shown } of { $total } applicants match
}
updating = updating…
decisions-under = Decisions and limits under
under-in-force = the policy in force, { $policy }
under-challenger-same = the lab's challenger (the same for now)
under-challenger = the lab's challenger, { $policy }
under-challenger-tip = what the policy being tried in the Policy lab would decide

## errors of the workbench
error-no-reason = a reason is required (it goes into the audit log)
error-no-name = a policy needs a name to be saved
error-reread = written, but the lists were not re-read: { $error }
error-read-only = the file is read-only: personal data is shown only when the reveal can be logged
error-interrupted = the work stopped before it was done
error-no-scorecard = No scorecard yet: there are no scores or decisions to export. Fit a card and put it in force first.
error-cannot-write = { $path }: cannot be written: { $detail }

## status messages
status-nothing-to-export = nothing to export: no portfolio is open
status-no-portfolio = no portfolio is open
status-export-needs-purpose = nothing exported: names are exported only for a stated purpose
status-exported-with-names = { $n ->
    [one] exported { $rows } row with names to { $path }, for “{ $purpose }” (logged in the audit log)
   *[other] exported { $rows } rows with names to { $path }, for “{ $purpose }” (logged in the audit log)
}
status-exported = { $n ->
    [one] exported { $rows } row to { $path }, decisions under { $policy }
   *[other] exported { $rows } rows to { $path }, decisions under { $policy }
}
status-nothing-exported = nothing exported: { $error }
status-revealed = applicant { $id }'s name and phone shown, for “{ $purpose }” (logged in the audit log)
status-reveal-needs-purpose = not revealed: personal data is shown only for a stated purpose
status-not-revealed = not revealed: { $error }
status-policy-saved = saved policy { $policy } (logged in the audit log)
status-save-needs-reason = not saved: a policy is saved only with a reason
status-not-saved = not saved: { $error }
status-policy-loaded = loaded policy { $policy } into the lab
status-champion-changed = { $policy } is now the champion (logged in the audit log)
status-champion-needs-reason = the champion was not changed: type a reason first
status-champion-not-changed = the champion was not changed: { $error }
status-opened = opened { $file }
status-opening = opening { $file }…
status-stays-open = { $error } (the open portfolio stays open)
status-load-lost = loading the file failed unexpectedly
status-dialog-lost = the file dialog failed unexpectedly
status-dialog-open = a file dialog is already open
status-view-saved = saved the view ({ $size }) to { $path }
status-view-not-saved = the view was not saved: { $error }
status-no-file-opened = no file opened (dialog cancelled or unavailable; without a file dialog, { $item })
status-dialog-nothing-exported = nothing exported (dialog cancelled or unavailable; without a file dialog, { $item })
startup-last-file = no sample.db in the current folder: opened the last file, { $file }
startup-last-file-gone = no sample.db in the current folder, and the last file opened, { $file }, is gone: use File > Open… or File > Open by path…
startup-nothing = no sample.db in the current folder: use File > Open… or File > Open by path…

## the applicant's detail
detail-none = No applicant selected.
detail-title = Applicant { $id }
detail-phone = Phone
detail-age = Age
detail-income = Monthly income
detail-dti = Debt-to-income
detail-mask = Mask name and phone
detail-mask-tip = the reveal is in the audit log
detail-reveal = Reveal name and phone
detail-reveal-tip = masked by default; a reveal is written into the audit log with its purpose
detail-reveal-disabled = type the purpose first: it goes into the audit log
detail-score-line = Score { $score } · band { $band } · PD { $pd }
detail-decision-in-force = Decision under the policy in force
detail-decision-challenger = Decision under the lab's challenger
detail-by-rule = by the rule: { $rule }
detail-policy = Policy: { $policy }
detail-limit = Limit { $limit } = income { $income } × multiple { $multiple } × band { $band } factor { $factor } = { $raw }, rounded down to 100: { $rounded }, clamped to [{ $min }, { $max }]
detail-no-limit = No limit: not approved.
detail-history = Repayment history
detail-no-breakdown = no breakdown: { $error }
detail-this-applicant = this applicant
detail-best-bin-legend = best bin of the characteristic
detail-points = points
detail-breakdown-readout = { $name }
    this applicant { $points } points, best bin { $best } points
detail-characteristic = Characteristic
detail-value = Value
detail-bin = Bin
detail-points-col = Points
detail-best = Best
detail-base-points = Base points
detail-total = Total (score)
reason-under-age = Age { $age } is below the minimum of { $min }
reason-declined-employment = Employment category "{ $category }" is not eligible for credit
reason-short-tenure = { $months } months on the platform, below the minimum of { $min }
reason-tenure-unknown = Months on the platform not known (the minimum is { $min })
reason-no-income = No income given: the debt-to-income ratio cannot be checked
reason-dti-above-cap = Debt-to-income { $dti } above the cap of { $cap }
reason-score = { $text } (−{ $points } points)
detail-principal = Principal reasons for this decision
detail-principal-none = None: an approval has no reasons.
detail-principal-line = { $code } — { $text }
detail-reasons = Reason codes of the score
detail-no-reasons = None: every characteristic is in its best bin.
detail-reason = { $code } — { $text } (−{ $points } points against the best bin)
detail-no-account = No booked account: no repayment history (outcome unknown).
detail-account = Account { $id } opened { $month } with a limit of { $limit } · outcome: { $outcome }
detail-history-bar = { $month } (month on book { $mob }): { $dpd }
detail-mob = month on book
detail-dpd = days past due
dpd-current = current

## Policy lab
lab-challenger-policy = Challenger policy
lab-champion-in-force = Champion (in force): { $policy }
lab-cutoff = Cut-off
lab-cutoff-tip = drag, or click it and use ← →: one point a key
lab-refer-width = Refer band width
lab-min-tenure = Min platform tenure (months)
lab-dti-cap = Debt-to-income cap
lab-income-multiple = Income multiple
lab-min-limit = Minimum limit (¥)
lab-max-limit = Maximum limit (¥)
lab-utilisation = Utilisation
lab-lgd = LGD
lab-band-factors = Limit factor by score band
lab-band-factor = Band { $band } factor
lab-reset = Reset to champion
lab-save = Save
lab-name = Name
lab-reason = Reason (required)
lab-reason-hint = why this policy
lab-save-policy = Save policy
lab-reason-first = type a reason first: it goes into the audit log
lab-reason-required = A reason is required to save.
lab-saved-policies = Saved policies
lab-champion-mark = {" "}(champion)
lab-saved-by = { $at } by { $by }: { $reason }
lab-same-as = the same figures as v{ $version }
lab-changes-from = changes from v{ $version }: { $changes }
lab-load = Load
lab-make-champion = Make champion…
lab-make-champion-tip = asks for a confirmation that shows what changes
lab-confirm-question = Make “{ $policy }” the policy in force instead of “{ $champion }”?
lab-confirm-same = Its figures are the same as the champion's.
lab-confirm-changes = It changes: { $changes }.
lab-confirm-reason-first = Type the reason above first: it goes into the audit log.
lab-confirm = Confirm: make champion
lab-n-applicants = { $n ->
    [one] { $count } applicant
   *[other] { $count } applicants
}
lab-est-bad-rate = est. bad rate { $rate }
lab-observed-of = observed { $rate } of { $of }
lab-observed-none = observed –
lab-observed-tip = bad share among mature booked accounts of the cell
lab-swap-corner = champion ↓  challenger →
lab-swap-challenger = challenger: { $decision }
lab-swap-champion = champion: { $decision }
lab-swap-summary = Kept { $kept } · swapped in { $in } (est. bad rate { $inrate }) · swapped out { $out } (est. bad rate { $outrate }) · approved by neither { $neither }
lab-in-force-heading = Policy in force: { $policy }
lab-try-hint = Move a slider or pick a preset to try a challenger; both columns show the policy in force until then.
lab-versus-heading = Champion { $champion } vs challenger { $challenger }
lab-champion = Champion
lab-challenger = Challenger
lab-difference = Difference
lab-approvals = Approvals
lab-referred = Referred
lab-expected-bad-rate = Expected bad rate
lab-exposure = Exposure of the approvals (limit × utilisation)
lab-expected-loss = Expected loss
lab-revenue = Revenue
lab-margin = Margin
lab-observed-note = Observed bad rate of approved mature accounts: champion { $champion }, challenger { $challenger } (outcomes exist only for booked accounts).
lab-swap-title = Swap set: the champion's decision against the challenger's
lab-audit-log = Audit log
lab-no-entries = No entries yet.

## Charts
charts-how-to = Point at a chart for its values · right-drag a box to zoom in · double-click to reset
chart-score-band = score band
chart-risk-title = Default rate and predicted PD by score band (mature accounts)
chart-risk-observed = observed default rate (90+ within 12 months)
chart-risk-predicted = predicted PD (mean)
chart-rate-axis = rate (%)
chart-risk-readout = band { $band }
    observed default rate { $rate } ({ $bad } bad of { $mature } mature accounts)
    predicted PD { $pd }
chart-exposure-title = Exposure of the approvals (limit × utilisation) by score band
chart-champion-named = champion, { $policy }
chart-challenger-named = challenger, { $policy }
chart-exposure-axis = exposure (¥ million)
chart-exposure-readout = band { $band }
    champion { $champion }: { $ead1 } ({ $n1 } approved)
    challenger { $challenger }: { $ead2 } ({ $n2 } approved)
chart-strategy-title = Strategy curve: approval rate vs expected bad rate over all cut-offs
chart-strategy-every = every cut-off (the challenger's other rules)
chart-strategy-champion = champion, cut-off { $cutoff }
chart-strategy-challenger = challenger, cut-off { $cutoff }
chart-approval-rate = approval rate
chart-expected-bad-rate = expected bad rate
chart-strategy-readout = cut-off { $cutoff }
    approval rate { $approval }
    expected bad rate { $bad }
chart-roll-title = Roll rates: share of a bucket's balance found in each bucket a month later
chart-roll-corner = from \ to
chart-roll-base = base (account-months, balance)
chart-roll-cell-tip = { $n } account-months from { $from } to { $to }
chart-vintage-title = Vintage curves: cumulative 30+ rate by months on book, per quarterly cohort
chart-vintage-x = months on book
chart-vintage-y = ever 30+ days past due (%)
chart-vintage-line = { $cohort }: { $rate } of { $accounts } accounts
chart-vintage-none = month on book { $mob }: no cohort has reached it yet
chart-vintage-head = month on book { $mob }
chart-roc-title = ROC: AUC { $auc }, Gini { $gini } (mature accounts, 12-month outcome observed)
chart-scorecard = scorecard
chart-random = random (no discrimination)
chart-roc-x = goods declined (share of goods)
chart-roc-y = bads declined (share of bads)
chart-roc-readout = declining scores up to { $score }
    goods declined { $goods }
    bads declined { $bads }
chart-ks-title = KS { $ks } percentage points at score { $score } (largest gap between the shares)
chart-ks-bads = bads at or below the score
chart-ks-goods = goods at or below the score
chart-ks-legend = KS { $ks } pp
chart-ks-x = score
chart-ks-y = share at or below the score
chart-ks-readout = score { $score }
    bads at or below { $bads }
    goods at or below { $goods }
    gap { $gap } pp
preset-conservative = Conservative
preset-balanced = Balanced
preset-growth = Growth
na-rules = Not applicable (no input in this portfolio): { $rules }.
na-rule-age = the minimum age
na-rule-tenure = the minimum platform tenure
na-rule-dti = the debt-to-income cap
na-rule-limit = the limit rule (no income)
na-separator = {", "}
outcome-definition-own = 90+ days past due within 12 months on book
outcome-indeterminate = neither bad nor good
detail-no-income-limit = No limit: the portfolio has no income, so the limit rule does not apply.
detail-given-outcome = Outcome as the lender gave it: { $outcome } (bad means: { $definition }). The portfolio has no month-end history.
no-card-title = No scorecard yet
no-card-holds = “{ $name }” holds { $applicants } applicants with { $characteristics } characteristics, { $outcomes } of them with an outcome (bad means: { $definition }). Scores, bands, decisions and every chart need a scorecard.
no-card-how = Fit one on the outcomes and put it in force, then open the file again:
no-card-copy = Copy
no-card-then = The fit prints each characteristic's information value and the card's Gini; install prints the approval rate before and after, and the card's calibration by band.
lab-observed-note-given = Observed bad rate of the approved with an outcome the lender gave: champion { $champion }, challenger { $challenger } (bad means: { $definition }).
chart-risk-title-given = Observed bad rate and predicted PD by score band (outcomes the lender gave)
chart-risk-observed-given = observed bad rate ({ $definition })
chart-risk-readout-given = band { $band }
    observed bad rate { $rate } ({ $bad } bad of { $mature } with an outcome; bad means: { $definition })
    predicted PD { $pd }
chart-roc-title-given = ROC: AUC { $auc }, Gini { $gini } (outcomes the lender gave: { $definition })
chart-no-history = This portfolio has no month-end history (no accounts and performance were imported): vintage curves and roll rates need it. Add "accounts" and "performance" to the import map to see them.
lab-not-applicable-tip = Not applicable: this portfolio has no input for this rule (the import mapped no such column), so it declines nobody.
lab-no-limit-why = no income in this portfolio: the limit rule does not apply, so there is no limit, exposure, loss, revenue or margin
overview-no-history = no month-end history
menu-import-csv = Import CSV…
menu-import-csv-tip = Make a portfolio of a lender's CSV extract: map its columns, check, import. The map is written beside the new portfolio for `riskdesk import --map`.
status-imported = Imported { $file }
wizard-title = Import a lender's CSV extract
wizard-file = Applicants file
wizard-file-hint = path of a CSV file
wizard-choose = Choose…
wizard-read = Read
wizard-reading = Reading the file…
wizard-start = Choose the applicants file (CSV, UTF-8 or GBK): its first rows are shown, and a mapping is suggested from its column names.
wizard-masked-column = { $column } (masked)
wizard-masked-why = Personal data (a name, phone or ID number): masked in this preview. It is never a characteristic; the window masks it after the import too.
wizard-first-rows = First { $rows } rows ({ $encoding }):
wizard-not-in-file = — not in the file —
wizard-mapping = Mapping
wizard-mapping-hint = Suggested from the column names; change any field. A hard rule whose input is not in the file is not applicable.
wizard-name = Portfolio name
wizard-as-of = As-of date
wizard-id = Applicant id
wizard-applied-on = Applied on
wizard-income = Income
wizard-per-year = per year (divided by 12)
wizard-debt = Monthly debt payments
wizard-dti = Debt-to-income
wizard-age = Age
wizard-tenure = Months on the platform
wizard-outcome = Outcome (bad/good)
wizard-personal-name = Name (personal data)
wizard-phone = Phone (personal data)
wizard-bad = Values meaning bad
wizard-good = Values meaning good
wizard-definition = What bad means
wizard-definition-hint = e.g. 90+ days past due within 12 months
wizard-char-label = Label
wizard-char-kind = Kind
wizard-char-missing = Also missing
wizard-kind-auto = as the values say
wizard-kind-numeric = numeric
wizard-kind-categorical = categorical
wizard-characteristics = Characteristics (to score and fit on)
wizard-out = New portfolio
wizard-map-beside = The map is written beside it as { $map }: `riskdesk import --map` repeats the import.
wizard-summary = What the import would find:
wizard-check = Check
wizard-check-tip = Read every row under the mapping and show the counts and problems; nothing is written.
wizard-import = Import
wizard-import-disabled = Give the portfolio a name, an as-of date and, for an outcome, the values meaning bad.
wizard-checking = Checking…
wizard-importing = Importing… the new portfolio opens when it is done.
wizard-map-unwritable = the map could not be written

## Compliance (rules, statuses, tests, fairness)
compliance-rule-limit-cap = Per-person credit limit cap
compliance-rule-limit-income = Limit at most a third of annual income
compliance-rule-apr = Annualised cost of installment orders (IRR)
compliance-rule-min-age = Minimum age
compliance-rule-barred-employment = No consumer credit to students
compliance-rule-income-required = Income required
compliance-status-pass = pass
compliance-status-watch = watch
compliance-status-breach = breach
compliance-status-not-checkable = not checkable
compliance-no-orders = the portfolio has no installment orders
compliance-no-income = the portfolio has no income column
compliance-no-age = the portfolio has no age column
compliance-no-employment = the portfolio has no employment column
compliance-times-income = { $x } × monthly income
compliance-threshold-watch = watch above { $value }
compliance-threshold-breach = breach above { $value }
compliance-threshold-minimum = at least { $value }
compliance-categories = categories: { $list }
compliance-threshold-red-line = red line { $value }
compliance-threshold-reference = reference 4 × LPR { $value }
compliance-test-multiple = Largest income multiple × band factor { $largest } against the allowed { $allowed } × monthly income
compliance-test-min-limit = Minimum limit { $min } against the income cap { $cap } at the lowest income approved ({ $income } a month)
compliance-test-min-limit-none = Minimum limit { $min }: nobody approved with an income
compliance-test-max-limit = Maximum limit { $max } against the cap { $cap }
compliance-dim-age-band = Age band
compliance-dim-employment = Employment
compliance-dim-city-tier = City tier
compliance-dim-channel = Channel
compliance-under-18 = under 18
compliance-city-tier = tier { $tier }
compliance-flag-amber = amber (AIR under 0.90)
compliance-flag-red = red (AIR under 0.80)
compliance-reference = reference
compliance-barred = barred by law (not flagged)
compliance-built-in = built-in rules
compliance-title = Compliance of “{ $policy }” against { $rules } (version { $version })
compliance-line-breaches = { $n } approved in breach, exposure { $exposure }; { $accounts } booked accounts in breach
compliance-line-apr = { $orders } orders: APR min { $min }, median { $median }, max { $max }; { $watch } above watch, { $breach } above breach, { $red } above the red line
compliance-policy-tests = Policy tests (no data needed)
compliance-age-pass = Scorecard: applicants of 62+ get no fewer points (bins { $older } against the best younger bin { $best })
compliance-age-fail = Scorecard: applicants of 62+ get fewer points than younger ones (bins { $older } against the best younger bin { $best })
compliance-rules-line = Rules: { $rules } (version { $version }) · book as of { $as_of } · hover a rule for its source
compliance-checks = Rules
compliance-col-rule = Rule
compliance-col-status = Status in force
compliance-col-exposure = Exposure (in force)
compliance-col-book = Booked accounts in breach
compliance-counts-note = Approved applicants in breach of each rule under each policy (for pricing: orders above the breach level); click a count to list them.
compliance-orders-above = { $count } { $n ->
    [one] order
   *[other] orders
}
compliance-same-policy = same as in force
compliance-breaches-tip = Show these applicants in the Applicants table, decided under this policy
compliance-apr-amount = orders of { $amount }
compliance-book-cell = { $n } (drawn { $drawn })
compliance-pricing-not-policy = Pricing is not part of a limit policy: the orders are the book's, checked in the last column
compliance-apr-title = Annualised cost of every installment order (IRR)
compliance-apr-orders = Orders per 1% of APR
compliance-apr-axis = APR
compliance-orders-axis = Orders
compliance-fairness-title = Fair lending: approval rate by group
compliance-dimension = Group by
compliance-no-dimensions = The portfolio has no column to group applicants by.
compliance-col-group = Group
compliance-col-applicants = Applicants
compliance-col-rate-of = Approval rate: { $policy }
compliance-col-flag = Flag
compliance-col-mean-limit = Mean limit (in force)
compliance-col-observed-bad = Observed bad rate
compliance-test-fisher = Fisher's exact test against the reference group (fewer than 30 applicants)
compliance-test-z = Two-proportion z-test against the reference group
compliance-rate-axis = Approval rate
compliance-fairness-note = AIR: a group's approval rate ÷ the reference group's (the highest rate among groups of at least { $min } applicants). Red under { $red }, amber under { $amber }. p: chance of a difference this large by noise alone (Fisher's exact test under { $exact } applicants). Referred counts as not approved. Observed bad rate: booked accounts with 12 months on book.
compliance-access-title = Personal-data access log
compliance-access-filter = Filter
compliance-access-hint = user, applicant, purpose…
compliance-access-export = Export CSV beside the portfolio
compliance-access-export-tip = Writes the entries shown (ids and purposes, no names) to a new file beside the portfolio
compliance-access-count = { $shown } of { $all } reveals and exports of personal data
compliance-access-when = When
compliance-access-who = Who
compliance-access-what = What
compliance-access-whose = Whose
compliance-access-why = Purpose
compliance-access-more = … and { $n } older entries (narrow the filter, or export)
compliance-access-exported = Access log: { $n } entries written to { $path }
compliance-access-not-exported = Access log not exported: { $detail }
compliance-only-label = { $count } applicants approved in breach of { $rule } under { $policy }
compliance-only-clear = Show all
compliance-badge = Compliance: { $status }
compliance-badge-count = { $count } { $n ->
    [one] approval
   *[other] approvals
} in breach
compliance-badge-tip = The challenger's own checks (limits, age, students, income, policy tests, fair-lending flags). Click for the Compliance tab.
lab-declined-employment = Declined employment categories
lab-declined-employment-tip = A hard rule: applicants in these categories are declined whatever their score (students, where consumer credit to them is barred)
compliance-fairness = Approval rate by group (AIR against the reference group; p-value of the difference)

## Watchlist
watchlist-none = The portfolio has no booked accounts: there is nothing to watch.
watchlist-intro = { $count } of { $accounts } booked accounts show an early-warning signal at their latest month-end (as of { $as_of }) or are 30–89 days past due. Chance of 90+: the portfolio's own monthly transitions between buckets (counted per account), adjusted by each account's PD against its bucket's mean. At-risk expected loss: the 6-month chance × LGD × EAD of { $policy }.
watch-filter = Show
watch-filter-30 = 30–89 days past due
watch-shown = { $count } { $n ->
    [one] account
   *[other] accounts
} shown
watch-export = Export CSV beside the portfolio
watch-export-tip = Writes the accounts shown (ids only, no names) to a new file beside the portfolio
watch-col-account = Account
watch-col-bucket = Days past due
watch-col-balance = Balance
watch-col-limit = Limit
watch-col-utilisation = Utilisation
watch-col-p3 = 90+ in 3 months
watch-col-p6 = 90+ in 6 months
watch-col-at-risk = At-risk expected loss
watch-col-signals = Signals
watch-col-action = Action
watch-signal-arrears = 1–29 days past due
watch-signal-utilisation = utilisation ≥ { $share }
watch-signal-worse = worse than last month
watch-signal-growth = balance up > { $share } in { $months } months
watch-signal-early = past due in the first { $months } months
watch-action-call = collections call
watch-action-reminder = payment reminder
watch-action-reduce = reduce the limit to { $limit }
watchlist-exported = Watchlist: { $n } accounts written to { $path }
watchlist-not-exported = Watchlist not exported: { $detail }
tile-on-watch = Accounts on watch
tile-on-watch-below = { $share } of booked accounts
watch-thresholds = Thresholds (for this session)
watch-t-utilisation = utilisation signal from
watch-t-growth = balance growth signal above (3 months)
watch-t-call = collections call from a 6-month chance of
watch-t-keep = a reduced limit keeps this share of the limit
watch-t-reset = Defaults

## Key risk indicators: their history and thresholds
kri-history-hint = Click for its monthly history, its thresholds and the months at watch or breach
kri-def-approval-rate = The policy in force applied to the applications of each month: a counterfactual, not what was decided then. Beside it, the booked share says what was actually booked.
kri-def-dpd30 = Share of accounts on book that are 30 or more days past due at the month-end.
kri-def-dpd90 = Share of accounts on book that are 90 or more days past due at the month-end. Nothing is written off in this portfolio, so this stock only climbs; new 90+ accounts is the flow.
kri-def-el-rate = Expected loss / exposure (drawn + CCF × undrawn) of the lines not yet 90+ days past due at the month-end: numerator and denominator over the same accounts.
kri-def-score-psi = PSI of the scores of the three months of applications to the month against those of the first months of applications (the portfolio keeps no development sample); under 0.10 is stable.
kri-def-booked-rate = Accounts opened in the month / applications of the month: what was actually booked.
kri-def-dpd30-balance = Share of the drawn balance that is 30 or more days past due at the month-end.
kri-def-dpd90-balance = Share of the drawn balance that is 90 or more days past due at the month-end.
kri-def-new-90 = Accounts reaching 90 days past due in the month / accounts on book not yet 90+ the month before: a flow.
kri-def-roll-current = Accounts current last month and 1–29 days past due this month / accounts current last month.
kri-def-utilisation = Drawn balance / limit over the accounts on book at the month-end.
kri-def-on-watch = Share of accounts on book on the early-warning watchlist at the month-end (the watchlist's thresholds).
kris-title = Key risk indicators, { $quarter }
kris-intro = Under the policy in force and the file's thresholds. A flow adds up the quarter's months; a share of the book is read at the quarter's last month-end. Click an indicator for its history.
kris-col-indicator = Indicator
kris-col-status = Status
kris-col-trend = Monthly trend
kris-series-monthly = monthly value
kris-series-watch = watch
kris-series-breach = breach
kris-axis-percent = percent
kris-axis-index = index
kris-axis-month = month
kris-readout = { $month }: { $value } ({ $status })
kris-edit-thresholds = Edit thresholds…
kris-thresholds-title = Thresholds (saved in the portfolio with a reason)
kris-thresholds-help = A low side is watched at or below its watch value and breached below its breach value; a high side at or above, and above. Leave both fields of a side empty when the indicator has no such side.
kris-low-side = low side
kris-high-side = high side
kris-breaches-title = Months at watch or breach
kris-no-breaches = No month at watch or breach under these thresholds.
kris-col-from = from
kris-col-to = to
kris-col-months = months
kris-col-worst = worst
kris-not-a-number = "{ $text }" is not a number.
kris-thresholds-saved = Thresholds saved, with an entry in the audit log.
edit-reason = Reason (required)
edit-reason-hint = why: it goes into the audit log
edit-save = Save

## The risk register
category-credit = credit
category-operational = operational
category-compliance = compliance / regulatory
category-market = market
category-liquidity = liquidity / funding
category-technology = technology / data security
category-reputational = reputational
category-legal = legal
category-strategic = strategic
risk-status-open = open
risk-status-mitigating = mitigating
risk-status-accepted = accepted
risk-status-closed = closed
band-low = low
band-medium = medium
band-high = high
band-critical = critical
register-title = Risk register as of { $date }
register-new = New risk…
register-bands = Rating bands…
register-export = Export CSV
register-intro = Each risk rated likelihood × impact before its controls (ring) and after (disc), with an arrow between. A disc ringed amber or red has a linked indicator at watch or breach. Overdue reviews and actions are judged at the portfolio's as-of date.
register-empty = The register is empty. "New risk…" adds one; every change is saved with a reason in the audit log.
register-legend = ○ before controls   ● after controls   → effect of the controls   ◎ linked indicator at watch or breach
register-axis-impact = impact →
register-axis-likelihood-short = likelihood ↑
register-marker-tip = { $id } { $title }: rating { $rating } → { $residual } ({ $band }) after controls
register-select-hint = Select a risk in the heat map or the list.
register-edit = Edit…
register-selected-line = { $category } · owner { $owner } · { $status }
register-rating-line = Rating { $rating } ({ $band }) → { $residual } ({ $residual_band }) after controls; target { $target }
register-above-target = Above its target rating: outside the risk appetite.
register-review-overdue = Review due { $date }: overdue
register-review-on = Next review { $date }
register-controls-line = Controls: { $controls }
register-no-kris = No linked indicator.
register-action-line = Action: { $action } ({ $owner }, due { $due })
register-action-line-done = Done: { $action } ({ $owner }, due { $due })
register-overdue = overdue
register-col-overdue = Overdue
register-overdue-review = review
register-overdue-actions = { $n ->
    [one] 1 action
   *[other] { $n } actions
}
register-col-id = Id
register-col-title = Risk
register-col-category = Category
register-col-status = Status
register-col-owner = Owner
register-col-rating = Rating
register-col-residual = Residual
register-col-target = Target
register-col-kris = Indicators
register-col-review = Review
register-new-title = New risk { $id }
register-edit-title = Edit risk { $id }
register-description = Description
register-likelihood = Likelihood (1–5)
register-impact = Impact (1–5)
register-inherent = Before controls
register-residual = After controls
register-target = Target rating
register-controls = Controls
register-kris = Linked indicators
register-actions = Action plans
register-action-hint = action
register-action-done = done
register-action-remove = Remove this action plan
register-action-add = Add an action plan
register-bands-title = Rating bands (saved in the portfolio with a reason)
register-band-medium-from = medium from
register-band-high-from = high from
register-band-critical-from = critical from
register-saved = Risk { $id } saved, with an entry in the audit log.
register-bands-saved = Rating bands saved, with an entry in the audit log.
register-exported = { $n } risks exported to { $path }.
register-not-exported = The register was not exported: { $detail }
watch-thresholds-saved = Watchlist thresholds saved in the portfolio, with an entry in the audit log.
watch-save-title = Keep these thresholds in the portfolio
watch-unsaved = The thresholds differ from the portfolio's (tried for this session only).

## Stress & capital
tab-stress = Stress & capital
scenario-base = Base
scenario-mild = Mild
scenario-custom = Custom
scenario-severe = Severe
stress-controls = Scenario
stress-custom = Custom: the shocks as set below.
stress-pd-multiplier = PD × (multiplier)
stress-score-shift = score shift (points)
stress-income-shock = income shock (−)
stress-lgd-add = LGD change
stress-drawdown = drawdown of undrawn limits
stress-roll-multiplier = roll rates to worse buckets ×
stress-capital-params = Capital (Basel IRB, retail)
stress-qrre = qualifying revolving (R 0.04)
stress-other-retail = other retail
stress-pd-floor = PD floor
stress-capital-ratio = capital / RWA
stress-with-buffer = 10.5% (with the buffer)
stress-hurdle = hurdle rate on capital
stress-weights = ECL weights of the scenarios
stress-computing = Computing the stress test…
stress-title = Stress test: { $scenario } against base
stress-intro = The scenario's shocks on the policy in force (and the challenger tried in the lab): approvals re-decided, expected loss, risk-weighted assets and capital (Basel IRB), margin after the cost of capital; the booked book's capital and IFRS 9 ECL at the as-of date.
stress-col-base-w = Base
stress-col-change = Change
stress-approvals-row = approvals
stress-ead-row = exposure (EAD)
stress-el-row = expected loss
stress-rwa-row = risk-weighted assets
stress-capital-row = capital
stress-margin-row = margin after cost of capital
stress-booked-book = Booked book
stress-lost-line = { $n ->
    [one] 1 approval of the policy in force is lost under the scenario (re-scored and re-decided).
   *[other] { $n } approvals of the policy in force are lost under the scenario (re-scored and re-decided).
}
stress-ecl-title = IFRS 9 ECL of the booked book by stage
stress-col-stage = Stage
stress-col-accounts-base = accounts, base
stress-col-ecl-base = ECL, base
stress-col-accounts-stressed = accounts, scenario
stress-col-ecl-stressed = ECL, scenario
stress-stage-n = stage { $stage }
stress-total = total
stress-movement = { $into } accounts move from stage 1 to stage 2 ({ $pd } of all moves for a significant PD increase), { $back } back to stage 1.
stress-weighted-line = Probability-weighted ECL { $ecl } = { $parts }
stress-coverage = ECL / drawn { $ratio } (reference 1.5–2.5%); ECL / 90+ balance { $coverage } (reference 120–150%).
stress-irb-el = IRB expected loss { $irb } beside provisions (ECL) { $ecl }.
stress-origination-note = Origination PD: kept at booking for { $kept } accounts; the application PD under the card in force stands in for { $proxied } (booked before the file kept it).
stress-chart-band-title = Approvals' expected loss and capital by score band (¥ thousand)
stress-series-el-base = EL base
stress-series-el-stressed = EL scenario
stress-series-capital-base = capital base
stress-series-capital-stressed = capital scenario
stress-axis-thousands = ¥ thousand
stress-chart-waterfall-title = What moved ECL: base, each stage's change, scenario (¥ thousand)
stress-series-ecl = ECL
stress-series-increase = increase
stress-series-decrease = decrease
stress-saved = Saved:
stress-save-name = Name
stress-save-scenario = Save scenario
stress-scenario-saved = Scenario "{ $name }" saved, with an entry in the audit log.
stress-reverse = Reverse stress test
stress-reverse-limit = limit
stress-lever-pd = by PD ×
stress-lever-income = by income shock
stress-reverse-find = Find
stress-reverse-none = Never reached (up to PD × 50 or income −95%; an income shock declines applicants, so the approvals' figures can fall as it deepens).
stress-reverse-at-pd = Reached at PD × { $value } (the scenario's other shocks kept).
stress-reverse-at-income = Reached at an income shock of −{ $value } (the scenario's other shocks kept).
stress-ccf = CCF of the undrawn (own)
stress-utilisation = utilisation of approvals (own)
stress-bands-title = By score band: exposure, loss and capital
stress-bands-champion = Policy in force
stress-bands-challenger = Challenger
stress-bands-accounts = accounts
stress-bands-el-rate = EL rate
stress-bands-k = K
stress-bands-k-help = K: capital per unit of EAD before the 12.5 scaling (risk weight / 12.5), weighted by EAD over the band's lines
stress-bands-rw = risk weight
stress-bands-side-base = Base figures
stress-bands-side-scenario = Under { $scenario }
stress-ecl-bands-title = IFRS 9 ECL of the booked book by score band and stage ({ $side })
stress-bands-stage-accounts = { $stage } accounts
stress-bands-stage-ecl = { $stage } ECL
stress-bands-ecl-total = ECL
stress-bands-ecl-drawn = ECL / drawn
