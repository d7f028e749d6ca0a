#!/usr/bin/env python3
"""Benchmark probstat's commands against plain pandas and click, as real subprocesses, in one run.

    python bench/bench.py [--quick] [--sizes 10000,100000,1000000] [--repeat N] [--json FILE] [--strict]

Targets (from the performance issue):

  commands   every command on the bundled data within 1.3x of the pandas baseline
             (python -c "import pandas as pd; pd.read_csv(PATH).groupby(['round','sector'])['overall']
             .value_counts()"), median of N runs, both timed in the same run, interleaved.
  startup    probstat --help and probstat --version within 1.5x of python -c "import click".
  scaling    on synthetic providers files (10^4, 10^5, 10^6 rows by default): the cost per row, net of
             start-up, at the largest size within 2x of that at the next size down (roughly linear), and
             at 10^6 rows within 2x of the pandas baseline on the same file.

Peak memory is each child's own ru_maxrss, read with os.wait4() (the per-child form of
getrusage(RUSAGE_CHILDREN); the same counter /usr/bin/time -v prints as "Maximum resident set size").
Linux also counts in it the image the child was forked from, so the bench process never imports pandas
(synthetic files are written by a child) and reports its own peak as the floor below which figures mean
nothing. Each child runs under an address-space limit (--mem-limit, default half the physical memory) so
that a runaway command fails with an error row instead of exhausting a shared machine.

Standard library + pandas (and numpy, which pandas brings) only. Synthetic files are written to a temporary
directory, never into the repository, and deleted afterwards. Exit status is 0 unless --strict is given and
a target fails.
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
CMD_TARGET = 1.3
STARTUP_TARGET = 1.5
BIG_TARGET = 2.0
LINEAR_TARGET = 2.0
BIG_ROWS = 1_000_000

COMMANDS: list[tuple[str, list[str]]] = [
    ("providers", ["providers"]),
    ("show hampshire-iow-crc", ["show", "hampshire-iow-crc"]),
    ("validate", ["validate"]),
    ("ratings", ["ratings"]),
    ("gap --domain overall", ["gap", "--domain", "overall"]),
    ("gap --domain risk", ["gap", "--domain", "risk"]),
    ("caseloads --by sector", ["caseloads", "--by", "sector"]),
    ("league", ["league"]),
    ("changes", ["changes"]),
]
CHECK_CLAIMS = ("check-claims", ["check-claims"])
SCALE_COMMANDS: list[tuple[str, list[str]]] = [
    ("ratings", ["ratings"]),
    ("gap --domain overall", ["gap", "--domain", "overall"]),
    ("gap --domain risk", ["gap", "--domain", "risk"]),
]


def baseline_argv(path: Path | str) -> list[str]:
    code = ("import pandas as pd; "
            f"pd.read_csv({str(path)!r}).groupby(['round','sector'])['overall'].value_counts()")
    return [PY, "-c", code]


def probstat_argv(args: list[str], data: Path | None = None) -> list[str]:
    extra = ["--data", str(data)] if data is not None else []
    return [PY, "-m", "probstat", *args, *extra, "--format", "csv"]


# --- running ---------------------------------------------------------------------------------------------

@dataclass
class Measure:
    name: str
    argv: list[str]
    times: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)
    rc: int | None = None
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.rc == 0 and bool(self.times)

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


def run_once(argv: list[str], cwd: str, timeout: float) -> tuple[float, int | None, int, str]:
    """Run ``argv`` with stdout to /dev/null: (wall seconds, peak RSS in KiB or None, exit code, stderr tail)."""
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
                if sys.platform == "darwin":
                    rss //= 1024  # bytes there
            else:  # pragma: no cover - Windows: no per-child memory figure
                proc.wait()
                wall = time.perf_counter() - start
                rss = None
        finally:
            timer.cancel()
        err.seek(0)
        tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
    rc = proc.returncode
    if rc == -9:
        tail = [f"killed after the {timeout:.0f}s timeout (or out of memory)"] + tail
    if rc != 0 and MEM_LIMIT[0] and any("MemoryError" in line or "Unable to allocate" in line for line in tail):
        tail = [f"ran out of the {MEM_LIMIT[0] / 2**30:.1f} GiB --mem-limit after {wall:.0f}s"] + tail[-1:]
    return wall, rss, rc, " | ".join(tail)


def measure(jobs: list[Measure], repeat: int, cwd: str, timeout: float, label: str) -> None:
    """One warm-up run of each job, then ``repeat`` interleaved rounds (so drift hits every job alike)."""
    for rnd in range(repeat + 1):
        for job in jobs:
            if job.rc not in (None, 0):
                continue  # failed once: do not keep timing an error path
            wall, rss, rc, tail = run_once(job.argv, cwd, timeout)
            job.rc = rc
            if rc != 0:
                job.error = f"exit {rc}: {tail}"
                job.times.clear()
                continue
            if rnd > 0:  # round 0 warms the page cache and the bytecode cache
                job.times.append(wall)
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
    cols["source_url"] = np.full(n, "https://example.org/synthetic", dtype=object)

    missing = set(schema.COLUMN_NAMES) ^ set(cols)
    assert not missing, f"synthetic columns out of step with the schema: {sorted(missing)}"
    frame = pd.DataFrame({c: cols[c] for c in schema.COLUMN_NAMES})
    frame.to_csv(path, index=False)


# --- reporting -------------------------------------------------------------------------------------------

@dataclass
class Row:
    section: str
    name: str
    seconds: float | None
    base_name: str
    base_seconds: float | None
    ratio: float | None
    target: float | None
    peak_mb: float | None
    base_peak_mb: float | None
    verdict: str  # PASS, FAIL, ERROR, INFO, SKIP
    note: str = ""


def compare(section: str, job: Measure, base: Measure, target: float | None) -> Row:
    ratio = job.median / base.median if job.ok and base.ok else None
    if not job.ok:
        verdict, note = "ERROR", job.error
    elif not base.ok:
        verdict, note = "ERROR", f"baseline failed: {base.error}"
    elif target is None:
        verdict, note = "INFO", ""
    else:
        verdict, note = ("PASS" if ratio <= target else "FAIL"), ""
    return Row(section, job.name, job.median, base.name, base.median, ratio, target, job.peak_mb,
               base.peak_mb, verdict, note)


def fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def print_table(rows: list[Row]) -> None:
    head = ("section", "measure", "probstat s", "baseline s", "ratio", "target", "peak MB", "base MB", "result")
    body = [(r.section, r.name, fmt(r.seconds, ".3f"), fmt(r.base_seconds, ".3f"), fmt(r.ratio, ".3f") +
             ("x" if r.ratio is not None else ""), f"<= {r.target:g}x" if r.target else "-",
             fmt(r.peak_mb, ".0f"), fmt(r.base_peak_mb, ".0f"), r.verdict) for r in rows]
    widths = [max(len(h), *(len(b[i]) for b in body)) if body else len(h) for i, h in enumerate(head)]
    line = "  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))
    print(line)
    print("-" * len(line))
    for b in body:
        print("  ".join(c.ljust(w) if i < 2 or i == len(b) - 1 else c.rjust(w)
                        for i, (c, w) in enumerate(zip(b, widths, strict=True))))
    notes = [r for r in rows if r.note]
    if notes:
        print()
        for r in notes:
            print(f"  note: {r.section} / {r.name}: {r.note}")


def machine() -> dict:
    # pandas' version comes from a child: the bench process itself never imports pandas (see run_once).
    pandas = subprocess.run([PY, "-c", "import pandas; print(pandas.__version__)"], capture_output=True,
                            text=True, check=False).stdout.strip() or "?"
    info = {"python": platform.python_version(), "pandas": pandas, "platform": platform.platform(),
            "cpus": os.cpu_count(), "executable": PY}
    with contextlib.suppress(OSError):
        info["loadavg"] = [round(x, 2) for x in os.getloadavg()]
    with contextlib.suppress(OSError, StopIteration):
        info["cpu"] = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                           if line.startswith("model name"))
    return info


# --- main ------------------------------------------------------------------------------------------------

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="sizes 10^4 and 10^5 only, fewer repeats")
    p.add_argument("--sizes", help="comma-separated synthetic sizes (default 10000,100000,1000000)")
    p.add_argument("--repeat", type=int, help="runs per measure on the bundled data (default 7; --quick 3)")
    p.add_argument("--scale-repeat", type=int,
                   help="runs per measure on synthetic files (default 3, or 2 with --quick)")
    p.add_argument("--seed", type=int, default=20191010, help="RNG seed of the synthetic data")
    p.add_argument("--timeout", type=float, default=900, help="seconds before one run is killed")
    p.add_argument("--mem-limit", type=float, metavar="GIB",
                   help="address-space limit per child in GiB, so a runaway command fails instead of taking "
                   "the machine's memory (default: half the physical memory; 0 for none)")
    p.add_argument("--json", metavar="FILE", help="also write every figure as JSON to FILE")
    p.add_argument("--strict", action="store_true", help="exit 1 if any target fails")
    p.add_argument("--skip-scaling", action="store_true", help="only the bundled-data and start-up targets")
    p.add_argument("--generate", nargs=3, metavar=("PATH", "ROWS", "SEED"),
                   help="only write a synthetic providers file of ROWS rows to PATH (used by the bench itself)")
    args = p.parse_args(argv)
    if args.sizes:
        args.sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    else:
        args.sizes = [10_000, 100_000] if args.quick else [10_000, 100_000, 1_000_000]
    args.repeat = args.repeat or (3 if args.quick else 7)
    args.scale_repeat = args.scale_repeat or (2 if args.quick else 3)
    if args.mem_limit is None:
        try:
            physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
        except (ValueError, OSError, AttributeError):
            physical = 0
        args.mem_limit = physical / 2 / 2**30
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.generate:
        synthetic(Path(args.generate[0]), int(args.generate[1]), int(args.generate[2]))
        return 0
    MEM_LIMIT[0] = int(args.mem_limit * 2**30) if args.mem_limit and resource is not None else 0
    bundled = Path(str(resources.files("probstat") / "data" / "providers.csv"))
    info = machine()
    print(f"probstat bench: python {info['python']}, pandas {info['pandas']}, {info['cpus']} CPUs, "
          f"{info.get('cpu', '?')}, load {info.get('loadavg', '?')}")
    print(f"bundled data: {bundled}")
    if info.get("loadavg") and info["loadavg"][0] > 0.5:
        print(f"warning: the machine is busy (load {info['loadavg'][0]}): figures will be noisy")
    print("times: median wall clock, interleaved with the baseline, after one warm-up run; memory: each child's "
          "own peak RSS (ru_maxrss) from os.wait4()")
    if MEM_LIMIT[0]:
        print(f"each child may use at most {args.mem_limit:.1f} GiB of address space (--mem-limit)")
    print()
    rows: list[Row] = []
    scaling: list[dict] = []
    work = tempfile.mkdtemp(prefix="probstat-bench-")
    ENV.update(_child_env(os.path.join(work, "pycache")))
    try:
        # 1. every command on the bundled data, against the pandas one-liner.
        commands = list(COMMANDS)
        wall, _, rc, tail = run_once([PY, "-m", "probstat", "check-claims", "--help"], work, args.timeout)
        if rc == 0:
            commands.append(CHECK_CLAIMS)
        else:
            rows.append(Row("commands", "check-claims", None, "pandas read+groupby", None, None, CMD_TARGET,
                            None, None, "SKIP", f"`probstat check-claims --help` exits {rc}: not there yet"))
        base = Measure("pandas read+groupby", baseline_argv(bundled))
        jobs = [Measure(name, probstat_argv(cmd)) for name, cmd in commands]
        measure([base, *jobs], args.repeat, work, args.timeout, "bundled data")
        rows[0:0] = [compare("commands", job, base, CMD_TARGET) for job in jobs]
        bundled_times = {job.name: job.median for job in jobs}

        # 2. start-up: --help and --version against importing click.
        click = Measure("python -c 'import click'", [PY, "-c", "import click"])
        startup = [Measure("probstat --help", [PY, "-m", "probstat", "--help"]),
                   Measure("probstat --version", [PY, "-m", "probstat", "--version"])]
        measure([click, *startup], args.repeat, work, args.timeout, "start-up")
        rows += [compare("startup", job, click, STARTUP_TARGET) for job in startup]

        # 3. synthetic files of growing size.
        per_size: dict[int, dict[str, Measure]] = {}
        for size in ([] if args.skip_scaling else args.sizes):
            path = Path(work) / f"providers-{size}.csv"
            t0 = time.perf_counter()
            # In a child, so that numpy and pandas never enter the bench process (see run_once on memory).
            subprocess.run([PY, str(Path(__file__).resolve()), "--generate", str(path), str(size), str(args.seed)],
                           check=True, cwd=work, env=ENV)
            print(f"  generated {size:,} rows ({path.stat().st_size / 1e6:.1f} MB) in "
                  f"{time.perf_counter() - t0:.1f}s", file=sys.stderr, flush=True)
            sbase = Measure("pandas read+groupby", baseline_argv(path))
            sjobs = [Measure(name, probstat_argv(cmd, path)) for name, cmd in SCALE_COMMANDS]
            measure([sbase, *sjobs], args.scale_repeat, work, args.timeout, f"{size:,} rows")
            target = BIG_TARGET if size >= BIG_ROWS else None
            section = f"{size:,} rows"
            rows.append(Row(section, sbase.name, None, "", sbase.median, None, None, None, sbase.peak_mb,
                            "INFO" if sbase.ok else "ERROR", sbase.error))
            rows += [compare(section, job, sbase, target) for job in sjobs]
            per_size[size] = {"base": sbase, **{job.name: job for job in sjobs}}
            path.unlink()

        # Linearity: seconds per row net of start-up (the command's time on the 36-row bundled file), at
        # the largest size against the next size down. Raw per-row figures are reported too.
        sizes = sorted(per_size)
        if len(sizes) >= 2:
            big, small = sizes[-1], sizes[-2]
            for name in ["pandas read+groupby", *(n for n, _ in SCALE_COMMANDS)]:
                key = "base" if name == "pandas read+groupby" else name
                jb, js = per_size[big][key], per_size[small][key]
                start = base.median if key == "base" else bundled_times.get(name)
                target = None if key == "base" else LINEAR_TARGET
                entry = {"measure": name, "small": small, "big": big, "startup_s": start, "target": target}
                if jb.ok and js.ok and start is not None:
                    net_b = max(jb.median - start, 1e-9) / big
                    net_s = max(js.median - start, 1e-9) / small
                    growth = net_b / net_s
                    verdict = "INFO" if target is None else ("PASS" if growth <= target else "FAIL")
                    entry |= {"us_per_row_small": net_s * 1e6, "us_per_row_big": net_b * 1e6,
                              "raw_us_per_row_small": js.median / small * 1e6,
                              "raw_us_per_row_big": jb.median / big * 1e6, "growth": growth}
                else:
                    growth, verdict = None, "ERROR"
                entry["verdict"] = verdict
                scaling.append(entry)
                rows.append(Row("linearity", f"{name}: per row, {big:,} vs {small:,}", None, "", None, growth,
                                target, None, None, verdict, "" if verdict != "ERROR" else "a run failed"))
        if not args.skip_scaling and max(args.sizes, default=0) < BIG_ROWS:
            rows.append(Row(f"{BIG_ROWS:,} rows", "ratings / gap within 2x of pandas", None, "", None, None,
                            BIG_TARGET, None, None, "SKIP", f"{BIG_ROWS:,} rows not in --sizes (--quick?)"))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print()
    print_table([r for r in rows if r.section != "linearity"])
    if scaling:
        print()
        print("linearity: microseconds per row, net of start-up (the same command on the bundled data), "
              "raw in brackets")
        head = ("measure", "small", "big", "us/row small", "us/row big", "growth", "target", "result")
        body = [(e["measure"], f"{e['small']:,}", f"{e['big']:,}",
                 f"{fmt(e.get('us_per_row_small'), '.2f')} ({fmt(e.get('raw_us_per_row_small'), '.2f')})",
                 f"{fmt(e.get('us_per_row_big'), '.2f')} ({fmt(e.get('raw_us_per_row_big'), '.2f')})",
                 fmt(e.get("growth"), ".2f") + ("x" if e.get("growth") is not None else ""),
                 f"<= {e['target']:g}x" if e["target"] else "-", e["verdict"]) for e in scaling]
        widths = [max(len(h), *(len(b[i]) for b in body)) for i, h in enumerate(head)]
        print("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
        for b in body:
            print("  ".join(c.ljust(w) if i in (0, 7) else c.rjust(w)
                            for i, (c, w) in enumerate(zip(b, widths, strict=True))))
    print()
    failed = [r for r in rows if r.verdict in ("FAIL", "ERROR")]
    for r in rows:
        if r.target is not None and r.verdict in ("PASS", "FAIL", "ERROR", "SKIP"):
            what = f"{r.ratio:.3f}x" if r.ratio is not None else "n/a"
            print(f"{r.verdict}: {r.section}: {r.name}: {what} (target <= {r.target:g}x)")
    print()
    floor = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 if resource is not None else 0.0
    info["bench_process_peak_mb"] = round(floor)
    print(f"memory floor: Linux counts the bench process's own {floor:.0f} MB (the image a child is forked from) in "
          "a child's ru_maxrss, so peaks below that are not resolved")
    with contextlib.suppress(OSError):
        info["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
        print(f"load average at the end: {info['loadavg_end']}")
    print(f"{len(failed)} of {sum(r.target is not None for r in rows)} targets failed" if failed
          else "all targets met")
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": info, "args": {k: v for k, v in vars(args).items()},
                                               "rows": [asdict(r) for r in rows], "scaling": scaling},
                                              indent=2) + "\n")
    return 1 if args.strict and failed else 0


if __name__ == "__main__":
    sys.exit(main())
