from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tasks.run.batches import plan_batches


@given(st.lists(st.integers(0, 1000), max_size=60), st.integers(1, 7), st.integers(1, 3000))
def test_batches_cover_every_file_once_in_order(sizes: list[int], max_files: int, max_bytes: int) -> None:
    batches = plan_batches(sizes, max_files=max_files, max_bytes=max_bytes)
    covered = [i for b in batches for i in range(b.start, b.stop)]
    assert covered == list(range(len(sizes)))
    assert [b.number for b in batches] == list(range(len(batches)))
    for b in batches:
        assert 1 <= b.size <= max_files
        assert b.size == 1 or sum(sizes[b.start : b.stop]) <= max_bytes
