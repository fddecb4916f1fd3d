//! The `gleaner` command: extract quotes, dates, people, distances and
//! durations from news articles.
//!
//! The key design decision: this crate is the only one that knows files,
//! TOML and output formats. It reads inputs into raw items, the core
//! pipeline decodes and extracts them in parallel batches, and the writer
//! prints the rendered records in input order, one per input document.

mod config;
mod input;
mod output;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use gleaner::jiff::civil::Date;
use gleaner::{Batching, Pipeline, Registry};

use crate::config::Config;
use crate::output::{Format, render};

/// Many short-lived strings and vectors per document: mimalloc's
/// thread-local free lists keep them off a shared heap.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "gleaner",
    version,
    about = "Extract quotes, dates, people, distances and durations from news articles."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract from documents: .txt files, .jsonl files of {"id","text","published"?}, folders, or - for stdin.
    Extract(ExtractArgs),
    /// Print the effective configuration (with --default: the built-in defaults).
    Config {
        /// Print the built-in defaults, ignoring any config file.
        #[arg(long)]
        default: bool,
        /// A gleaner.toml to merge over the defaults.
        #[arg(long, value_name = "FILE", conflicts_with = "default")]
        config: Option<PathBuf>,
    },
    /// List the registered extractors.
    Extractors,
}

#[derive(clap::Args)]
struct ExtractArgs {
    /// Input files or folders; - reads standard input.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<PathBuf>,
    /// A gleaner.toml (default: ./gleaner.toml when it exists).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "pretty")]
    format: Format,
    /// Publication date for documents that carry none (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    published: Option<Date>,
    /// Only these extractors' output (comma-separated); what they require runs too.
    #[arg(long, value_delimiter = ',', value_name = "KINDS")]
    only: Option<Vec<String>>,
    /// Worker threads (0: one per core).
    #[arg(long, default_value_t = 0, value_name = "N")]
    threads: usize,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("gleaner: {e}");
            ExitCode::from(2)
        }
    }
}

fn load_config(path: Option<&PathBuf>, registry: &Registry) -> Result<Config, config::ConfigError> {
    match path {
        Some(p) => Config::load(p, registry),
        None if std::path::Path::new("gleaner.toml").is_file() => {
            Config::load("gleaner.toml".as_ref(), registry)
        }
        None => Ok(Config::default_for(registry)),
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let registry = Registry::global()?;
    match cli.command {
        Command::Extractors => {
            let width = registry.names().iter().map(|n| n.len()).max().unwrap_or(0);
            for f in registry.factories() {
                let requires = f.build_default()?.requires().join(", ");
                let requires = if requires.is_empty() {
                    String::new()
                } else {
                    format!(" (requires {requires})")
                };
                println!("{:width$}  {}{requires}", f.name, f.description);
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Config { default, config } => {
            let cfg = if default {
                Config::default_for(registry)
            } else {
                load_config(config.as_ref(), registry)?
            };
            print!("{}", cfg.to_toml());
            Ok(ExitCode::SUCCESS)
        }
        Command::Extract(args) => extract(args, registry),
    }
}

fn extract(args: ExtractArgs, registry: &Registry) -> anyhow::Result<ExitCode> {
    let config = load_config(args.config.as_ref(), registry)?;
    let selection = config.build(registry, args.only.as_deref())?;
    let shown = selection.shown;
    let pipeline = Pipeline::new(selection.extractors, args.threads)?;
    let paths = input::expand(&args.inputs);
    let total: u64 = paths
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let progress = if std::io::stderr().is_terminal() && total > (8 << 20) {
        let bar = indicatif::ProgressBar::new(total);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {msg}",
            )
            .expect("a valid template"),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let format = args.format;
    let published = args.published;
    let mut records = 0usize;
    let mut failed = 0usize;
    let (head, between, tail) = format.frame();
    out.write_all(head.as_bytes())?;
    let result = pipeline.stream(
        input::read_all(paths),
        Batching::default(),
        |raw| raw.weight(),
        |pipeline, raw| {
            let weight = raw.weight();
            let item = raw.decode(published).map(|input| {
                let found = pipeline.extract(&input.doc);
                (input, found)
            });
            (weight, render(format, item, &shown))
        },
        |(weight, rendered)| -> std::io::Result<()> {
            if records > 0 {
                out.write_all(between.as_bytes())?;
            }
            out.write_all(&rendered.bytes)?;
            records += 1;
            if !rendered.errors.is_empty() {
                failed += 1;
                progress.suspend(|| {
                    for e in &rendered.errors {
                        eprintln!("gleaner: {e}");
                    }
                });
            }
            progress.inc(weight as u64);
            Ok(())
        },
    );
    match result.and_then(|()| {
        out.write_all(tail.as_bytes())?;
        out.flush()
    }) {
        Ok(()) => {}
        // A closed pipe (`gleaner … | head`) is not a failure of ours.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(ExitCode::SUCCESS),
        Err(e) => return Err(e.into()),
    }
    progress.finish_and_clear();
    if failed > 0 {
        eprintln!("gleaner: {failed} of {records} documents failed; their records carry the error");
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}
