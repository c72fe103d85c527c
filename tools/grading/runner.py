"""Run one student's notebook and take its answers out as plain data (inside the sandbox).

Standard library, nbformat and nbclient only: this file is all of the grader that the sandbox
sees (``python runner.py -`` with the job on standard input and the notebook alone in the working
folder). It runs the cells from the top in a kernel of its own, with a time limit per cell, and
writes ``result.json``: each code cell's outputs (cut at a size limit) and errors, the cells that
timed out or were replaced, and after each test cell the answer variables of that question, as
JSON made by :data:`PLAIN` in the kernel. The hidden tests are not in the notebook it gets and do
not run here: the grader runs them in a process of its own on the plain data.

A cell that stops Python (the kernel dies) or runs past the limit and cannot be interrupted
(a frozen kernel) is replaced by an error and the notebook runs again from the top, so that it
costs only its own question.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import sys
import time
from pathlib import Path

MAX_RETRIES = 3
REPLACED = "# The grader replaced this cell: when it ran, it {why}.\n"
REPLACEMENT = REPLACED + 'raise RuntimeError("Not run by the grader: this cell {why}.")\n'
WHY = {
    "crash": "stopped Python (the kernel died)",
    "stuck": "ran past the time limit and could not be interrupted",
}
NO_EXIT = '''\
def exit(*args, **kwargs):
    raise RuntimeError("exit() and quit() would stop Python: the grader does not run them.")


quit = exit
'''
BUDGET_NOTE = ("[Not run by the grader: the notebook's own cells had run {budget} seconds "
               "together, all the time they may take.]\n")
CUT = ("\n[The grader cut the output here: this cell printed more than {limit} characters, or "
       "the notebook's outputs together were too large.]\n")


def _size(content: dict) -> int:
    text = content.get("text") or ""
    data = content.get("data") or {}
    return len(text) + sum(len(v) if isinstance(v, str) else len(json.dumps(v))
                           for v in data.values()) + len(str(content.get("traceback", "")))


def make_client(nb, job: dict):
    from nbclient import NotebookClient

    class Client(NotebookClient):
        """nbclient, with outputs cut at a size limit and timed-out cells remembered."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.sizes: dict[int, int] = {}
            self.timed_out: set[int] = set()
            self.current = -1
            self.probing = False
            self.total = 0

        def output(self, outs, msg, display_id, cell_index):
            limit = job["answer_limit"] if self.probing else job["output_limit"]
            key = "probe" if self.probing else cell_index
            used = self.sizes.get(key, 0)
            size = _size(msg["content"])
            self.sizes[key] = used + size
            if not self.probing:
                self.total += size
                if self.total > job["total_output_limit"] and used <= limit:
                    limit = used  # the notebook's outputs together are too large: cut here
            if used > limit:
                return None
            if used + size > limit:
                from nbformat.v4 import new_output

                self.sizes[key] = limit + 1
                outs.append(new_output("stream", name="stderr", text=CUT.format(limit=limit)))
                return None
            return super().output(outs, msg, display_id, cell_index)

        async def _async_handle_timeout(self, timeout, cell=None):
            self.timed_out.add(self.current)
            return await super()._async_handle_timeout(timeout, cell)

    fixed = {id(nb.cells[i]) for i in job.get("fixed_cells", []) if i < len(nb.cells)}

    def timeout_for(cell) -> int:
        # the exercise's own set-up cells (loading the corpus on a busy machine) get more time
        # than the student's cells, and so does the grader's cell that takes the answers out
        if id(cell) in fixed:
            return max(job["timeout"], job.get("setup_timeout", 120))
        if cell.get("metadata", {}).get("framelab_grader"):
            return max(job["timeout"], 30)
        return job["timeout"]

    return Client(nb, timeout=job["timeout"], interrupt_on_timeout=True, allow_errors=True,
                  timeout_func=timeout_for,
                  error_on_timeout={"ename": "CellTimeoutError",
                                    "evalue": f"ran longer than {job['timeout']} seconds",
                                    "traceback": []},
                  kernel_name="python3", resources={"metadata": {"path": os.getcwd()}},
                  record_timing=False, iopub_timeout=5, shutdown_kernel="immediate",
                  startup_timeout=120)


class Stopped(Exception):
    """The kernel died or froze at a cell: ``why`` is 'crash' or 'stuck'."""

    def __init__(self, index: int, why: str):
        super().__init__(index, why)
        self.index, self.why = index, why


async def _responsive(client, seconds: float) -> bool:
    """Whether the kernel answers a kernel_info request (it is not frozen or still busy)."""
    try:
        await asyncio.wait_for(client.kc.kernel_info(reply=True, timeout=seconds), seconds + 1)
        return True
    except Exception:  # noqa: BLE001 - any failure means: not responsive
        return False


async def run_once(nb, job: dict) -> dict:
    """Run every code cell of ``nb`` once; the outputs, answers and the cell that stopped it."""
    from nbclient.exceptions import DeadKernelError
    from nbformat.v4 import new_code_cell

    client = make_client(nb, job)
    taken, stopped = {}, None
    take_after = {q["cell"]: q for q in job["questions"]}
    watchdog = max(job["timeout"], job.get("setup_timeout", 120)) * 2 + 30
    fixed = set(job.get("fixed_cells", []))
    budget = job.get("budget")  # seconds the student's own cells may run together
    skipped = []
    try:
        async with client.async_setup_kernel():
            for index, cell in enumerate(nb.cells):
                if cell.cell_type != "code":
                    continue
                client.current = index
                own = index not in fixed and not cell.get("metadata", {}).get(
                    "nbgrader", {}).get("grade")
                if own and budget is not None and job["spent"] >= budget:
                    cell.outputs = [{"output_type": "stream", "name": "stderr",
                                     "text": BUDGET_NOTE.format(budget=budget)}]
                    skipped.append(index)
                    continue
                started = time.monotonic()
                try:
                    await asyncio.wait_for(client.async_execute_cell(cell, index), watchdog)
                except DeadKernelError:
                    raise Stopped(index, "crash") from None
                except TimeoutError:
                    raise Stopped(index, "stuck") from None
                finally:
                    if own:
                        job["spent"] = job.get("spent", 0.0) + time.monotonic() - started
                if index in client.timed_out and not await _responsive(client, 5):
                    raise Stopped(index, "stuck")
                question = take_after.get(index)
                if question is None:
                    continue
                # the function was made at the kernel's start (see prepare_home), with its own
                # references to what it uses: what the student's cells patched does not count
                probe = new_code_cell(f"{job['take_name']}({question['names']!r})\n",
                                      metadata={"framelab_grader": True})
                client.current, client.probing, client.sizes["probe"] = -1, True, 0
                nb.cells.append(probe)  # nbclient puts the cell back at its index
                try:
                    await asyncio.wait_for(client.async_execute_cell(probe, len(nb.cells) - 1,
                                                                     store_history=False),
                                           watchdog)
                except DeadKernelError:
                    raise Stopped(index, "crash") from None
                except TimeoutError:
                    raise Stopped(index, "stuck") from None
                finally:
                    nb.cells.pop()
                    client.probing = False
                texts = [o.get("text", "") for o in probe.outputs if o.get("output_type") == "stream"
                         and o.get("name") == "stdout"]
                taken[question["grade_id"]] = "".join(texts)[: job["answer_limit"]]
    except Stopped as error:
        stopped = error
    except DeadKernelError:
        stopped = Stopped(client.current, "crash")
    except RuntimeError as error:  # the kernel did not start
        return {"failed": f"the kernel did not start: {error}"}
    return {"answers": taken, "timed_out": sorted(client.timed_out - {-1}), "stopped": stopped,
            "skipped": skipped}


def _replaceable(nb, index: int) -> int | None:
    """The cell to replace when cell ``index`` stopped the kernel: that one if it is no fixed
    cell, else (a check that hangs on a strange answer) the answer cell above it."""
    def fixed(cell) -> bool:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        return bool(meta.get("grade_id")) and not meta.get("solution")

    def free(cell) -> bool:
        return cell.cell_type == "code" and not cell.source.startswith(REPLACED[:30])

    if 0 <= index < len(nb.cells) and free(nb.cells[index]) and not fixed(nb.cells[index]):
        return index
    for before in range(index - 1, -1, -1):
        meta = nb.cells[before].get("metadata", {}).get("nbgrader", {})
        if meta.get("solution") and free(nb.cells[before]):
            return before
    return None


def prepare_home(take: str = "") -> None:
    """Folders the kernel writes to, in the sandbox's own /tmp (or the job's HOME); the start-up
    file that runs in the kernel before the notebook: no exit(), and ``take``, the function
    that takes the answers out (:data:`tools.grading.plaindata.TAKE`)."""
    for name in ("HOME", "IPYTHONDIR", "JUPYTER_RUNTIME_DIR", "MPLCONFIGDIR"):
        if os.environ.get(name):
            Path(os.environ[name]).mkdir(parents=True, exist_ok=True)
    startup = Path(os.environ["IPYTHONDIR"], "profile_default", "startup")
    startup.mkdir(parents=True, exist_ok=True)
    (startup / "00-grading.py").write_text(NO_EXIT + "\n" + take, encoding="utf-8")
    cache = os.environ.get("FRAMELAB_MPL_CACHE")
    if cache and Path(cache).is_dir() and os.environ.get("MPLCONFIGDIR"):
        for path in Path(cache).iterdir():
            if path.is_file():
                shutil.copyfile(path, Path(os.environ["MPLCONFIGDIR"], path.name))


def main(job_path: str = "-") -> int:
    # nbformat imports jsonschema, which imports the optional IRI checker rfc3987_syntax: that
    # compiles 38 grammars at import, 2 s of CPU for each student, for a format that no notebook
    # schema uses (nbformat checks no formats). Without it jsonschema just has no IRI checker.
    sys.modules.setdefault("rfc3987_syntax", None)
    import nbformat

    # the job comes on standard input ("-"), so that the scratch folder holds the notebook alone
    text = sys.stdin.read() if job_path == "-" else Path(job_path).read_text(encoding="utf-8")
    job = json.loads(text)
    job["spent"] = 0.0  # over all the runs: a retry does not get a new budget
    # the function that takes the answers out gets a name made for this run, which no cell
    # can name before it runs (one that searches the kernel's names could still find it)
    import secrets

    job["take_name"] = "_" + secrets.token_hex(12)
    prepare_home(job["plain"].replace("_framelab_grader_take", job["take_name"]))
    nb = nbformat.read(job["notebook"], as_version=4)
    replaced, outcome = [], {}
    for _attempt in range(MAX_RETRIES + 1):
        outcome = asyncio.run(run_once(nb, job))
        stopped = outcome.get("stopped")
        if not stopped:
            break
        index = _replaceable(nb, stopped.index)
        if index is None:
            break
        nb.cells[index].source = REPLACEMENT.format(why=WHY[stopped.why])
        nb.cells[index].outputs = []
        replaced.append({"cell": index, "why": stopped.why})
    stopped = outcome.pop("stopped", None)
    result = {**outcome, "replaced": replaced, "budget": job.get("budget"),
              "stopped": [stopped.index, stopped.why] if stopped else None,
              "cells": [{"outputs": c.get("outputs", []),
                         "execution_count": c.get("execution_count")}
                        if c.cell_type == "code" else None for c in nb.cells]}
    Path(job["result"]).write_text(json.dumps(result), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
