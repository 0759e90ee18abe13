"""Storage: reading inputs and writing Parquet atomically on any fsspec location, where
every file of a run lives, published snapshots, the output lock, and the row index
incremental runs read carried-over rows through."""
