//! The command line's shape (clap derive). Help texts are not written here:
//! `localize` fills them from the Fluent files, keyed by command path
//! (`cli-cmd-member-add`) and argument id (`cli-arg-json`), so they exist in
//! both languages and a test checks none is missing.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Top-level options and the command.
#[derive(Debug, Parser)]
#[command(name = "conseil", version, disable_help_subcommand = true)]
pub struct Cli {
    #[arg(long, global = true, value_enum, hide_possible_values = true)]
    pub lang: Option<LangArg>,
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    #[arg(short = 'i', long, global = true, env = "CONSEIL_IDENTITY", value_name = "FILE")]
    pub identity: Option<PathBuf>,
    #[arg(long, global = true, value_name = "FILE|-")]
    pub passphrase_file: Option<PathBuf>,
    #[arg(long, global = true, env = "CONSEIL_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[arg(long)]
    pub demo: bool,
    #[arg(long, global = true)]
    pub strict: bool,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum LangArg {
    Fr,
    En,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    Init(InitArgs),
    Keygen(KeygenArgs),
    Check(CheckArgs),
    Rekey(RekeyArgs),
    #[command(subcommand)]
    Member(MemberCmd),
    #[command(subcommand)]
    Group(GroupCmd),
    #[command(subcommand)]
    Meeting(MeetingCmd),
    #[command(subcommand)]
    Task(TaskCmd),
    #[command(subcommand)]
    Contribution(ContributionCmd),
    Scrub(ScrubArgs),
    #[command(subcommand)]
    NeverWrite(NeverWriteCmd),
    #[command(subcommand)]
    Draft(DraftCmd),
    #[command(subcommand)]
    Export(ExportCmd),
    #[command(subcommand)]
    Archive(ArchiveCmd),
    Handover(HandoverArgs),
    View(ViewArgs),
    Recover(RecoverArgs),
    Compact,
    Licences,
}

#[derive(Debug, Args)]
pub struct RecoverArgs {
    #[arg(id = "recover_to", long = "to", value_name = "PATH")]
    pub to: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ViewArgs {
    #[arg(value_name = "FILE")]
    pub slip: PathBuf,
    #[arg(long)]
    pub archive_passphrase: bool,
}

#[derive(Debug, Args)]
pub struct HandoverArgs {
    #[arg(long = "to", value_name = "KEY|FILE", required = true)]
    pub to: Vec<String>,
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: PathBuf,
    #[arg(short = 'a', long)]
    pub armor: bool,
}

#[derive(Debug, Subcommand)]
pub enum ArchiveCmd {
    Export {
        #[arg(short = 'o', long, value_name = "FILE")]
        output: PathBuf,
        #[arg(short = 'r', long = "recipient", visible_alias = "to", value_name = "KEY|FILE")]
        to: Vec<String>,
        #[arg(short = 'R', long = "recipients-file", value_name = "FILE")]
        to_files: Vec<String>,
        #[arg(long, visible_alias = "passphrase")]
        archive_passphrase: bool,
        #[arg(long, value_name = "FILE|-")]
        archive_passphrase_file: Option<PathBuf>,
        #[arg(short = 'a', long)]
        armor: bool,
        #[arg(long)]
        force: bool,
        #[arg(long, value_name = "PSEUDONYM")]
        for_member: Option<String>,
        #[arg(long, requires = "for_member")]
        review: bool,
    },
    Import {
        #[arg(value_name = "FILE")]
        archive: PathBuf,
        #[arg(long = "archive-identity", value_name = "FILE")]
        archive_identities: Vec<String>,
        #[arg(long, visible_alias = "passphrase")]
        archive_passphrase: bool,
        #[arg(long, value_name = "FILE|-")]
        archive_passphrase_file: Option<PathBuf>,
        #[arg(long)]
        new: bool,
        #[arg(long = "recipient", value_name = "FILE|age1…", requires = "new")]
        recipients: Vec<String>,
        #[arg(long)]
        accept_unauthenticated: bool,
    },
}

#[derive(Debug, Args)]
pub struct ScrubArgs {
    #[arg(value_name = "FILE|-", default_value = "-")]
    pub input: PathBuf,
    #[arg(long)]
    pub report: bool,
    #[arg(long)]
    pub json: bool,
    #[arg(long, requires = "json")]
    pub lines: bool,
}

#[derive(Debug, Subcommand)]
pub enum NeverWriteCmd {
    Add,
    Count,
    Clear,
}

#[derive(Debug, Subcommand)]
pub enum DraftCmd {
    Add {
        #[arg(long)]
        title: String,
        #[arg(long, value_enum, default_value = "decision-makers", hide_possible_values = true)]
        audience: AudienceArg,
        #[arg(long, value_enum, hide_possible_values = true)]
        language: Option<LangArg>,
        #[arg(long)]
        json: bool,
    },
    Section {
        draft: String,
        #[arg(long)]
        heading: String,
        #[arg(long, value_name = "TEXT|-")]
        body: String,
        #[arg(long = "contribution")]
        contributions: Vec<String>,
    },
    List(JsonArg),
    Show {
        draft: String,
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum AudienceArg {
    DecisionMakers,
    Public,
    Research,
}

#[derive(Debug, Subcommand)]
pub enum ExportCmd {
    Plaidoyer {
        draft: String,
        #[arg(long, value_enum, default_value = "md", hide_possible_values = true)]
        format: FormatArg,
        #[arg(short = 'o', long, value_name = "FILE")]
        output: PathBuf,
        #[arg(long)]
        save_report: bool,
        #[arg(long)]
        force: bool,
        #[arg(long)]
        dry_run: bool,
        #[arg(long)]
        review: bool,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum FormatArg {
    Md,
    Html,
    Txt,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(long)]
    pub json: bool,
    #[arg(long)]
    pub accept: bool,
}

#[derive(Debug, Args)]
pub struct JsonArg {
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long = "recipient", short = 'r', value_name = "FILE|age1…")]
    pub recipients: Vec<String>,
    #[arg(long)]
    pub passphrase: bool,
    #[arg(long, value_enum, hide_possible_values = true)]
    pub language: Option<LangArg>,
}

#[derive(Debug, Args)]
pub struct KeygenArgs {
    #[arg(short = 'o', long, value_name = "FILE")]
    pub output: PathBuf,
}

#[derive(Debug, Args)]
pub struct RekeyArgs {
    #[arg(long, value_name = "FILE|age1…")]
    pub add_recipient: Vec<String>,
    #[arg(long, value_name = "age1…")]
    pub remove_recipient: Vec<String>,
    #[arg(long, conflicts_with = "remove_passphrase")]
    pub set_passphrase: bool,
    #[arg(long, value_name = "FILE|-", requires = "set_passphrase")]
    pub new_passphrase_file: Option<PathBuf>,
    #[arg(long)]
    pub remove_passphrase: bool,
    #[arg(long)]
    pub list: bool,
    #[arg(long, conflicts_with = "no_rotate")]
    pub rotate: bool,
    #[arg(long)]
    pub no_rotate: bool,
}

#[derive(Debug, Subcommand)]
pub enum MemberCmd {
    Add {
        pseudonym: String,
        #[arg(long = "role")]
        roles: Vec<String>,
        #[arg(long = "group")]
        groups: Vec<String>,
        #[arg(long)]
        credit: bool,
        #[arg(long)]
        json: bool,
    },
    List(JsonArg),
    Show {
        member: String,
        #[arg(long)]
        json: bool,
    },
    Update {
        member: String,
        #[arg(long)]
        pseudonym: Option<String>,
        #[arg(long = "role")]
        roles: Vec<String>,
        #[arg(long = "group")]
        groups: Vec<String>,
        #[arg(long)]
        credit: Option<bool>,
        #[arg(long)]
        active: Option<bool>,
    },
}

#[derive(Debug, Subcommand)]
pub enum GroupCmd {
    Add {
        name: String,
        #[arg(long)]
        purpose: Option<String>,
        #[arg(long)]
        cadence: Option<String>,
        #[arg(long)]
        json: bool,
    },
    List(JsonArg),
    Show {
        group: String,
        #[arg(long)]
        json: bool,
    },
    Edit {
        group: String,
        #[arg(long)]
        rename: Option<String>,
        #[arg(long)]
        purpose: Option<String>,
        #[arg(long)]
        cadence: Option<String>,
        #[arg(long = "active")]
        group_active: Option<bool>,
    },
}

#[derive(Debug, Subcommand)]
pub enum MeetingCmd {
    Add {
        #[arg(long)]
        date: String,
        #[arg(long)]
        title: String,
        #[arg(long, value_enum, default_value = "monthly", hide_possible_values = true)]
        kind: MeetingKindArg,
        #[arg(long)]
        group: Option<String>,
        #[arg(long = "from", value_name = "MEETING")]
        template: Option<String>,
        #[arg(long)]
        json: bool,
    },
    List(JsonArg),
    Show {
        meeting: String,
        #[arg(long)]
        json: bool,
    },
    Item {
        meeting: String,
        #[arg(long)]
        slot: String,
        #[arg(long, default_value = "other")]
        kind: String,
        #[arg(long)]
        title: String,
    },
    Notes {
        meeting: String,
        #[arg(long)]
        item: usize,
        #[arg(long, value_name = "TEXT|-")]
        text: String,
    },
    Attend {
        meeting: String,
        #[arg(long = "member")]
        members: Vec<String>,
        #[arg(long)]
        guests: Option<u16>,
    },
    Decide {
        meeting: String,
        #[arg(long)]
        item: usize,
        #[arg(long, value_name = "TEXT|-")]
        text: String,
        #[arg(long, conflicts_with = "votes")]
        consensus: bool,
        #[arg(long, value_name = "FOR,AGAINST,ABSTAIN")]
        votes: Option<String>,
    },
    Question {
        #[command(subcommand)]
        cmd: QuestionCmd,
    },
    Decision {
        #[command(subcommand)]
        cmd: DecisionCmd,
    },
    Action {
        #[command(subcommand)]
        cmd: ActionCmd,
    },
    Edit {
        meeting: String,
        #[arg(long)]
        date: Option<String>,
        #[arg(long)]
        title: Option<String>,
    },
    Delete {
        meeting: String,
    },
    Start {
        meeting: String,
        #[arg(long)]
        item: usize,
        #[arg(long, value_name = "TIME", required_unless_present = "clear")]
        at: Option<String>,
        #[arg(long, conflicts_with = "at")]
        clear: bool,
    },
    Move {
        meeting: String,
        #[arg(long)]
        item: usize,
        #[arg(long = "to")]
        position: usize,
    },
    ItemEdit {
        meeting: String,
        #[arg(long)]
        item: usize,
        #[arg(long)]
        slot: Option<String>,
        #[arg(long)]
        kind: Option<String>,
        #[arg(long)]
        title: Option<String>,
    },
    ItemDelete {
        meeting: String,
        #[arg(long)]
        item: usize,
    },
    Adopt {
        meeting: String,
        #[arg(long = "on", value_name = "DATE")]
        on: Option<String>,
    },
    Amend {
        meeting: String,
        #[arg(long, value_name = "TEXT|-")]
        text: String,
    },
}

/// Which line of an agenda item (both numbered from 1).
#[derive(Debug, Args)]
pub struct EntryArgs {
    pub meeting: String,
    #[arg(long)]
    pub item: usize,
    #[arg(long)]
    pub number: usize,
}

#[derive(Debug, Subcommand)]
pub enum QuestionCmd {
    Add {
        meeting: String,
        #[arg(long)]
        item: usize,
        #[arg(long, value_name = "TEXT|-")]
        text: String,
    },
    Edit {
        #[command(flatten)]
        entry: EntryArgs,
        #[arg(long, value_name = "TEXT|-")]
        text: String,
    },
    Delete {
        #[command(flatten)]
        entry: EntryArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum DecisionCmd {
    Add {
        meeting: String,
        #[arg(long)]
        item: usize,
        #[arg(long, value_name = "TEXT|-")]
        text: String,
        #[arg(long, conflicts_with = "votes")]
        consensus: bool,
        #[arg(long, value_name = "FOR,AGAINST,ABSTAIN")]
        votes: Option<String>,
    },
    Edit {
        #[command(flatten)]
        entry: EntryArgs,
        #[arg(long, value_name = "TEXT|-")]
        text: Option<String>,
        #[arg(long, conflicts_with_all = ["votes", "no_outcome"])]
        consensus: bool,
        #[arg(long, value_name = "FOR,AGAINST,ABSTAIN", conflicts_with = "no_outcome")]
        votes: Option<String>,
        #[arg(long)]
        no_outcome: bool,
    },
    Delete {
        #[command(flatten)]
        entry: EntryArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum ActionCmd {
    Add {
        meeting: String,
        #[arg(long)]
        item: usize,
        #[arg(long)]
        title: String,
        #[arg(long)]
        group: Option<String>,
        #[arg(long = "assignee")]
        assignees: Vec<String>,
        #[arg(long)]
        due: Option<String>,
    },
    Edit {
        #[command(flatten)]
        entry: EntryArgs,
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        group: Option<String>,
        #[arg(long = "assignee")]
        assignees: Vec<String>,
        #[arg(long)]
        no_assignee: bool,
        #[arg(long)]
        due: Option<String>,
    },
    Delete {
        #[command(flatten)]
        entry: EntryArgs,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum MeetingKindArg {
    Monthly,
    Group,
    Extraordinary,
}

#[derive(Debug, Subcommand)]
pub enum TaskCmd {
    Add {
        #[arg(long)]
        group: String,
        #[arg(long)]
        title: String,
        #[arg(long, value_name = "TEXT|-")]
        description: Option<String>,
        #[arg(long = "assignee")]
        assignees: Vec<String>,
        #[arg(long)]
        due: Option<String>,
        #[arg(long)]
        json: bool,
    },
    List {
        #[arg(long)]
        group: Option<String>,
        #[arg(long)]
        status: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Show {
        task: String,
        #[arg(long)]
        json: bool,
    },
    Update {
        task: String,
        #[arg(long)]
        status: Option<String>,
        #[arg(long, value_name = "TEXT|-")]
        comment: Option<String>,
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        due: Option<String>,
        #[arg(long = "assignee")]
        assignees: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ContributionCmd {
    Add {
        #[arg(long, conflicts_with = "unlinked", required_unless_present = "unlinked")]
        author: Option<String>,
        #[arg(long)]
        unlinked: bool,
        #[arg(long)]
        kind: String,
        #[arg(long)]
        consent: String,
        #[arg(long, value_name = "TEXT|-")]
        text: String,
        #[arg(long = "theme")]
        themes: Vec<String>,
        #[arg(long)]
        meeting: Option<String>,
        #[arg(long)]
        group: Option<String>,
        #[arg(long)]
        expires: Option<String>,
        #[arg(long)]
        json: bool,
    },
    List {
        #[arg(long)]
        theme: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Show {
        contribution: String,
        #[arg(long)]
        json: bool,
    },
    Consent {
        contribution: String,
        #[arg(long = "level", id = "new_consent", value_name = "CONSENT")]
        level: String,
        #[arg(long = "on", id = "consent_on", value_name = "DATE")]
        on: Option<String>,
        #[arg(long)]
        json: bool,
    },
    Update {
        contribution: String,
        #[arg(long)]
        withdraw: bool,
        #[arg(long)]
        erase: bool,
        #[arg(long)]
        consent: Option<String>,
        #[arg(long = "theme")]
        themes: Vec<String>,
    },
}
