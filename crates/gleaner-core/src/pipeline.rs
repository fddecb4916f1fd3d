//! The pipeline: extractors in dependency order, run over documents in
//! parallel on a rayon pool, streamed in bounded batches in input order.

use std::collections::BTreeMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::mpsc::sync_channel;

use gleaner_text::Analysis;
use rayon::prelude::*;

use crate::{Context, Document, Error, ExtractError, Extractor, Output};

/// What the extractors found in one document.
pub struct Extraction {
    /// One entry per extractor that succeeded, sorted by extractor name.
    pub outputs: Vec<(&'static str, Box<dyn Output>)>,
    /// One entry per extractor that failed (or was skipped because an
    /// extractor it requires failed).
    pub errors: Vec<ExtractError>,
}

impl Extraction {
    pub fn output<T: Output>(&self, name: &str) -> Option<&T> {
        let (_, out) = self.outputs.iter().find(|(n, _)| *n == name)?;
        let any: &dyn std::any::Any = out.as_ref();
        any.downcast_ref::<T>()
    }
}

/// From this length of text on, a document's extractors of one level run
/// side by side.
const SIDE_BY_SIDE_BYTES: usize = 64 * 1024;

/// How big a batch of documents may grow before it is processed. Both
/// bounds hold, so memory stays bounded whatever the input size.
#[derive(Clone, Copy, Debug)]
pub struct Batching {
    pub max_items: usize,
    pub max_bytes: usize,
}

impl Default for Batching {
    fn default() -> Self {
        Batching {
            max_items: 512,
            max_bytes: 4 << 20,
        }
    }
}

pub struct Pipeline {
    extractors: Vec<Box<dyn Extractor>>,
    /// Indices into `extractors`; every extractor's requirements lie in
    /// earlier levels, so the extractors of one level can run side by side.
    levels: Vec<Vec<usize>>,
    pool: rayon::ThreadPool,
}

impl Pipeline {
    /// Orders `extractors` by their requirements and starts a pool of
    /// `threads` workers (0: one per core). A missing requirement, a
    /// cycle or a repeated name is an error.
    pub fn new(mut extractors: Vec<Box<dyn Extractor>>, threads: usize) -> Result<Self, Error> {
        extractors.sort_by_key(|e| e.name());
        if let Some(w) = extractors.windows(2).find(|w| w[0].name() == w[1].name()) {
            return Err(Error::DuplicateName(w[0].name()));
        }
        let index: BTreeMap<&str, usize> = extractors
            .iter()
            .enumerate()
            .map(|(i, e)| (e.name(), i))
            .collect();
        for e in &extractors {
            if let Some(missing) = e.requires().iter().find(|r| !index.contains_key(*r)) {
                return Err(Error::MissingRequirement {
                    extractor: e.name(),
                    missing,
                });
            }
        }
        let mut level_of: Vec<Option<usize>> = vec![None; extractors.len()];
        let mut levels: Vec<Vec<usize>> = Vec::new();
        let mut placed = 0;
        while placed < extractors.len() {
            let ready: Vec<usize> = (0..extractors.len())
                .filter(|&i| level_of[i].is_none())
                .filter(|&i| {
                    extractors[i]
                        .requires()
                        .iter()
                        .all(|r| level_of[index[r]].is_some_and(|l| l < levels.len()))
                })
                .collect();
            if ready.is_empty() {
                let stuck: Vec<&str> = (0..extractors.len())
                    .filter(|&i| level_of[i].is_none())
                    .map(|i| extractors[i].name())
                    .collect();
                return Err(Error::Cycle(stuck.join(" -> ")));
            }
            for &i in &ready {
                level_of[i] = Some(levels.len());
            }
            placed += ready.len();
            levels.push(ready);
        }
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("gleaner-{i}"))
            .build()
            .map_err(|e| Error::ThreadPool {
                threads,
                message: e.to_string(),
            })?;
        Ok(Pipeline {
            extractors,
            levels,
            pool,
        })
    }

    /// Names of the extractors in the order they run.
    pub fn names(&self) -> Vec<&'static str> {
        self.levels
            .iter()
            .flatten()
            .map(|&i| self.extractors[i].name())
            .collect()
    }

    pub fn threads(&self) -> usize {
        self.pool.current_num_threads()
    }

    /// Runs every extractor over one document (on the caller's thread
    /// when the pipeline has one thread, as in [`Pipeline::extract_all`]).
    pub fn extract(&self, doc: &Document) -> Extraction {
        if self.threads() == 1 {
            return self.extract_here(doc);
        }
        self.pool.install(|| self.extract_here(doc))
    }

    /// Runs every extractor over each document, in parallel, results in
    /// input order.
    ///
    /// With one thread the documents are processed on the caller's thread:
    /// handing each to the pool's one worker would only add a task per
    /// document, and the caller, which drops the results, would free
    /// memory another thread allocated (which costs the allocator more
    /// than freeing its own).
    pub fn extract_all(&self, docs: &[Document]) -> Vec<Extraction> {
        if self.threads() == 1 {
            return docs.iter().map(|d| self.extract_here(d)).collect();
        }
        self.pool.install(|| {
            // One task per document: rayon would otherwise cut the
            // slice in a few long pieces, split further only when
            // stolen, and a worker would sit idle while another ends
            // its piece.
            docs.par_iter()
                .with_max_len(1)
                .map(|d| self.extract_here(d))
                .collect()
        })
    }

    fn extract_here(&self, doc: &Document) -> Extraction {
        let analysis = Analysis::new(&doc.text);
        let mut outputs: Vec<(&'static str, Box<dyn Output>)> =
            Vec::with_capacity(self.extractors.len());
        let mut errors = Vec::new();
        for level in &self.levels {
            let run = |&i: &usize| {
                let e = &self.extractors[i];
                if let Some(failed) = e
                    .requires()
                    .iter()
                    .find(|r| !outputs.iter().any(|(n, _)| n == *r))
                {
                    let message = format!("skipped: it requires `{failed}`, which failed");
                    return (e.name(), Err(message));
                }
                (e.name(), run_one(e.as_ref(), doc, &analysis, &outputs))
            };
            // The extractors of a long document run side by side; those of
            // a short one in turn, as scheduling them costs more than it
            // gains (documents run side by side anyway). With one thread
            // this may run outside the pool, where `par_iter` would reach
            // rayon's global pool: extractors run in turn.
            let side_by_side =
                self.threads() > 1 && level.len() > 1 && doc.text.len() >= SIDE_BY_SIDE_BYTES;
            let results: Vec<_> = if side_by_side {
                level.par_iter().map(run).collect()
            } else {
                level.iter().map(run).collect()
            };
            for (extractor, result) in results {
                match result {
                    Ok(out) => outputs.push((extractor, out)),
                    Err(message) => errors.push(ExtractError { extractor, message }),
                }
            }
        }
        outputs.sort_by_key(|(n, _)| *n);
        Extraction { outputs, errors }
    }

    /// Streams `inputs` through `process` on the pool in bounded batches and
    /// hands the results to `write` in input order. Reading the next batch,
    /// processing one and writing the one before overlap. `weight` tells a
    /// batch's size in bytes. An error from `write` stops the stream.
    pub fn stream<T, R, E>(
        &self,
        inputs: impl Iterator<Item = T> + Send,
        batching: Batching,
        weight: impl Fn(&T) -> usize + Send,
        process: impl Fn(&Pipeline, T) -> R + Sync + Send,
        mut write: impl FnMut(R) -> Result<(), E>,
    ) -> Result<(), E>
    where
        T: Send,
        R: Send,
    {
        let (batch_tx, batch_rx) = sync_channel::<Vec<T>>(1);
        let (done_tx, done_rx) = sync_channel::<Vec<R>>(1);
        std::thread::scope(|s| {
            s.spawn(move || {
                let mut batch = Vec::new();
                let mut bytes = 0;
                for item in inputs {
                    bytes += weight(&item);
                    batch.push(item);
                    if batch.len() >= batching.max_items.max(1) || bytes >= batching.max_bytes {
                        if batch_tx.send(std::mem::take(&mut batch)).is_err() {
                            return;
                        }
                        bytes = 0;
                    }
                }
                if !batch.is_empty() {
                    let _ = batch_tx.send(batch);
                }
            });
            let process = &process;
            s.spawn(move || {
                for batch in batch_rx {
                    let done: Vec<R> = if self.threads() == 1 {
                        // On this thread, as in `extract_all`.
                        batch.into_iter().map(|t| process(self, t)).collect()
                    } else {
                        self.pool.install(|| {
                            // One task per document, as in `extract_all`.
                            batch
                                .into_par_iter()
                                .with_max_len(1)
                                .map(|t| process(self, t))
                                .collect()
                        })
                    };
                    if done_tx.send(done).is_err() {
                        return;
                    }
                }
            });
            for done in done_rx {
                for r in done {
                    write(r)?;
                }
            }
            Ok(())
        })
    }
}

/// Runs one extractor on one document, turning a panic or an invalid span
/// into an error for this document only.
fn run_one(
    e: &dyn Extractor,
    doc: &Document,
    analysis: &Analysis<'_>,
    outputs: &[(&'static str, Box<dyn Output>)],
) -> Result<Box<dyn Output>, String> {
    let cx = Context::with_outputs(analysis, outputs);
    let out = match catch_unwind(AssertUnwindSafe(|| e.extract(doc, &cx))) {
        Ok(result) => result?,
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown cause".into());
            return Err(format!("panicked: {what}"));
        }
    };
    // The span invariant, checked in this one place for every extractor.
    if let Some(bad) = out.invalid_span(&doc.text) {
        debug_assert!(false, "{} returned an invalid span {bad:?}", e.name());
        return Err(format!(
            "returned an invalid span {}..{}",
            bad.start, bad.end
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{Mark, Marker};

    fn pipeline(specs: &[(&'static str, &'static [&'static str])]) -> Result<Pipeline, Error> {
        let extractors = specs
            .iter()
            .map(|&(name, requires)| {
                Box::new(Marker {
                    name,
                    requires,
                    word: "x",
                }) as Box<dyn Extractor>
            })
            .collect();
        Pipeline::new(extractors, 2)
    }

    #[test]
    fn orders_by_requirements() {
        let p = pipeline(&[("quotes", &["people"]), ("dates", &[]), ("people", &[])]).unwrap();
        assert_eq!(p.names(), ["dates", "people", "quotes"]);
        let p = pipeline(&[("a", &["c"]), ("b", &[]), ("c", &["b"])]).unwrap();
        assert_eq!(p.names(), ["b", "c", "a"]);
    }

    #[test]
    fn missing_requirements_and_cycles_are_errors() {
        let err = pipeline(&[("quotes", &["people"])]).err().unwrap();
        assert!(matches!(
            err,
            Error::MissingRequirement {
                extractor: "quotes",
                missing: "people"
            }
        ));
        let err = pipeline(&[("a", &["b"]), ("b", &["a"]), ("c", &[])])
            .err()
            .unwrap();
        assert_eq!(
            err.to_string(),
            "extractors require each other in a cycle: a -> b"
        );
        assert!(matches!(
            pipeline(&[("a", &[]), ("a", &[])]),
            Err(Error::DuplicateName("a"))
        ));
    }

    #[test]
    fn a_panic_fails_one_extractor_on_one_document() {
        let p = Pipeline::new(
            vec![
                Box::new(Marker {
                    name: "marks",
                    requires: &[],
                    word: "x",
                }),
                Box::new(Marker {
                    name: "boom",
                    requires: &[],
                    word: "PANIC",
                }),
                Box::new(Marker {
                    name: "after",
                    requires: &["boom"],
                    word: "x",
                }),
            ],
            1,
        )
        .unwrap();
        let docs = [Document::new("1", "x PANIC x"), Document::new("2", "x y x")];
        let out = p.extract_all(&docs);
        assert_eq!(out[0].errors.len(), 2, "boom panics, after is skipped");
        assert!(out[0].errors[0].message.starts_with("panicked"));
        assert_eq!(out[0].output::<Vec<Mark>>("marks").unwrap().len(), 2);
        assert!(out[1].errors.is_empty());
        assert_eq!(out[1].outputs.len(), 3);
    }

    #[test]
    fn streams_in_input_order() {
        let p = pipeline(&[("marks", &[])]).unwrap();
        let docs: Vec<Document> = (0..1000)
            .map(|i| Document::new(i.to_string(), "x ".repeat(i % 7)))
            .collect();
        let mut seen = Vec::new();
        p.stream(
            docs.into_iter(),
            Batching {
                max_items: 7,
                max_bytes: 1 << 20,
            },
            |d| d.text.len(),
            |p, d| {
                (
                    d.id.clone(),
                    p.extract(&d).output::<Vec<Mark>>("marks").unwrap().len(),
                )
            },
            |r| {
                seen.push(r);
                Ok::<_, ()>(())
            },
        )
        .unwrap();
        assert_eq!(seen.len(), 1000);
        for (i, (id, n)) in seen.iter().enumerate() {
            assert_eq!((id.as_str(), *n), (i.to_string().as_str(), i % 7));
        }
    }

    #[test]
    fn a_write_error_stops_the_stream() {
        let p = pipeline(&[("marks", &[])]).unwrap();
        let mut written = 0;
        let r = p.stream(
            (0..10_000).map(|i| Document::new(i.to_string(), "x")),
            Batching {
                max_items: 10,
                max_bytes: 1 << 20,
            },
            |_| 1,
            |_, d| d,
            |_| {
                written += 1;
                if written == 25 {
                    Err("disk full")
                } else {
                    Ok(())
                }
            },
        );
        assert_eq!(r, Err("disk full"));
        assert_eq!(written, 25);
    }
}
