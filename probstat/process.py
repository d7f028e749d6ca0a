"""What a command-line process decides for itself and a program importing probstat keeps for its own.

Only settings that are process-wide by nature live here; this module imports nothing, so the command line can
set them before anything heavy is loaded.
"""

from __future__ import annotations

#: Switch pyarrow to the C library's allocator when the Arrow read path first runs (arrowcsv.py). The command
#: line sets it; a library caller's allocator is its own choice.
system_allocator = False

#: How much freed memory glibc's malloc keeps at the top of its heap, and adds when it grows it (M_TOP_PAD).
HEAP_PAD = 1 << 29
#: Blocks from this size are mapped on their own (M_MMAP_THRESHOLD; 32 MB, glibc's largest): a column of a
#: million values (8 MB) comes from the heap, whose freed memory HEAP_PAD keeps.
MAPPED_FROM = 1 << 25
_M_TOP_PAD, _M_MMAP_THRESHOLD = -2, -3  # glibc's malloc.h


def pad_heap() -> None:
    """Have glibc's malloc serve blocks below MAPPED_FROM from its heap and keep HEAP_PAD bytes of freed memory
    at the top of it for reuse, rather than hand memory back to the system; with another C library, nothing. The
    command line calls it before anything is loaded (a library caller's heap is its own choice).

    A large file's columns are built, copied and dropped many times over, and memory handed back and asked for
    again is faulted in afresh a page at a time: at a million rows a third or more of a run's CPU time here, all
    of it system time (bench/README.md). It does what the environment variables MALLOC_TOP_PAD_ and
    MALLOC_MMAP_THRESHOLD_ would; only where memory comes from changes, never a value.
    """
    try:
        import ctypes  # numpy imports it in any case

        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError, TypeError):  # no glibc: its allocator keeps its own ways
        return
    mallopt(_M_TOP_PAD, HEAP_PAD)
    mallopt(_M_MMAP_THRESHOLD, MAPPED_FROM)


#: The garbage collector's first-generation threshold in a command-line process (Python's default is 700). A
#: run keeps almost everything it allocates until it ends (the tags, parts and rows of a text, a table's
#: values); at 700 the collector ran about 600 young and 5 full collections over bench.py's 1 MB text, the full
#: ones walking every object of pandas and the lexicon, 0.34-0.43 s of a 10 s run; at 10,000, about 40 young
#: ones and no full one, 0.14-0.16 s (bench/README.md, round 22). Cycles are still collected, only less often.
COLLECT_EVERY = 10_000


def collect_less() -> None:
    """Raise the garbage collector's first-generation threshold to COLLECT_EVERY, its other two kept. The command
    line's entry point calls it (a library caller's collector is its own, as are the tests' in one process)."""
    import gc

    gc.set_threshold(COLLECT_EVERY, *gc.get_threshold()[1:])
