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
