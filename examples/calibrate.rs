// Prints figures of a generated portfolio for tuning the generator.
fn main() {
    let path = std::env::args().nth(1).unwrap_or("sample.db".into());
    let o = riskdesk::store::open(std::path::Path::new(&path)).unwrap();
    let p = &o.portfolio;
    let mut s = Vec::new();
    let mut b = Vec::new();
    for i in 0..p.len() {
        if p.derived.mature[i] {
            s.push(p.derived.score[i] as f64);
            b.push(p.derived.outcome[i] == riskdesk::domain::portfolio::Outcome::Bad);
        }
    }
    println!(
        "mature {} bads {} gini {:.4}",
        s.len(),
        b.iter().filter(|x| **x).count(),
        riskdesk::domain::analytics::metrics::gini(&s, &b)
    );
    println!("band counts {:?}", p.band_counts());
    let mut sc = p.derived.score.clone();
    sc.sort();
    println!(
        "score p5 {} p25 {} p50 {} p75 {} p95 {}",
        sc[sc.len() / 20],
        sc[sc.len() / 4],
        sc[sc.len() / 2],
        sc[3 * sc.len() / 4],
        sc[19 * sc.len() / 20]
    );
    print!("{}", riskdesk::cli::text_report_for(&o));
}
