//! What views ask for: collected while drawing, applied once after (docs/design.md#views-emit-commands,
//! `#[must_use] enum Command` pattern). Views never change the app state themselves.

use std::path::PathBuf;

use crate::domain::evaluation::table_query::TableQuery;
use crate::domain::policy::Policy;
use crate::workbench::DecisionsUnder;

/// The views of the window, in tab order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Tab {
    #[default]
    Overview,
    Applicants,
    PolicyLab,
    Charts,
    Compliance,
    Watchlist,
    Kris,
    Register,
    Stress,
}

impl Tab {
    pub const ALL: [Tab; 9] = [
        Tab::Overview,
        Tab::Applicants,
        Tab::PolicyLab,
        Tab::Charts,
        Tab::Compliance,
        Tab::Watchlist,
        Tab::Kris,
        Tab::Register,
        Tab::Stress,
    ];

    /// The tab's name in `lang`.
    pub fn label(self, lang: crate::i18n::Language) -> String {
        crate::i18n::text(
            lang,
            match self {
                Tab::Overview => "tab-overview",
                Tab::Applicants => "tab-applicants",
                Tab::PolicyLab => "tab-policy-lab",
                Tab::Charts => "tab-charts",
                Tab::Compliance => "tab-compliance",
                Tab::Watchlist => "tab-watchlist",
                Tab::Kris => "tab-kris",
                Tab::Register => "tab-register",
                Tab::Stress => "tab-stress",
            },
        )
    }

    /// The tab's name in file names: "policy-lab".
    pub(crate) fn slug(self) -> &'static str {
        match self {
            Tab::Overview => "overview",
            Tab::Applicants => "applicants",
            Tab::PolicyLab => "policy-lab",
            Tab::Charts => "charts",
            Tab::Compliance => "compliance",
            Tab::Watchlist => "watchlist",
            Tab::Kris => "kris",
            Tab::Register => "register",
            Tab::Stress => "stress",
        }
    }
}

/// What waits for the answer to "the challenger is not saved".
#[derive(Clone, Debug, PartialEq)]
pub enum AfterDiscard {
    Quit,
    Open(PathBuf),
}

#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    SetTab(Tab),
    /// Ask for a file with the native dialog (off the UI thread), then open it.
    OpenDialog,
    Open(PathBuf),
    /// Ask for a path typed in the window (no file dialog needed).
    AskOpenPath,
    /// File > Import CSV…: the import wizard opens.
    OpenImportWizard,
    CloseImportWizard,
    /// The applicants file's path as typed in the wizard.
    ImportSetPath(String),
    /// The wizard's "Choose…": a file dialog for the applicants file.
    ImportPickFile,
    /// Reads the first rows of this applicants file and suggests a mapping.
    ImportReadFile(PathBuf),
    /// The wizard's fields as the user changed them.
    ImportSetForm(Box<crate::workbench::import_form::ImportForm>),
    /// The dry run of the mapping (nothing written).
    ImportCheck,
    /// The dry run's answer was scrolled into sight.
    ImportCheckedShown,
    /// Writes the map and the new portfolio, then opens it.
    ImportRun,
    CloseOpenPath,
    /// Go on with what waited for the unsaved challenger (quit, open), losing it.
    DiscardChallenger,
    /// Keep the unsaved challenger: what waited for it is dropped.
    KeepChallenger,
    /// Export the filtered table as CSV beside the portfolio, under a new name.
    ExportCsvBeside,
    /// egui's zoom factor (Ctrl+Plus / Ctrl+Minus / Ctrl+0), remembered.
    SetZoom(f32),
    /// Ask where, then export the filtered table as CSV.
    ExportCsv,
    ExportCsvTo(PathBuf),
    /// Ask for the purpose of an export with names (a dialog in the window).
    AskPersonalExport,
    /// Ask where, then export the filtered table with names, for `purpose` (logged).
    ExportCsvPersonal {
        purpose: String,
    },
    ExportCsvPersonalTo(PathBuf),
    /// Close the purpose dialog without exporting.
    CancelPersonalExport,
    /// Ask where (off the UI thread), then save the next frame as PNG.
    ExportPng,
    /// Save the next frame as PNG beside the portfolio, under a new name.
    ExportPngBeside,
    ExportPngTo(PathBuf),
    Quit,
    SetDark(bool),
    /// View > Language: the interface's language, remembered.
    SetLanguage(crate::i18n::Language),
    /// The display name written beside the account name in audit entries.
    SetDisplayName(String),
    SetQuery(TableQuery),
    /// Select the applicant at this portfolio row (and scroll to it when `scroll`).
    Select {
        row: usize,
        scroll: bool,
    },
    /// Move the selection by this many rows of the filtered table.
    MoveSelection(i64),
    /// The table has scrolled to the selection once: let the user scroll away.
    ScrolledToSelection,
    /// Show decisions under the policy in force or under the lab's challenger.
    SetDecisionsUnder(DecisionsUnder),
    /// Show the name and phone of the applicant at this row, for `purpose`: logged
    /// in the audit log first, refused when it cannot be.
    RevealApplicant {
        row: usize,
        purpose: String,
    },
    /// Mask the revealed applicant again.
    HidePersonalData,
    /// What the purpose field holds.
    SetPurpose(String),
    SetChallenger(Policy),
    /// The Applicants table limited to the applicants a policy approves in breach of
    /// a compliance check, decided under that policy.
    ShowBreaches {
        check: crate::domain::compliance::checks::Check,
        under: DecisionsUnder,
    },
    /// The fairness table's dimension (a key of `Base::dims`), adding a picked column.
    SetFairnessDimension(String),
    /// The watchlist table's filter and sort.
    SetWatchQuery(crate::domain::analytics::watchlist::WatchQuery),
    /// The watchlist's thresholds as the user set them.
    SetWatchThresholds(crate::domain::analytics::watchlist::Thresholds),
    /// Export the watchlist table's rows as CSV beside the portfolio.
    ExportWatchlist,
    /// Export the personal-data access log (filtered by this text) beside the portfolio.
    ExportAccessLog(String),
    /// The stress test's scenario, capital parameters and ECL weights.
    SetStress(Box<crate::workbench::stress::StressInputs>),
    /// The KRIs tab, showing this indicator's history.
    OpenKri(crate::domain::analytics::kri::Kri),
    /// What the KRIs and Register tabs ask for.
    Register(RegisterCommand),
    SavePolicy {
        policy: Policy,
        reason: String,
    },
    LoadPolicy(i64),
    MakeChampion {
        id: i64,
        reason: String,
    },
}

/// What the KRIs and Register tabs ask for.
#[derive(Clone, Debug, PartialEq)]
pub enum RegisterCommand {
    /// Select a risk (in the list or the heat map); `None` clears.
    SelectRisk(Option<String>),
    /// Sort the list by this column (again: the other way).
    Sort(crate::domain::register::sort::RiskColumn),
    /// Open the editor on this risk, or on a new one (`None`).
    Edit(Option<String>),
    SetDraft(Box<crate::ui::register_state::RiskDraft>),
    /// Save the draft with its reason (one audit entry), then close the editor.
    Save,
    Cancel,
    /// Edit an indicator's thresholds.
    EditThresholds(crate::domain::analytics::kri::Kri),
    SetThresholdDraft(Box<crate::ui::register_state::ThresholdDraft>),
    SaveThresholds,
    CancelThresholds,
    EditBands,
    SetBandsDraft(Box<crate::ui::register_state::BandsDraft>),
    SaveBands,
    CancelBands,
    /// Export the register as CSV beside the portfolio.
    Export,
    /// The reason typed for saving the watchlist's thresholds.
    SetWatchReason(String),
    /// Save the watchlist's thresholds tried in the tab to the file.
    SaveWatchThresholds,
    /// The name and reason typed to save the stress scenario.
    SetScenarioSave {
        name: String,
        reason: String,
    },
    /// Save the stress tab's scenario under that name, with the reason.
    SaveScenario,
    /// The reverse stress test's question as set.
    SetReverse(crate::ui::register_state::ReverseQuestion),
    /// Answer it (a bisection: several passes over the book).
    RunReverse,
    /// Which book and which side (base or scenario) the by-band tables show.
    SetStressBands(crate::ui::register_state::BandView),
}
