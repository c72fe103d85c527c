"""What machine a benchmark ran on, in one line (shared by the benchmark scripts)."""

from __future__ import annotations

import os
import platform
from pathlib import Path


def describe_machine(extra: str = "") -> str:
    """Operating system, CPU model and count, and Python version; ``extra`` is appended."""
    cpu = platform.processor() or platform.machine()
    try:  # the CPU's model name, on Linux
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    text = (f"{platform.platform()}; CPU {cpu}, {os.cpu_count()} logical CPUs; "
            f"Python {platform.python_version()} ({platform.python_implementation()})")
    return f"{text}; {extra}" if extra else text
