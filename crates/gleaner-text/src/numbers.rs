//! The number-and-unit grammar shared by the distances and durations extractors.
