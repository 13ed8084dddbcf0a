//! One module per view. Views read state and push `Command`s; they do not compute.

pub mod applicant_detail;
pub mod applicants;
pub mod charts;
pub mod overview;
pub mod policy_lab;
pub mod shell;
