#!/usr/bin/env python3
"""Benchmark probstat's commands against plain pandas and click, as real subprocesses, in one run.

    python bench/bench.py [--quick] [--sizes 10000,100000,1000000] [--repeat N] [--json FILE] [--strict]

Targets (from the performance issue):

  commands   every command on the bundled data within 1.2x of the pandas baseline
             (python -c "import pandas as pd; pd.read_csv(PATH).groupby(['round','sector'])['overall']
             .value_counts()") in CPU time.
  startup    probstat --help and probstat --version within 1.5x of python -c "import click".
  scaling    every command on synthetic providers files (10^4, 10^5, 10^6 rows by default) against the same
             one-liner on the same file: at 10^6 rows within 1.5x in CPU time and 1.2x in peak memory; the
             CPU time per row, net of start-up, at the largest size within 2x of that at the next size down.
  --text     check-claims --text on 10 KB, 100 KB and 1 MB of text: 1 MB in under 10 s of wall clock.

Every comparison is of paired runs: each round runs the baseline and then each command, and a command's
ratio is the median over rounds of its time over the same round's baseline time, so that load from other
processes on a shared machine falls on both sides of each ratio. CPU time (user + system) is the target
measure there; wall-clock ratios are printed beside it.

Peak memory is each child's own ru_maxrss, read with os.wait4() (the per-child form of
getrusage(RUSAGE_CHILDREN); the same counter /usr/bin/time -v prints as "Maximum resident set size").
Linux also counts in it the image the child was forked from, so the bench process never imports pandas
(synthetic files are written by a child) and reports its own peak as the floor below which figures mean
nothing. Each child runs under an address-space limit (--mem-limit, default half the physical memory) so
that a runaway command fails with an error row instead of exhausting a shared machine.

Standard library + pandas (and numpy, which pandas brings) only. Synthetic files (labelled synthetic: made-up
providers) are written to a temporary directory, never into the repository, and deleted afterwards. Exit
status is 0 unless --strict is given and a target fails.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path

try:
    import resource
except ImportError:  # pragma: no cover - Windows
    resource = None

PY = sys.executable
CMD_TARGET = 1.2
STARTUP_TARGET = 1.5
BIG_TARGET = 1.5
BIG_MEM_TARGET = 1.2
LINEAR_TARGET = 2.0
BIG_ROWS = 1_000_000
TEXT_SIZES = (10_000, 100_000, 1_000_000)
TEXT_TARGET_S = 10.0

COMMANDS: list[tuple[str, list[str]]] = [
    ("providers", ["providers"]),
    ("show hampshire-iow-crc", ["show", "hampshire-iow-crc"]),
    ("validate", ["validate"]),
    ("ratings", ["ratings"]),
    ("gap", ["gap"]),
    ("gap --domain overall", ["gap", "--domain", "overall"]),
    ("gap --domain risk", ["gap", "--domain", "risk"]),
    ("caseloads --by sector", ["caseloads", "--by", "sector"]),
    ("caseloads --by provider", ["caseloads", "--by", "provider"]),
    ("league", ["league"]),
    ("changes", ["changes"]),
]
CHECK_CLAIMS = ("check-claims", ["check-claims"])
#: Commands that read only the bundled tables (no --data): timed on the bundled data only. template and export
#: write CSV without a --format option.
BUNDLED_ONLY: list[tuple[str, list[str]]] = [("published", ["published"]), ("template", ["template"]),
                                             ("export", ["export"])]
NO_FORMAT = {"template", "export"}
#: The synthetic paraphrase of the release the tests read: `check-claims --text` on it is timed with the bundled
#: data (reading a text costs more fixed work, the tagger's lexicon above all, than checking the claims file).
TEXT_FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "release_paraphrase.txt"
#: The two ways pandas users have it: pandas 3 stores text in Arrow when pyarrow is installed, in Python
#: objects otherwise, and both probstat and the baseline change with it. Each is a venv of its own (see --setup).
SETUPS: dict[str, list[str]] = {"without-pyarrow": [], "with-pyarrow": ["pyarrow"]}
#: Exit codes that are a result rather than a failure: check-claims exits 1 when a claim is contradicted
#: (on a synthetic file most are).
OK_CODES = {"check-claims": {0, 1}}


def scale_commands(rows: int) -> list[tuple[str, list[str]]]:
    """Every command, for a synthetic file of ``rows`` rows (show names its first provider)."""
    first = f"syn-{1:0{max(6, len(str(rows)))}d}"
    return [(name, ["show", first] if name.startswith("show") else cmd) for name, cmd in [*COMMANDS, CHECK_CLAIMS]]


def baseline_argv(path: Path | str) -> list[str]:
    code = ("import pandas as pd; "
            f"pd.read_csv({str(path)!r}).groupby(['round','sector'])['overall'].value_counts()")
    return [PY, "-c", code]


def probstat_argv(args: list[str], data: Path | None = None) -> list[str]:
    extra = ["--data", str(data)] if data is not None else []
    fmt = [] if args[0] in NO_FORMAT else ["--format", "csv"]
    return [PY, "-m", "probstat", *args, *extra, *fmt]


# --- running ---------------------------------------------------------------------------------------------

@dataclass
class Measure:
    name: str
    argv: list[str]
    times: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)
    rc: int | None = None
    error: str = ""
    ok_codes: set[int] = field(default_factory=lambda: {0})

    @property
    def ok(self) -> bool:
        return self.rc in self.ok_codes and bool(self.times)

    @property
    def median_cpu(self) -> float | None:
        return statistics.median(self.cpu) if self.cpu else None

    @property
    def median(self) -> float | None:
        return statistics.median(self.times) if self.times else None

    @property
    def peak_mb(self) -> float | None:
        return max(self.rss_kb) / 1024 if self.rss_kb else None


def _child_env(pycache: str) -> dict[str, str]:
    """The children's environment: bundled data, no colour, and a bytecode cache of their own.

    Bytecode goes to a cache directory inside the run's temporary directory (PYTHONPYCACHEPREFIX), so the
    children time what an installed probstat does (modules compiled once, by the warm-up run) even where
    PYTHONDONTWRITEBYTECODE is set, and the benchmark writes nothing into the repository.
    """
    env = dict(os.environ)
    env.pop("PROBSTAT_DATA", None)  # the bundled data unless --data says otherwise
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = pycache
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "100"
    return env


ENV: dict[str, str] = {}


MEM_LIMIT: list[int] = [0]  # bytes of address space a child may use; 0 for no limit


def _limit_memory() -> None:  # runs in the child, before exec
    if MEM_LIMIT[0] and resource is not None:
        resource.setrlimit(resource.RLIMIT_AS, (MEM_LIMIT[0], MEM_LIMIT[0]))


def run_once(argv: list[str], cwd: str, timeout: float) -> tuple[float, float, int | None, int, str]:
    """Run ``argv`` with stdout to /dev/null: (wall seconds, CPU seconds, peak RSS in KiB or None, exit code,
    stderr tail)."""
    with tempfile.TemporaryFile(dir=cwd) as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                                cwd=cwd, env=ENV, preexec_fn=_limit_memory if MEM_LIMIT[0] else None)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            if hasattr(os, "wait4"):
                _, status, usage = os.wait4(proc.pid, 0)
                wall = time.perf_counter() - start
                proc.returncode = os.waitstatus_to_exitcode(status)
                rss = usage.ru_maxrss  # KiB on Linux
                cpu = usage.ru_utime + usage.ru_stime
                if sys.platform == "darwin":
                    rss //= 1024  # bytes there
            else:  # pragma: no cover - Windows: no per-child memory figure
                proc.wait()
                wall = time.perf_counter() - start
                rss, cpu = None, wall
        finally:
            timer.cancel()
        # Only the end of stderr: a million-row run's notes can run to megabytes, which read whole would swell
        # this process, and with it (see the module docstring) every later child's peak memory.
        err.seek(max(0, err.seek(0, os.SEEK_END) - 4096))
        tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
    rc = proc.returncode
    if rc == -9:
        tail = [f"killed after the {timeout:.0f}s timeout (or out of memory)"] + tail
    if rc != 0 and MEM_LIMIT[0] and any("MemoryError" in line or "Unable to allocate" in line for line in tail):
        tail = [f"ran out of the {MEM_LIMIT[0] / 2**30:.1f} GiB --mem-limit after {wall:.0f}s"] + tail[-1:]
    return wall, cpu, rss, rc, " | ".join(tail)


def measure(jobs: list[Measure], repeat: int, cwd: str, timeout: float, label: str, warmup: bool = True) -> None:
    """Optionally one warm-up run of each job, then ``repeat`` rounds, each running every job once in turn
    (jobs[0], the baseline, first), so that each round pairs every command with a baseline run."""
    for rnd in range(0 if warmup else 1, repeat + 1):
        for job in jobs:
            if job.rc not in (None, *job.ok_codes):
                continue  # failed once: do not keep timing an error path
            wall, cpu, rss, rc, tail = run_once(job.argv, cwd, timeout)
            job.rc = rc
            if rc not in job.ok_codes:
                job.error = f"exit {rc}: {tail}"
                job.times.clear()
                job.cpu.clear()
                continue
            if rnd > 0:  # round 0 warms the page cache and the bytecode cache
                job.times.append(wall)
                job.cpu.append(cpu)
                if rss is not None:
                    job.rss_kb.append(rss)
        print(f"  {label}: round {rnd}/{repeat} done", file=sys.stderr, flush=True)


# --- synthetic data --------------------------------------------------------------------------------------

def synthetic(path: Path, rows: int, seed: int) -> None:
    """A valid providers CSV of ``rows`` rows: every schema column, unique (round, provider_id)."""
    import numpy as np
    import pandas as pd

    from probstat import schema

    rng = np.random.default_rng(seed)
    n = rows

    def blank(values: np.ndarray, share: float) -> np.ndarray:
        values = values.astype(object)
        values[rng.random(n) < share] = ""
        return values

    ratings = np.array(schema.RATINGS, dtype=object)
    sector = np.where(rng.random(n) < 0.25, "NPS", "CRC").astype(object)
    width = max(6, len(str(n)))
    ids = np.char.add("syn-", np.char.zfill(np.arange(1, n + 1).astype(str), width))
    owners = np.array(["Synthetic Justice Ltd", "Example Rehabilitation plc", "Placeholder Services LLP"],
                      dtype=object)
    owner = np.where(sector == "NPS", "National Probation Service (public sector)",
                     owners[rng.integers(0, len(owners), n)])

    def dates(share_empty: float) -> np.ndarray:
        day = np.datetime64("2018-06-01") + rng.integers(0, 480, n).astype("timedelta64[D]")
        text = np.datetime_as_string(day, unit="D").astype(object)
        month_only = rng.random(n) < 0.2
        text[month_only] = np.array([t[:7] for t in text[month_only]], dtype=object)
        return blank(text, share_empty)

    def pct(share_empty: float) -> np.ndarray:
        return blank(np.round(rng.uniform(0, 100, n), 1).astype(str), share_empty)

    cols: dict[str, np.ndarray] = {
        "round": np.full(n, "2018-19", dtype=object),
        "provider_id": ids.astype(object),
        "provider": np.char.add("Synthetic provider ", np.arange(1, n + 1).astype(str)).astype(object),
        "sector": sector,
        "owner": blank(owner, 0.05),
        "published": dates(0.1),
        "fieldwork_start": dates(0.5),
        "overall": blank(ratings[rng.integers(0, 4, n)], 0.15),
    }
    for std in schema.STANDARDS:
        values = blank(ratings[rng.integers(0, 4, n)], 0.4)
        if len(std.sectors) == 1:
            values[sector != std.sectors[0]] = ""
        cols[std.column] = values
    counts = rng.multinomial(schema.N_STANDARDS, [0.1, 0.4, 0.4, 0.1], size=n).astype(str).astype(object)
    counts[rng.random(n) < 0.5] = ""
    for i, col in enumerate(schema.STANDARD_COUNT_COLUMNS.values()):
        cols[col] = counts[:, i]
    has_cases = rng.random(n) < 0.4
    cases = rng.integers(40, 300, n).astype(str).astype(object)
    cases[~has_cases] = ""
    cols["cases_inspected"] = cases
    for col in schema.KQ_COLUMNS:
        values = pct(0.1)
        values[~has_cases] = ""
        cols[col] = values
    cols["home_visit_pct"] = pct(0.7)
    qualifiers = np.array(["", "", "", ">", "<", "~", "<~"], dtype=object)
    people = rng.integers(1000, 25000, n)
    people_text = np.where(rng.random(n) < 0.1, np.char.mod("%d", people // 1000) + ",000", people.astype(str))
    cols["people_supervised"] = blank(qualifiers[rng.integers(0, len(qualifiers), n)] + people_text.astype(object),
                                      0.3)
    cols["avg_caseload"] = blank(qualifiers[rng.integers(0, len(qualifiers), n)]
                                 + rng.integers(20, 70, n).astype(str).astype(object), 0.6)
    cols["staff_caseload_over_50_pct"] = pct(0.7)
    cols["staff_workload_unmanageable_pct"] = pct(0.7)
    cols["staff_workload_manageable_pct"] = pct(0.7)
    # The later units' columns (issue 22) stay empty on these NPS and CRC rows, as on the bundled ones.
    for col in schema.LATER_COLUMNS:
        cols[col] = np.full(n, "", dtype=object)
    cols["source_url"] = np.full(n, "https://example.org/synthetic", dtype=object)

    # The last fifth of the rows are re-inspections in 2019-20 of providers of the same sector from the first
    # part, so that `changes` has two rounds to compare.
    later = np.arange(n - n // 5, n)
    for s in schema.SECTORS:
        earlier_s = np.flatnonzero(sector[: n - n // 5] == s)
        later_s = later[sector[later] == s]
        k = min(len(earlier_s), len(later_s))
        cols["round"][later_s[:k]] = "2019-20"
        cols["provider_id"][later_s[:k]] = cols["provider_id"][earlier_s[:k]]
    missing = set(schema.COLUMN_NAMES) ^ set(cols)
    assert not missing, f"synthetic columns out of step with the schema: {sorted(missing)}"
    frame = pd.DataFrame({c: cols[c] for c in schema.COLUMN_NAMES})
    frame.to_csv(path, index=False)


# --- reporting -------------------------------------------------------------------------------------------

@dataclass
class Row:
    section: str
    name: str
    cpu: float | None  # median CPU seconds of the command
    base_cpu: float | None
    cpu_ratio: float | None  # median of paired ratios
    wall: float | None
    wall_ratio: float | None
    peak_mb: float | None
    base_peak_mb: float | None
    target: str  # e.g. "cpu <= 1.2x", "mem <= 1.2x", "wall < 10 s", or "-"
    verdict: str  # PASS, FAIL, ERROR, INFO, SKIP
    note: str = ""

    @property
    def mem_ratio(self) -> float | None:
        return self.peak_mb / self.base_peak_mb if self.peak_mb and self.base_peak_mb else None


def paired(job: Measure, base: Measure, attr: str) -> float | None:
    """Median over rounds of the job's time over the same round's baseline time."""
    mine, theirs = getattr(job, attr), getattr(base, attr)
    if not (job.ok and base.ok) or len(mine) != len(theirs):
        return None
    return statistics.median(m / t for m, t in zip(mine, theirs, strict=True))


def compare(section: str, job: Measure, base: Measure, cpu_target: float | None,
            mem_target: float | None = None) -> Row:
    cpu_ratio, wall_ratio = paired(job, base, "cpu"), paired(job, base, "times")
    row = Row(section, job.name, job.median_cpu, base.median_cpu, cpu_ratio, job.median, wall_ratio, job.peak_mb,
              base.peak_mb, "-", "INFO")
    targets = []
    if cpu_target is not None:
        targets.append(f"cpu <= {cpu_target:g}x")
    if mem_target is not None:
        targets.append(f"mem <= {mem_target:g}x")
    row.target = ", ".join(targets) or "-"
    if not job.ok:
        row.verdict, row.note = "ERROR", job.error
    elif not base.ok:
        row.verdict, row.note = "ERROR", f"baseline failed: {base.error}"
    elif targets:
        misses = []
        if cpu_target is not None and (cpu_ratio is None or cpu_ratio > cpu_target):
            misses.append("cpu")
        if mem_target is not None and (row.mem_ratio is None or row.mem_ratio > mem_target):
            misses.append("memory")
        row.verdict = "FAIL" if misses else "PASS"
        row.note = f"misses on {' and '.join(misses)}" if misses else ""
    return row


def fmt(value: float | None, spec: str, suffix: str = "") -> str:
    return "-" if value is None else format(value, spec) + suffix


def table_lines(rows: list[Row]) -> list[str]:
    """The one results table, as Markdown (it reads as plain text too and goes into bench/README.md as is)."""
    head = ("section", "measure", "cpu s", "base cpu s", "cpu ratio", "wall s", "wall ratio", "peak MB",
            "base MB", "mem ratio", "target", "result")
    body = [(r.section, r.name, fmt(r.cpu, ".2f"), fmt(r.base_cpu, ".2f"), fmt(r.cpu_ratio, ".2f", "x"),
             fmt(r.wall, ".2f"), fmt(r.wall_ratio, ".2f", "x"), fmt(r.peak_mb, ".0f"), fmt(r.base_peak_mb, ".0f"),
             fmt(r.mem_ratio, ".2f", "x"), r.target, r.verdict if r.verdict not in ("FAIL", "ERROR")
             else f"**{r.verdict}**") for r in rows]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" if i < 2 or i >= 10 else "---:"
                                                          for i in range(len(head))) + "|"]
    lines += ["| " + " | ".join(b) + " |" for b in body]
    return lines


def machine() -> dict:
    # pandas' version comes from a child: the bench process itself never imports pandas (see run_once).
    code = ("import importlib.metadata as m, pandas\n"
            "try: arrow = m.version('pyarrow')\nexcept m.PackageNotFoundError: arrow = 'not installed'\n"
            "print(pandas.__version__, arrow)")
    found = subprocess.run([PY, "-c", code], capture_output=True, text=True, check=False).stdout.split(maxsplit=1)
    pandas, arrow = [*found, "?", "?"][:2]
    info = {"python": platform.python_version(), "pandas": pandas, "pyarrow": arrow.strip(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(), "executable": PY}
    with contextlib.suppress(OSError):
        info["loadavg"] = [round(x, 2) for x in os.getloadavg()]
    with contextlib.suppress(OSError, StopIteration):
        info["cpu"] = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                           if line.startswith("model name"))
    with contextlib.suppress(OSError, StopIteration, ValueError):
        kib = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal:"))
        info["memory_gb"] = round(kib / 2**20, 1)
    return info


def text_file(path: Path, size: int) -> None:
    """``size`` bytes of text: the synthetic release paraphrase in tests/fixtures, repeated."""
    source = (Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "release_paraphrase.txt").read_text()
    path.write_text((source * (size // len(source) + 1))[:size], encoding="utf-8")


# --- main ------------------------------------------------------------------------------------------------

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="sizes 10^4 and 10^5 only, text up to 100 KB, fewer repeats")
    p.add_argument("--sizes", help="comma-separated synthetic sizes (default 10000,100000,1000000)")
    p.add_argument("--text-sizes", help="comma-separated --text sizes in bytes (default 10000,100000,1000000)")
    p.add_argument("--repeat", type=int, help="rounds on the bundled data and start-up (default 5; --quick 3)")
    p.add_argument("--scale-repeat", type=int,
                   help="rounds on synthetic files below 10^6 rows and on text below 1 MB (default 3, or 2 with "
                   "--quick)")
    p.add_argument("--big-repeat", type=int, default=1,
                   help="rounds on files of 10^6 rows or more and on 1 MB of text (default 1)")
    p.add_argument("--seed", type=int, default=20191010, help="RNG seed of the synthetic data")
    p.add_argument("--timeout", type=float, default=900, help="seconds before one run is killed")
    p.add_argument("--mem-limit", type=float, metavar="GIB",
                   help="address-space limit per child in GiB, so a runaway command fails instead of taking "
                   "the machine's memory (default: half the physical memory; 0 for none)")
    p.add_argument("--json", metavar="FILE", help="also write every figure as JSON to FILE")
    p.add_argument("--strict", action="store_true", help="exit 1 if any target fails")
    p.add_argument("--skip-scaling", action="store_true", help="no synthetic files")
    p.add_argument("--skip-text", action="store_true", help="no --text runs")
    p.add_argument("--setup", choices=["current", *SETUPS, "both"], default="current",
                   help="current: this interpreter as it is; without-pyarrow or with-pyarrow: a venv of that name "
                   "under --venv-dir with this checkout installed (pip install ., and pyarrow for the second), "
                   "made or updated first; both: the two in turn, a table each")
    p.add_argument("--venv-dir", default=str(Path.home() / ".cache" / "probstat-bench"),
                   help="where --setup keeps its venvs (default ~/.cache/probstat-bench)")
    p.add_argument("--generate", nargs=3, metavar=("PATH", "ROWS", "SEED"),
                   help="only write a synthetic providers file of ROWS rows to PATH (used by the bench itself)")
    args = p.parse_args(argv)

    def sizes(text: str | None, default: list[int]) -> list[int]:
        return [int(x.replace("_", "")) for x in text.split(",") if x.strip()] if text else default

    args.sizes = sizes(args.sizes, [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000])
    args.text_sizes = sizes(args.text_sizes, list(TEXT_SIZES[:2] if args.quick else TEXT_SIZES))
    args.repeat = args.repeat or (3 if args.quick else 5)
    args.scale_repeat = args.scale_repeat or (2 if args.quick else 3)
    if args.mem_limit is None:
        try:
            physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        except (ValueError, OSError, AttributeError):
            physical = 0
        args.mem_limit = physical / 2 / 2**30
    return args


def linearity(per_size: dict[int, dict[str, Measure]], bundled: dict[str, Measure], base: Measure) -> list[Row]:
    """CPU seconds per row, net of start-up (the same command on the 36-row bundled file), at the largest size
    against the next size down."""
    sizes = sorted(per_size)
    if len(sizes) < 2:
        return []
    big, small = sizes[-1], sizes[-2]
    rows = []
    for name, jb in per_size[big].items():
        js = per_size[small].get(name)
        start = base if name == "pandas read+groupby" else bundled.get(name.split(" syn-")[0])
        target = None if name == "pandas read+groupby" else LINEAR_TARGET
        row = Row("linearity", f"{name}: cpu per row, {big:,} vs {small:,}", None, None, None, None, None, None,
                  None, "-" if target is None else f"growth <= {target:g}x", "INFO")
        if jb.ok and js is not None and js.ok and start is not None and start.ok:
            net_b = max(jb.median_cpu - start.median_cpu, 1e-9) / big
            net_s = max(js.median_cpu - start.median_cpu, 1e-9) / small
            row.cpu_ratio = net_b / net_s
            row.note = f"{net_s * 1e6:.2f} -> {net_b * 1e6:.2f} us/row"
            if target is not None:
                row.verdict = "PASS" if row.cpu_ratio <= target else "FAIL"
        else:
            row.verdict = "ERROR" if target is not None else "INFO"
            row.note = "a run failed"
        rows.append(row)
    return rows


def setup_python(name: str, venv_dir: str) -> str:
    """The interpreter of setup ``name``'s venv, made if missing, with this checkout (re)installed as a user
    installs it (not editable) and pyarrow present or absent as the setup says."""
    repo = Path(__file__).resolve().parent.parent
    venv = Path(venv_dir) / name
    py = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    if not py.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    subprocess.run([*pip, str(repo), *SETUPS[name]], check=True)
    subprocess.run([*pip, "--no-deps", "--force-reinstall", str(repo)], check=True)  # this checkout's code
    if not SETUPS[name]:
        subprocess.run([str(py), "-m", "pip", "uninstall", "-q", "-y", "pyarrow"], check=False,
                       stderr=subprocess.DEVNULL)
    return str(py)


def setup_argv(argv: list[str]) -> list[str]:
    """The options a setup's own run gets: the same, less --setup and --json (each setup writes a file of its own).

    >>> setup_argv(["--setup", "both", "--sizes", "100000", "--json=r.json", "--setup=with-pyarrow", "--quick"])
    ['--sizes', '100000', '--quick']
    """
    rest, skip = [], False
    for arg in argv:
        if skip or arg.startswith(("--setup", "--json")):
            skip = arg in ("--setup", "--json")
            continue
        rest.append(arg)
    return rest


def run_setups(args: argparse.Namespace, argv: list[str]) -> int:
    """The whole bench once per setup, each in its venv's interpreter; the exit status is the worst."""
    rest = setup_argv(argv)
    status = 0
    for name in (list(SETUPS) if args.setup == "both" else [args.setup]):
        print(f"## setup: {name}\n", flush=True)
        py = setup_python(name, args.venv_dir)
        extra = ["--json", f"{Path(args.json).with_suffix('')}-{name}.json"] if args.json else []
        status = max(status, subprocess.run([py, str(Path(__file__).resolve()), *rest, *extra]).returncode)
        print(flush=True)
    return status


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.generate:
        synthetic(Path(args.generate[0]), int(args.generate[1]), int(args.generate[2]))
        return 0
    if args.setup != "current":
        return run_setups(args, list(sys.argv[1:] if argv is None else argv))
    MEM_LIMIT[0] = int(args.mem_limit * 2**30) if args.mem_limit and resource is not None else 0
    bundled = Path(str(resources.files("probstat") / "data" / "providers.csv"))
    info = machine()
    print(f"probstat bench: python {info['python']}, pandas {info['pandas']}, pyarrow {info['pyarrow']}, "
          f"{info['cpus']} CPUs, "
          f"{info.get('cpu', '?')}, load {info.get('loadavg', '?')}")
    if info.get("loadavg") and info["loadavg"][0] > 0.5:
        print(f"warning: the machine is busy (load {info['loadavg'][0]}): wall-clock figures will be noisy; "
              "the CPU-time ratios of paired runs are the ones to read")
    if MEM_LIMIT[0]:
        print(f"each child may use at most {args.mem_limit:.1f} GiB of address space (--mem-limit)")
    print()
    rows: list[Row] = []
    work = tempfile.mkdtemp(prefix="probstat-bench-")
    ENV.update(_child_env(os.path.join(work, "pycache")))
    try:
        # 1. every command on the bundled data, against the pandas one-liner.
        base = Measure("pandas read+groupby", baseline_argv(bundled))
        jobs = [Measure(name, probstat_argv(cmd), ok_codes=OK_CODES.get(name, {0}))
                for name, cmd in [*COMMANDS, CHECK_CLAIMS, *BUNDLED_ONLY]]
        if TEXT_FIXTURE.is_file():
            jobs.append(Measure("check-claims --text (fixture)", [*probstat_argv(["check-claims"]), "--text",
                                                                  str(TEXT_FIXTURE)], ok_codes={0, 1}))
        measure([base, *jobs], args.repeat, work, args.timeout, "bundled data")
        rows += [compare("bundled data", job, base, CMD_TARGET) for job in jobs]
        bundled_jobs = {job.name: job for job in jobs}

        # 2. start-up: --help and --version against importing click.
        click = Measure("python -c 'import click'", [PY, "-c", "import click"])
        startup = [Measure("probstat --help", [PY, "-m", "probstat", "--help"]),
                   Measure("probstat --version", [PY, "-m", "probstat", "--version"])]
        measure([click, *startup], args.repeat, work, args.timeout, "start-up")
        rows += [compare("start-up", job, click, STARTUP_TARGET) for job in startup]

        # 3. synthetic files of growing size: every command, paired with the one-liner on the same file.
        per_size: dict[int, dict[str, Measure]] = {}
        for size in ([] if args.skip_scaling else args.sizes):
            path = Path(work) / f"providers-{size}.csv"
            t0 = time.perf_counter()
            # In a child, so that numpy and pandas never enter the bench process (see run_once on memory).
            subprocess.run([PY, str(Path(__file__).resolve()), "--generate", str(path), str(size), str(args.seed)],
                           check=True, cwd=work, env=ENV)
            print(f"  generated {size:,} synthetic rows ({path.stat().st_size / 1e6:.1f} MB) in "
                  f"{time.perf_counter() - t0:.1f}s", file=sys.stderr, flush=True)
            sbase = Measure("pandas read+groupby", baseline_argv(path))
            sjobs = [Measure(name, probstat_argv(cmd, path), ok_codes=OK_CODES.get(name, {0}))
                     for name, cmd in scale_commands(size)]
            big = size >= BIG_ROWS
            measure([sbase, *sjobs], args.big_repeat if big else args.scale_repeat, work, args.timeout,
                    f"{size:,} rows", warmup=False)
            section = f"{size:,} rows"
            rows.append(Row(section, sbase.name, sbase.median_cpu, None, None, sbase.median, None, sbase.peak_mb,
                            None, "-", "INFO" if sbase.ok else "ERROR", sbase.error))
            rows += [compare(section, job, sbase, BIG_TARGET if big else None, BIG_MEM_TARGET if big else None)
                     for job in sjobs]
            per_size[size] = {"pandas read+groupby": sbase, **{job.name: job for job in sjobs}}
            path.unlink()
        rows += linearity(per_size, bundled_jobs, base)
        if not args.skip_scaling and max(args.sizes, default=0) < BIG_ROWS:
            rows.append(Row(f"{BIG_ROWS:,} rows", "every command", None, None, None, None, None, None, None,
                            f"cpu <= {BIG_TARGET:g}x", "SKIP", f"{BIG_ROWS:,} rows not in --sizes (--quick?)"))

        # 4. check-claims --text on growing text, paired with the one-liner on the bundled data.
        text_jobs = []
        for size in ([] if args.skip_text else args.text_sizes):
            path = Path(work) / f"text-{size}.txt"
            text_file(path, size)
            tbase = Measure("pandas read+groupby", baseline_argv(bundled))
            job = Measure(f"check-claims --text {size // 1000:,} KB", [*probstat_argv(["check-claims"]), "--text",
                                                                        str(path)], ok_codes={0, 1})
            measure([tbase, job], args.big_repeat if size >= TEXT_SIZES[-1] else args.scale_repeat, work,
                    args.timeout, f"--text {size:,} bytes", warmup=False)
            row = compare("--text", job, tbase, None)
            if size >= TEXT_SIZES[-1]:
                row.target = f"wall < {TEXT_TARGET_S:g} s"
                if job.ok:
                    row.verdict = "PASS" if job.median < TEXT_TARGET_S else "FAIL"
            rows.append(row)
            text_jobs.append((size, job))
        if len(text_jobs) >= 2:
            (small, js), (large, jb) = text_jobs[-2], text_jobs[-1]
            row = Row("linearity", f"check-claims --text: cpu per byte, {large:,} vs {small:,}", None, None, None,
                      None, None, None, None, f"growth <= {LINEAR_TARGET:g}x", "ERROR", "a run failed")
            start = bundled_jobs["check-claims"]
            if js.ok and jb.ok and start.ok:
                net_s = max(js.median_cpu - start.median_cpu, 1e-9) / small
                net_b = max(jb.median_cpu - start.median_cpu, 1e-9) / large
                row.cpu_ratio, row.note = net_b / net_s, f"{net_s * 1e6:.2f} -> {net_b * 1e6:.2f} us/byte"
                row.verdict = "PASS" if row.cpu_ratio <= LINEAR_TARGET else "FAIL"
            rows.append(row)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print()
    for line in table_lines(rows):
        print(line)
    notes = [r for r in rows if r.note]
    if notes:
        print()
        for r in notes:
            print(f"- {r.section} / {r.name}: {r.note}")
    print()
    floor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 if resource is not None else 0.0
    info["bench_process_peak_mb"] = round(floor)
    print(f"memory floor: Linux counts the bench process's own {floor:.0f} MB (the image a child is forked from) in "
          "a child's ru_maxrss, so peaks below that are not resolved")
    with contextlib.suppress(OSError):
        info["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
        print(f"load average at the start {info.get('loadavg')}, at the end {info['loadavg_end']}")
    targeted = [r for r in rows if r.target != "-"]
    failed = [r for r in targeted if r.verdict in ("FAIL", "ERROR")]
    print(f"{len(failed)} of {len(targeted)} targets missed" if failed else f"all {len(targeted)} targets met")
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": info, "args": dict(vars(args)),
                                               "rows": [asdict(r) for r in rows]}, indent=2) + "\n")
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
