//! Calendar knowledge shared by the dates and durations extractors: month and weekday names, tense cues.
