"""Cold start of the CLI's offline commands next to `import openai` and an empty interpreter.

Every command runs as a fresh `python -c` process, interleaved with the others in a rotating
order, and wall time is taken here from spawn to reaping. Peak RSS is reported by the process
itself: a preamble registers an atexit hook (run last, after the command's own) that writes its
VmHWM line from /proc/self/status into an inherited pipe. The console script runs as its own
source text after the preamble, with the `sys.argv[0]` and `sys.path[0]` that running the file
gives. The preamble adds about 0.2 ms (`atexit` is built in) and no measurable memory.

`os.wait4`'s ru_maxrss is not used: on Linux it includes the high-water RSS of the memory image
the child had before exec, a copy of this process (openai and httpx loaded, ~60 MB), so every
command would show this process's peak. VmHWM belongs to the program's own post-exec memory and
matches `/usr/bin/time -f %M` to within the kernel's per-CPU RSS counter slack (~0.1 MB).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TypedDict

from bench_mints import GA_CONFIG

_PREAMBLE = """\
import atexit
atexit.register(lambda: open({fd}, "w").write(
    next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))))
"""


class ColdStartRow(TypedDict):
    command: str
    median_ms: float
    min_ms: float
    peak_rss_mb: float
    runs: int
    runs_ms: list[float]  # wall of each run, in round order


def _run_once(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds from spawn to exit of `python -c code *args`, and its peak RSS in MB."""
    read_end, write_end = os.pipe()
    argv = [sys.executable, "-c", _PREAMBLE.format(fd=write_end) + code, *args]
    started = time.perf_counter()
    process = subprocess.Popen(
        argv,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        pass_fds=(write_end,),
    )
    returncode = process.wait()
    elapsed = time.perf_counter() - started
    os.close(write_end)
    with open(read_end) as pipe:
        report = pipe.read()  # "VmHWM:\t   17712 kB\n", or nothing if the hook did not run
    if returncode != 0 or not report:
        why = f"exited with {returncode}" if returncode else "reported no VmHWM"
        raise RuntimeError(f"python -c {code!r} {' '.join(args)} {why}")
    return elapsed, int(report.split()[1]) / 1024  # kB, that is KiB


BIG_YAML = "realtime-sessions validate 1MB.yaml"


def big_yaml(size: int = 1 << 20) -> str:
    """A GA config of about `size` bytes of YAML: the typical session with many long tools."""
    lines = ["type: realtime", "model: gpt-realtime", "instructions: |"]
    lines += [f"  {line}" for line in GA_CONFIG["instructions"].splitlines()]
    lines.append("tools:")
    index = 0
    while sum(map(len, lines)) < size:
        lines += [
            "  - type: function",
            f"    name: tool_{index}",
            "    description: >-",
            *(
                f"      Step {step} of what tool {index} does, told at length."
                for step in range(40)
            ),
            "    parameters:",
            "      type: object",
            "      properties:",
            "        order_number: {type: string, description: The order's number}",
            "      required: [order_number]",
        ]
        index += 1
    return "\n".join(lines) + "\n"


def run(runs: int = 11, yaml_bytes: int = 1 << 20) -> list[ColdStartRow]:
    """Median wall time and peak RSS of each command over `runs` interleaved runs; the big
    YAML config has about `yaml_bytes` bytes."""
    cli = Path(sys.executable).with_name("realtime-sessions")
    script = f"import sys\nsys.argv[0], sys.path[0] = {str(cli)!r}, {str(cli.parent)!r}\n"
    script += cli.read_text()
    # Installed code has its bytecode cached; a PYTHONDONTWRITEBYTECODE shell would otherwise
    # make the never-compiled modules compile on every run.
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder, "session.json")
        config.write_text(json.dumps(GA_CONFIG))
        big = Path(folder, "big.yaml")
        big.write_text(big_yaml(yaml_bytes))
        commands = {
            "realtime-sessions --help": (script, ["--help"]),
            "realtime-sessions validate FILE": (script, ["validate", str(config)]),
            "realtime-sessions config --config FILE": (script, ["config", "--config", str(config)]),
            BIG_YAML: (script, ["validate", str(big)]),
            'python -c "import openai"': ("import openai", []),
            "python -c pass": ("pass", []),
        }
        for code, args in commands.values():  # untimed: writes missing bytecode, fills page cache
            _run_once(code, args, env)
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        names = list(commands)
        for round_ in range(runs):
            shift = round_ % len(names)
            for name in names[shift:] + names[:shift]:
                samples[name].append(_run_once(*commands[name], env))
    return [
        ColdStartRow(
            command=name,
            median_ms=statistics.median(wall for wall, _ in runs_) * 1e3,
            min_ms=min(wall for wall, _ in runs_) * 1e3,
            peak_rss_mb=max(rss for _, rss in runs_),
            runs=len(runs_),
            runs_ms=[wall * 1e3 for wall, _ in runs_],
        )
        for name, runs_ in samples.items()
    ]
