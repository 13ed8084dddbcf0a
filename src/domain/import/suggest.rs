//! A first mapping for an extract, from its header names in English and Chinese
//! (`annual_income` is a yearly income, 月收入 a monthly one, 逾期 an outcome), and
//! the bad and good values of its outcome column from the values it holds. The
//! wizard shows it for the user to change; nothing is imported on a guess alone.

/// The columns a header's names suggest for each field of the map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Suggestion {
    pub id: Option<String>,
    pub applied_on: Option<String>,
    pub monthly_income: Option<String>,
    /// The income column holds yearly amounts (`annual_income`, 年收入).
    pub income_per_year: bool,
    pub monthly_debt: Option<String>,
    pub dti: Option<String>,
    pub age: Option<String>,
    pub months_on_platform: Option<String>,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub outcome: Option<String>,
    /// Every other column, in file order, except those that look like personal data.
    pub characteristics: Vec<String>,
}

/// A header name reduced for matching: lower case, without spaces, `_`, `-` or `.`.
fn key(name: &str) -> String {
    name.chars()
        .filter(|c| !matches!(c, ' ' | '_' | '-' | '.'))
        .flat_map(char::to_lowercase)
        .collect()
}

const ID: &[&str] = &[
    "id",
    "custid",
    "customerid",
    "applicantid",
    "appid",
    "applicationid",
    "loanid",
    "客户号",
    "客户编号",
    "申请编号",
    "编号",
];
const APPLIED: &[&str] = &[
    "appdate",
    "applicationdate",
    "applieddate",
    "appliedon",
    "issued",
    "issuedate",
    "date",
    "申请日期",
    "申请时间",
    "进件日期",
];
const MONTHLY_INCOME: &[&str] = &["monthlyincome", "income", "monthlyinc", "月收入", "收入"];
const ANNUAL_INCOME: &[&str] = &[
    "annualincome",
    "annualinc",
    "yearlyincome",
    "年收入",
    "年薪",
];
const DEBT: &[&str] = &[
    "monthlydebt",
    "debt",
    "debtpayments",
    "monthlydebtpayments",
    "月负债",
    "月还款",
];
const DTI: &[&str] = &["dti", "debttoincome", "debtincomeratio", "负债收入比"];
const AGE: &[&str] = &["age", "年龄"];
const TENURE: &[&str] = &[
    "monthsonplatform",
    "platformmonths",
    "tenure",
    "tenurem",
    "tenuremonths",
    "在网时长",
    "平台时长",
];
const NAME: &[&str] = &["name", "fullname", "customername", "姓名", "客户姓名"];
const PHONE: &[&str] = &[
    "phone",
    "mobile",
    "phonenumber",
    "tel",
    "手机",
    "手机号",
    "电话",
];
const OUTCOME: &[&str] = &[
    "status",
    "loanstatus",
    "default",
    "bad",
    "target",
    "label",
    "y",
    "outcome",
    "risk",
    "逾期",
    "是否逾期",
    "违约",
    "是否违约",
    "表现",
    "状态",
    "贷款状态",
    "结果",
    "好坏",
];
/// Personal data never suggested as a characteristic.
const PERSONAL: &[&str] = &[
    "email",
    "address",
    "ssn",
    "idcard",
    "idnumber",
    "身份证",
    "身份证号",
    "地址",
    "邮箱",
];

/// The first column whose name is one of `names`, not already taken.
fn first(header: &[String], names: &[&str], taken: &[Option<String>]) -> Option<String> {
    names.iter().find_map(|n| {
        header
            .iter()
            .find(|h| key(h) == *n && !taken.iter().any(|t| t.as_deref() == Some(h.as_str())))
            .cloned()
    })
}

/// The mapping `header` suggests.
pub fn suggest(header: &[String]) -> Suggestion {
    let mut s = Suggestion::default();
    s.id = first(header, ID, &[]);
    s.applied_on = first(header, APPLIED, &[s.id.clone()]);
    if let Some(c) = first(header, ANNUAL_INCOME, &[]) {
        s.monthly_income = Some(c);
        s.income_per_year = true;
    } else {
        s.monthly_income = first(header, MONTHLY_INCOME, &[]);
    }
    s.monthly_debt = first(header, DEBT, &[]);
    s.dti = first(header, DTI, &[]);
    s.age = first(header, AGE, &[]);
    s.months_on_platform = first(header, TENURE, &[]);
    s.name = first(header, NAME, &[]);
    s.phone = first(header, PHONE, &[]);
    let taken = [
        s.id.clone(),
        s.applied_on.clone(),
        s.monthly_income.clone(),
        s.monthly_debt.clone(),
        s.dti.clone(),
        s.age.clone(),
        s.months_on_platform.clone(),
        s.name.clone(),
        s.phone.clone(),
    ];
    s.outcome = first(header, OUTCOME, &taken);
    s.characteristics = header
        .iter()
        .filter(|h| !taken.iter().any(|t| t.as_deref() == Some(h.as_str())))
        .filter(|h| s.outcome.as_deref() != Some(h.as_str()))
        .filter(|h| !PERSONAL.contains(&key(h).as_str()))
        .cloned()
        .collect();
    s
}

/// Values that mean bad, and those that mean good, among an outcome column's values.
const BAD: &[&str] = &[
    "bad",
    "1",
    "y",
    "yes",
    "true",
    "default",
    "defaulted",
    "charged off",
    "chargedoff",
    "是",
    "逾期",
    "违约",
    "坏",
];
const GOOD: &[&str] = &[
    "good",
    "0",
    "n",
    "no",
    "false",
    "fully paid",
    "fullypaid",
    "paid",
    "否",
    "正常",
    "未逾期",
    "好",
];

/// The bad and the good values among `values` (an outcome column's distinct values,
/// as written): the rest stay indeterminate, for the user to decide.
pub fn outcome_values(values: &[String]) -> (Vec<String>, Vec<String>) {
    let pick = |list: &[&str]| -> Vec<String> {
        values
            .iter()
            .filter(|v| list.contains(&v.trim().to_lowercase().as_str()))
            .cloned()
            .collect()
    };
    (pick(BAD), pick(GOOD))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn an_english_header_is_mapped() {
        let s = suggest(&h(&[
            "cust_id",
            "app_date",
            "annual_income",
            "debt_payments",
            "age",
            "tenure_m",
            "full_name",
            "mobile",
            "grade",
            "email",
            "status",
        ]));
        assert_eq!(s.id.as_deref(), Some("cust_id"));
        assert_eq!(s.applied_on.as_deref(), Some("app_date"));
        assert_eq!(
            (s.monthly_income.as_deref(), s.income_per_year),
            (Some("annual_income"), true)
        );
        assert_eq!(s.monthly_debt.as_deref(), Some("debt_payments"));
        assert_eq!(s.months_on_platform.as_deref(), Some("tenure_m"));
        assert_eq!(s.name.as_deref(), Some("full_name"));
        assert_eq!(s.phone.as_deref(), Some("mobile"));
        assert_eq!(s.outcome.as_deref(), Some("status"));
        // The email is personal data: never a characteristic.
        assert_eq!(s.characteristics, ["grade"]);
    }

    #[test]
    fn a_chinese_header_is_mapped() {
        let s = suggest(&h(&[
            "客户编号",
            "申请日期",
            "月收入",
            "年龄",
            "姓名",
            "手机号",
            "身份证号",
            "城市",
            "是否逾期",
        ]));
        assert_eq!(s.id.as_deref(), Some("客户编号"));
        assert_eq!(s.applied_on.as_deref(), Some("申请日期"));
        assert_eq!(
            (s.monthly_income.as_deref(), s.income_per_year),
            (Some("月收入"), false)
        );
        assert_eq!(s.age.as_deref(), Some("年龄"));
        assert_eq!(s.outcome.as_deref(), Some("是否逾期"));
        assert_eq!(
            suggest(&h(&["客户号", "城市", "状态"])).outcome.as_deref(),
            Some("状态")
        );
        assert_eq!(s.characteristics, ["城市"]);
        let (bad, good) = outcome_values(&h(&["是", "否", "未知"]));
        assert_eq!((bad, good), (h(&["是"]), h(&["否"])));
        let (bad, good) = outcome_values(&h(&["Fully Paid", "Charged Off", "Current"]));
        assert_eq!((bad, good), (h(&["Charged Off"]), h(&["Fully Paid"])));
    }
}
