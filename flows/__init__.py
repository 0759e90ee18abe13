"""The Prefect flow, its CLI, runners and deployments.

Importing this package sets allocator defaults for this process and the worker
processes it starts (they inherit the environment), before Polars or PyArrow
allocate anything. Measured on a worker running 1,000-file batches: resident memory
peaked at ~510 MB with the defaults and ~435 MB with these, at no measurable cost
in speed (BENCHMARKS.md, issue 8):

- Polars' jemalloc returns freed pages after 1 s instead of 10 s, so a batch's
  working memory does not pile up on the next batch's;
- Arrow allocates through the system allocator rather than its mimalloc pool,
  which held on to the memory of every Parquet part written.

A value already set in the environment wins.
"""

import os

os.environ.setdefault("_RJEM_MALLOC_CONF", "dirty_decay_ms:1000,muzzy_decay_ms:0")
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
