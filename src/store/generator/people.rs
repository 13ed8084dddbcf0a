//! Names and phone numbers of generated applicants: mostly Chinese names in Chinese
//! characters, some romanised, a few long ones, all made up.

use crate::domain::rng::Rng;

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
];
const COMPOUND_SURNAMES: &[&str] = &["欧阳", "司马", "上官", "诸葛", "东方"];
const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
    "超", "秀", "霞", "平", "刚", "桂", "英", "华", "玉", "兰", "萍", "鹏", "辉", "婷", "雪", "琳",
    "晨", "宇", "浩", "欣", "怡", "子", "涵", "博",
];
const PINYIN_SURNAMES: &[&str] = &[
    "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
];
const PINYIN_GIVEN: &[&str] = &[
    "Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Xiu", "Hui",
];

fn pick<'a>(rng: &mut Rng, list: &[&'a str]) -> &'a str {
    list[rng.below(list.len() as u64) as usize]
}

/// A made-up name.
pub(crate) fn name(rng: &mut Rng) -> String {
    let u = rng.uniform();
    if u < 0.10 {
        format!("{} {}", pick(rng, PINYIN_SURNAMES), pick(rng, PINYIN_GIVEN))
    } else if u < 0.13 {
        // Long: compound surname and a three-character given name.
        format!(
            "{}{}{}{}",
            pick(rng, COMPOUND_SURNAMES),
            pick(rng, GIVEN),
            pick(rng, GIVEN),
            pick(rng, GIVEN)
        )
    } else if u < 0.55 {
        format!("{}{}", pick(rng, SURNAMES), pick(rng, GIVEN))
    } else {
        format!(
            "{}{}{}",
            pick(rng, SURNAMES),
            pick(rng, GIVEN),
            pick(rng, GIVEN)
        )
    }
}

/// A made-up mainland mobile number (11 digits).
pub(crate) fn phone(rng: &mut Rng) -> String {
    const SECOND: &[&str] = &["3", "5", "7", "8", "9"];
    let mut s = format!("1{}", pick(rng, SECOND));
    for _ in 0..9 {
        s.push(char::from(b'0' + rng.below(10) as u8));
    }
    s
}
