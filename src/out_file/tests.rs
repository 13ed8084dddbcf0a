//! The output rule's own tests (the command-line cases are in tests/out_rule.rs).

use super::*;

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("riskdesk-out-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn leftovers(d: &Path) -> Vec<String> {
    std::fs::read_dir(d)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".partial"))
        .collect()
}

#[test]
fn a_new_file_is_written_and_no_temporary_file_is_left() {
    let d = dir("new");
    let p = d.join("a.json");
    write_bytes(&p, b"new", Overwrite::Refuse, &[]).unwrap();
    assert_eq!(std::fs::read(&p).unwrap(), b"new");
    assert!(leftovers(&d).is_empty());
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn an_existing_file_is_refused_unless_replacing_is_asked() {
    let d = dir("exists");
    let p = d.join("a.json");
    std::fs::write(&p, b"old").unwrap();
    let e = write_bytes(&p, b"new", Overwrite::Refuse, &[]).unwrap_err();
    assert_eq!(e, OutError::Exists(p.clone()));
    assert!(e.to_string().contains("pass --force"), "{e}");
    assert_eq!(std::fs::read(&p).unwrap(), b"old");
    write_bytes(&p, b"new", Overwrite::Replace, &[]).unwrap();
    assert_eq!(std::fs::read(&p).unwrap(), b"new");
    assert!(leftovers(&d).is_empty());
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn an_input_is_never_written_over_by_any_of_its_names() {
    let d = dir("input");
    let input = d.join("p.db");
    std::fs::write(&input, b"portfolio").unwrap();
    let twisted = d.join(".").join("p.db");
    let hard = d.join("hard.db");
    std::fs::hard_link(&input, &hard).unwrap();
    let mut names = vec![input.clone(), twisted, hard];
    #[cfg(unix)]
    {
        let soft = d.join("soft.db");
        std::os::unix::fs::symlink(&input, &soft).unwrap();
        names.push(soft);
    }
    for out in names {
        for overwrite in [Overwrite::Refuse, Overwrite::Replace] {
            let e = write_bytes(&out, b"json", overwrite, &[&input]).unwrap_err();
            assert!(matches!(e, OutError::IsInput { .. }), "{out:?}: {e}");
            assert!(e.to_string().contains("never written over"), "{e}");
        }
    }
    assert_eq!(std::fs::read(&input).unwrap(), b"portfolio");
    assert!(leftovers(&d).is_empty());
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn a_missing_folder_and_a_folder_are_named_as_such() {
    let d = dir("folder");
    let p = d.join("missing").join("a.png");
    let e = write_bytes(&p, b"x", Overwrite::Replace, &[]).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "{}: the folder {} does not exist",
            p.display(),
            d.join("missing").display()
        )
    );
    let e = write_bytes(&d, b"x", Overwrite::Replace, &[]).unwrap_err();
    assert_eq!(e, OutError::NotAFile(d.clone()));
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn the_extension_is_checked_without_case() {
    assert!(check_extension(Path::new("a.PNG"), "png").is_ok());
    assert!(check_extension(Path::new("a.png"), "png").is_ok());
    for bad in ["a.jpg", "a", "a.png.txt"] {
        let e = check_extension(Path::new(bad), "png").unwrap_err();
        assert_eq!(
            e.to_string(),
            format!("{bad}: the file name must end in .png")
        );
    }
}

#[test]
fn an_abandoned_file_leaves_nothing_and_the_old_file_stays() {
    let d = dir("abandon");
    let p = d.join("a.csv");
    std::fs::write(&p, b"old").unwrap();
    {
        let out = OutFile::create(&p, Overwrite::Replace, &[]).unwrap();
        out.write_all(b"half").unwrap();
        // dropped without commit: an error half-way
    }
    assert_eq!(std::fs::read(&p).unwrap(), b"old");
    assert!(leftovers(&d).is_empty());
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn a_file_that_appears_before_the_commit_is_not_clobbered() {
    let d = dir("race");
    let p = d.join("a.csv");
    let out = OutFile::create(&p, Overwrite::Refuse, &[]).unwrap();
    out.write_all(b"mine").unwrap();
    std::fs::write(&p, b"theirs").unwrap();
    assert_eq!(out.commit().unwrap_err(), OutError::Exists(p.clone()));
    assert_eq!(std::fs::read(&p).unwrap(), b"theirs");
    assert!(leftovers(&d).is_empty());
    let _ = std::fs::remove_dir_all(&d);
}
