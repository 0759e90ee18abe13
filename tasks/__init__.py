"""The pipeline's stages, one package each, as plain functions: run (the run's steps
without Prefect), store, parse, text, dedup, language, entities, quotes, events,
dates. docs/architecture.md says what belongs in each."""
