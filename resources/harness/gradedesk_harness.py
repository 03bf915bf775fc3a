#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 GradeDesk contributors
# SPDX-License-Identifier: MIT
"""GradeDesk grading harness: autogrades one submission, the same way in every executor.

Local mode:
  python3 gradedesk_harness.py --spec SPEC.json --submission DIR --out OUTDIR
          [--assignment-files DIR] [--termination-log FILE]
Manifest mode (Kubernetes; the inputs are files of one folder, see manifest.json):
  python3 gradedesk_harness.py --manifest DIR/manifest.json --index-env JOB_COMPLETION_INDEX
          --out OUTDIR [--termination-log FILE]

For nbgrader notebooks it follows nbgrader's autograde: cells recorded in the spec are restored
(cell type, nbgrader metadata, the source of locked cells, hidden tests included), outputs are
cleared, the notebook runs with a per-cell timeout (interrupt, error recorded, the rest still
runs), outputs are cut to a size limit, and every grade and task cell is scored as nbgrader's
determine_grade does (GradeDesk's AutoScorer uses the same rules). Otter notebooks also get
their `metadata.otter.tests` doctest cases run in the kernel after execution, scored as otter does.

Writes OUTDIR/<notebook>.ipynb (executed), OUTDIR/result.json, the compact result to the
termination log, and the result as the last stdout line:
  GRADEDESK-RESULT-V1 <base64(gzip(result json + "executed"))>
Exit codes: 0 graded (student errors are results), 3 bad input, 4 harness failure.
Standard library + nbformat + nbclient + jupyter_client only.
"""

import argparse
import base64
import gzip
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
import traceback

EXIT_GRADED = 0
EXIT_BAD_INPUT = 3
EXIT_HARNESS_ERROR = 4
COMPACT_LIMIT = 4096
EXECUTED_LIMIT = 4 * 1024 * 1024
RESULT_MARKER = "GRADEDESK-RESULT-V1 "
KEY_PATTERN = re.compile(r"^[-._a-zA-Z0-9]+$")
# What QString::toDouble accepts after trimming (AutoScorer's parser): no "_" or "infinity".
NUMBER_PATTERN = re.compile(r"^[+-]?((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?|inf|nan)$", re.IGNORECASE)


class BadInput(Exception):
    """The spec, manifest or command line is unusable: exit 3."""


def safe_name(name):
    """A file name from a manifest or spec: one path component, nothing that can escape."""
    return (isinstance(name, str) and name not in ("", ".", "..") and "/" not in name
            and "\\" not in name and "\0" not in name and ".." not in name)


def safe_relative_path(path):
    """A submission file's path from a manifest: relative, "/" between components, none of them
    empty, "." or "..", no backslash and no NUL (KubeJobInputs::isSafeRelativePath, kept identical)."""
    if not isinstance(path, str) or path == "" or "\\" in path or "\0" in path:
        return False
    return all(part not in ("", ".", "..") for part in path.split("/"))


# ---------------------------------------------------------------- inputs

def load_json(path, what):
    try:
        with open(path, "rb") as handle:
            return json.loads(handle.read().decode("utf-8"))
    except (OSError, ValueError) as error:
        raise BadInput("cannot read the %s %s: %s" % (what, path, error))


def check_spec(spec):
    if not isinstance(spec, dict) or spec.get("version") != 1:
        raise BadInput("the spec is not a version 1 GradeDesk spec")
    notebooks = spec.get("notebooks")
    if not isinstance(notebooks, list):
        raise BadInput("the spec has no notebook list")
    for notebook in notebooks:
        if not isinstance(notebook, dict) or not safe_name(notebook.get("name")):
            raise BadInput("the spec names a notebook that is not a plain file name")
        cells = notebook.get("cells", [])
        if not isinstance(cells, list) or not all(
                isinstance(c, dict) and isinstance(c.get("grade_id"), str) for c in cells):
            raise BadInput("notebook %s: cells are not a list of objects with a grade_id" % notebook["name"])
    limits = spec.get("limits") or {}
    if not isinstance(limits, dict):
        raise BadInput("the spec's limits are not an object")
    return spec


def copy_tree(source, target, skip_notebooks=False):
    """Copies a folder's regular files and folders; links are skipped (they could point anywhere).
    With skip_notebooks, *.ipynb files are left out: the assignment's own notebooks hold the
    solutions and must never stand in for a notebook the student did not hand in."""
    for entry in os.scandir(source):
        if entry.is_symlink() or not safe_name(entry.name):
            continue
        destination = os.path.join(target, entry.name)
        if entry.is_dir(follow_symlinks=False):
            os.makedirs(destination, exist_ok=True)
            copy_tree(entry.path, destination, skip_notebooks)
        elif skip_notebooks and entry.name.lower().endswith(".ipynb"):
            continue
        elif entry.is_file(follow_symlinks=False):
            shutil.copyfile(entry.path, destination)


def inputs_from_manifest(manifest_path, index_env):
    manifest = load_json(manifest_path, "manifest")
    folder = os.path.dirname(os.path.abspath(manifest_path))
    if not isinstance(manifest, dict) or manifest.get("version") != 1 or not isinstance(manifest.get("tasks"), list):
        raise BadInput("the manifest is not a version 1 GradeDesk manifest")
    spec_key = manifest.get("spec")
    if not isinstance(spec_key, str) or not KEY_PATTERN.match(spec_key) or not safe_name(spec_key):
        raise BadInput("the manifest's spec key is not a plain key name")
    try:
        index = int(os.environ.get(index_env or "", ""))
    except ValueError:
        raise BadInput("environment variable %s does not hold a task index" % index_env)
    tasks = [t for t in manifest["tasks"] if isinstance(t, dict) and t.get("index") == index]
    if len(tasks) != 1:
        raise BadInput("the manifest has no task with index %d" % index)
    files = tasks[0].get("files")
    if not isinstance(files, dict):
        raise BadInput("task %d has no file map" % index)
    pairs = []
    for name, key in files.items():
        if not safe_relative_path(name):
            raise BadInput("task %d: refused file name %r" % (index, name))
        if not isinstance(key, str) or not KEY_PATTERN.match(key) or not safe_name(key):
            raise BadInput("task %d: refused key %r" % (index, key))
        pairs.append((name, os.path.join(folder, key)))
    return os.path.join(folder, spec_key), pairs


def place_input(source, submission, name):
    """Copies manifest input `source` to `name` (a safe_relative_path) under `submission`, creating
    its folders. A name that clashes with another (a file where a folder must go) is bad input."""
    destination = os.path.join(submission, *name.split("/"))
    root = os.path.realpath(submission)
    if os.path.commonpath([root, os.path.realpath(destination)]) != root:
        raise BadInput("refused file name %r: it leaves the submission folder" % name)
    try:
        os.makedirs(os.path.dirname(destination), exist_ok=True)
        shutil.copyfile(source, destination)
    except OSError as error:
        raise BadInput("cannot place input %s as %r: %s" % (os.path.basename(source), name, error))


# ---------------------------------------------------------------- nbgrader semantics

def python_float_repr(value):
    return repr(float(value))


def nbgrader_meta(cell):
    meta = cell.get("metadata", {}).get("nbgrader")
    return meta if isinstance(meta, dict) else None


def flags(cell):
    meta = nbgrader_meta(cell)
    if meta is None:
        return False, False, False, False
    grade, solution = bool(meta.get("grade")), bool(meta.get("solution"))
    locked = False if solution else (True if grade else bool(meta.get("locked")))
    return grade, solution, locked, bool(meta.get("task"))


def compute_checksum(cell):
    """nbgrader's utils.compute_checksum (md5 of source, type, flags, id and points)."""
    grade, solution, locked, _ = flags(cell)
    meta = nbgrader_meta(cell) or {}
    digest = hashlib.md5()
    digest.update(cell_source(cell).encode("utf-8"))
    digest.update(cell.get("cell_type", "").encode("utf-8"))
    digest.update(str(grade).encode("utf-8"))
    digest.update(str(solution).encode("utf-8"))
    digest.update(str(locked).encode("utf-8"))
    digest.update(str(meta.get("grade_id", "")).encode("utf-8"))
    if grade:
        points = meta.get("points")
        digest.update(python_float_repr(points if isinstance(points, (int, float)) else 0.0).encode("utf-8"))
    return digest.hexdigest()


def cell_source(cell):
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def set_cell_type(cell, cell_type):
    if cell.get("cell_type") == cell_type or cell_type not in ("code", "markdown", "raw"):
        return
    cell["cell_type"] = cell_type
    if cell_type == "code":
        cell["outputs"] = []
        cell["execution_count"] = None
    else:
        cell.pop("outputs", None)
        cell.pop("execution_count", None)


def overwrite_cells(nb, spec_cells):
    """DeduplicateIds + OverwriteCells: the spec decides type, metadata and locked sources."""
    by_id = {c["grade_id"]: c for c in spec_cells}
    seen = set()
    for cell in nb.cells:
        meta = nbgrader_meta(cell)
        if meta is None:
            continue
        grade_id = meta.get("grade_id")
        spec = by_id.get(grade_id) if isinstance(grade_id, str) else None
        if spec is None or grade_id in seen:
            # Unknown or repeated ids earn nothing: a pasted grade cell must not add points.
            del cell["metadata"]["nbgrader"]
            continue
        seen.add(grade_id)
        set_cell_type(cell, spec.get("cell_type", cell.get("cell_type")))
        meta = {"grade_id": grade_id, "schema_version": meta.get("schema_version", 3),
                "grade": bool(spec.get("grade")), "solution": bool(spec.get("solution")),
                "locked": bool(spec.get("locked")), "task": bool(spec.get("task"))}
        if spec.get("grade") or spec.get("task"):
            meta["points"] = float(spec.get("points") or 0.0)
        if spec.get("checksum"):
            meta["checksum"] = spec["checksum"]
        cell["metadata"]["nbgrader"] = meta
        if spec.get("locked") and isinstance(spec.get("source"), str):
            cell["source"] = spec["source"]


def clear_outputs(nb):
    for cell in nb.cells:
        if cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None


def plain_text_lines(output):
    value = output.get("data", {}).get("text/plain")
    if isinstance(value, list):
        return value
    if isinstance(value, str):
        return value.splitlines(True)
    return None


def score_cell(cell, spec):
    """determine_grade, as AutoScorer::scoreCell: (score or None, outcome, message)."""
    points = float(spec.get("points") or 0.0)
    if not spec.get("grade"):
        return (None, "task", "") if spec.get("task") else (None, "manual", "")
    if spec.get("solution"):
        recorded = spec.get("checksum") or (nbgrader_meta(cell) or {}).get("checksum", "")
        if recorded and recorded == compute_checksum(cell):
            return 0.0, "no_response", ""
        return None, "answered", ""
    if cell.get("cell_type") != "code":
        return None, "manual", ""
    for output in cell.get("outputs", []):
        kind = output.get("output_type")
        if kind == "error":
            return 0.0, "error", ("%s: %s" % (output.get("ename", ""), output.get("evalue", "")))[:300]
        if kind == "stream" and output.get("name") == "stderr":
            return 0.0, "stderr", str(output.get("text", ""))[:300]
        if kind != "execute_result":
            continue
        lines = plain_text_lines(output)
        text = lines[0].strip() if lines is not None and len(lines) == 1 else None
        value = float(text) if text is not None and NUMBER_PATTERN.match(text) else float("nan")
        if not value > 0.0:
            return points, "not_partial", ""
        if value > points:
            return None, "too_high", "returned %s of %s points" % (text, python_float_repr(points))
        return value, "partial", ""
    return points, "passed", ""


def score_notebook(nb, spec_cells):
    index = {}
    for cell in nb.cells if nb is not None else []:
        meta = nbgrader_meta(cell)
        if meta is not None and isinstance(meta.get("grade_id"), str):
            index.setdefault(meta["grade_id"], cell)
    results = []
    for spec in spec_cells:
        if not spec.get("grade") and not spec.get("task"):
            continue
        cell = index.get(spec["grade_id"])
        if cell is None:
            score, outcome, message = None, "missing", "the cell is not in the submission"
        else:
            score, outcome, message = score_cell(cell, spec)
        results.append({"grade_id": spec["grade_id"], "score": score,
                        "max_score": float(spec.get("points") or 0.0),
                        "needs_manual": score is None, "outcome": outcome, "message": message})
    return results


# ---------------------------------------------------------------- output limits

def limit_outputs(nb, max_bytes):
    """Cuts each code cell's outputs to max_bytes (JSON size), keeping every output's kind."""
    for cell in nb.cells:
        if cell.get("cell_type") != "code":
            continue
        budget = max_bytes
        for output in cell.get("outputs", []):
            size = len(json.dumps(output, ensure_ascii=False).encode("utf-8"))
            if size <= budget:
                budget -= size
                continue
            over = size - max(budget, 0)
            marker = "\n[GradeDesk: output cut, %d bytes over the %d-byte limit]\n" % (over, max_bytes)
            kind = output.get("output_type")
            if kind == "stream":
                text = output.get("text", "")
                text = "".join(text) if isinstance(text, list) else text
                keep = text.encode("utf-8")[:max(budget - 200, 0)].decode("utf-8", "ignore")
                output["text"] = keep + marker
            elif kind == "error":
                output["evalue"] = str(output.get("evalue", ""))[:1000]
                output["traceback"] = [marker.strip()]
            else:
                output["data"] = {"text/plain": marker.strip()}
                output["metadata"] = {}
            budget = 0


# ---------------------------------------------------------------- otter

OTTER_RUNNER = r'''
def __gradedesk_otter(tests, nonce):
    import doctest, io, json, contextlib, textwrap
    env = dict(globals())
    results = []
    for index, case in enumerate(tests):
        name = case["doctest_name"]
        parser = doctest.DocTestParser()
        buffer = io.StringIO()
        try:
            examples = [e for e in parser.parse(textwrap.dedent(case["code"]), name) if isinstance(e, doctest.Example)]
            test = doctest.DocTest(examples, env, name, None, None, case["code"])
            runner = doctest.DocTestRunner(verbose=True)
            with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
                runner.run(test, clear_globs=False)
            failed = runner.failures
        except Exception as error:
            failed, buffer = 1, io.StringIO(repr(error))
        results.append({"passed": failed == 0, "message": "" if failed == 0 else buffer.getvalue()[-2000:]})
    print(nonce + json.dumps(results))
'''


def otter_questions(tests):
    """OK-format questions -> [(name, all_or_nothing, [case dicts with resolved points])]."""
    questions = []
    for key in sorted(tests):
        test = tests[key]
        if not isinstance(test, dict):
            continue
        name = str(test.get("name", key))
        cases = []
        for suite in test.get("suites", []) or []:
            if isinstance(suite, dict) and suite.get("type", "doctest") == "doctest":
                cases.extend(c for c in suite.get("cases", []) or [] if isinstance(c, dict))
        total = test.get("points")
        points = [c.get("points") if isinstance(c.get("points"), (int, float)) else None for c in cases]
        if isinstance(total, list) and len(total) == len(cases):
            points, total = [float(p) for p in total], None
        given = sum(p for p in points if p is not None)
        unset = sum(1 for p in points if p is None)
        if isinstance(total, (int, float)):
            rest = (total - given) / unset if unset else 0.0
        else:
            rest = (1.0 / unset if unset else 0.0) if all(p in (0, None) for p in points) else 0.0
        resolved = []
        for index, case in enumerate(cases):
            resolved.append({"name": "%s - %d" % (name, index + 1), "doctest_name": "%s %d" % (name, index),
                             "code": str(case.get("code", "")), "hidden": bool(case.get("hidden")),
                             "points": float(points[index] if points[index] is not None else rest)})
        questions.append((name, bool(test.get("all_or_nothing", True)), resolved))
    return questions


def otter_score(name, all_or_nothing, cases, outcomes):
    possible = sum(c["points"] for c in cases)
    passed_all = all(o["passed"] for o in outcomes)
    if all_or_nothing:
        score = possible if passed_all else 0.0
    else:
        score = sum(c["points"] for c, o in zip(cases, outcomes) if o["passed"])
    return {"name": name, "score": float(score), "max_score": float(possible),
            "tests": [{"name": c["name"], "passed": bool(o["passed"]), "hidden": c["hidden"],
                       "points": c["points"], "message": o["message"]} for c, o in zip(cases, outcomes)]}


# ---------------------------------------------------------------- execution

def prepare_environment(work):
    """A private home and Jupyter folders: the harness runs with a read-only root and no home."""
    home = os.path.join(work, "home")
    for sub in ("", "runtime", "ipython", "mpl", "jupyter/kernels/python3", "config"):
        os.makedirs(os.path.join(home, sub), exist_ok=True)
    os.environ.update({
        "HOME": home, "JUPYTER_RUNTIME_DIR": os.path.join(home, "runtime"),
        "IPYTHONDIR": os.path.join(home, "ipython"), "MPLCONFIGDIR": os.path.join(home, "mpl"),
        "JUPYTER_CONFIG_DIR": os.path.join(home, "config"), "JUPYTER_DATA_DIR": os.path.join(home, "jupyter"),
        "JUPYTER_PATH": os.path.join(home, "jupyter"), "MPLBACKEND": "Agg", "PYTHONDONTWRITEBYTECODE": "1",
        "JUPYTER_PLATFORM_DIRS": "1", "PYDEVD_DISABLE_FILE_VALIDATION": "1",
    })
    # The kernel runs with this interpreter, whatever kernelspecs the machine has installed.
    with open(os.path.join(home, "jupyter/kernels/python3/kernel.json"), "w") as handle:
        json.dump({"argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                   "display_name": "Python 3", "language": "python"}, handle)


def warm_matplotlib(folder):
    """Builds matplotlib's font cache in the private MPLCONFIGDIR before any kernel starts.

    A fresh cache takes seconds to build and matplotlib then warns on stderr, which nbgrader
    scores as a failed test; the kernel finds the cache ready instead.
    """
    words = (b"matplotlib", b"pyplot", b"seaborn", b"pandas")
    try:
        names = [n for n in os.listdir(folder) if n.endswith(".ipynb")]
        uses = any(any(w in open(os.path.join(folder, n), "rb").read() for w in words) for n in names)
        if uses:
            import matplotlib.font_manager  # noqa: F401  (importing builds the cache)
    except Exception:
        pass  # no matplotlib, or an unreadable file the grading reports on its own


def error_output(ename, evalue):
    import nbformat
    return nbformat.v4.new_output("error", ename=ename, evalue=evalue, traceback=["%s: %s" % (ename, evalue)])


CHECK_CALL = re.compile(r"""\.check\(\s*["']([^"']+)["']\s*\)""")


def execute_notebook(nb, work, limits, questions):
    """Runs every code cell; returns (status, message, {otter question: case outcomes}).

    As otter's grading does, a question's tests run where the notebook calls `grader.check("q")`
    (the state at that point; a later check wins); questions never checked run after the last cell.
    """
    from nbclient import NotebookClient
    from nbclient.exceptions import DeadKernelError

    from nbclient.util import ensure_async

    timed_out = []
    restarted = []

    class Client(NotebookClient):
        async def _async_handle_timeout(self, timeout, cell=None):
            timed_out.append(cell)
            if sum(1 for c in timed_out if c is cell) == 1:
                return await super()._async_handle_timeout(timeout, cell)  # interrupts the kernel
            # The kernel ignored the interrupt for another full timeout: restart it, so the rest of
            # the notebook still runs (in a fresh kernel), and end this cell with an error reply.
            restarted.append(cell)
            await ensure_async(self.km.restart_kernel(now=True))
            return {"content": {"status": "error", "ename": "TimeoutError", "evalue": "restarted", "traceback": []}}

    timeout = int(limits.get("cell_timeout", 60) or 60)
    client = Client(nb, timeout=timeout, kernel_name="python3", allow_errors=True, interrupt_on_timeout=True,
                    startup_timeout=120, record_timing=False, shutdown_kernel="immediate",
                    extra_arguments=["--HistoryManager.hist_file=:memory:"],
                    resources={"metadata": {"path": work}})
    status, message = "executed", ""
    code_cells = [i for i, c in enumerate(nb.cells) if c.get("cell_type") == "code"]
    otter_results = {}
    by_name = {q[0]: q for q in questions}
    with client.setup_kernel():
        for position, index in enumerate(code_cells):
            cell = nb.cells[index]
            before = len(timed_out)
            try:
                client.execute_cell(cell, index)
            except DeadKernelError as error:
                status, message = "kernel_died", "the kernel died in cell %d: %s" % (index + 1, error)
                cell.setdefault("outputs", []).append(error_output("DeadKernelError", "The kernel died."))
                for later in code_cells[position + 1:]:
                    nb.cells[later]["outputs"] = [error_output("DeadKernelError", "Not run: the kernel died.")]
                break
            if len(timed_out) > before:
                if not any(o.get("output_type") == "error" for o in cell.get("outputs", [])):
                    cell.setdefault("outputs", []).append(
                        error_output("TimeoutError", "Cell execution timed out after %d seconds." % timeout))
                if status == "executed":
                    status, message = "timeout", "cell %d timed out after %d seconds" % (index + 1, timeout)
                if cell in restarted:
                    message += "; the kernel ignored the interrupt and was restarted"
            checked = [by_name[n] for n in CHECK_CALL.findall(cell_source(cell)) if n in by_name]
            if checked:
                otter_results.update(run_otter(client, nb, checked))
        unchecked = [q for q in questions if q[0] not in otter_results]
        if status != "kernel_died" and unchecked:
            otter_results.update(run_otter(client, nb, unchecked))
    return status, message, otter_results


def run_otter(client, nb, questions):
    """{question: case outcomes}, the cases run in the kernel's namespace as it is now."""
    outcomes = run_otter_cases(client, nb, questions)
    at, by_question = 0, {}
    for name, _, cases in questions:
        by_question[name] = outcomes[at:at + len(cases)]
        at += len(cases)
    return by_question


def run_otter_cases(client, nb, questions):
    """Runs the doctest cases in the kernel's namespace (otter's global environment)."""
    import nbformat
    cases = [case for _, _, question_cases in questions for case in question_cases]
    nonce = "GRADEDESK-OTTER-%s " % hashlib.sha256(os.urandom(16)).hexdigest()[:16]
    code = OTTER_RUNNER + "\n__gradedesk_otter(%s, %r)\ndel __gradedesk_otter\n" % (
        json.dumps([{"code": c["code"], "doctest_name": c["doctest_name"]} for c in cases]), nonce)
    cell = nbformat.v4.new_code_cell(code)
    nb.cells.append(cell)
    try:
        client.execute_cell(cell, len(nb.cells) - 1, store_history=False)
    except Exception as error:  # the kernel died or hung during the tests: every case fails
        return [{"passed": False, "message": "the tests could not run: %s" % error} for _ in cases]
    finally:
        nb.cells.pop()
    for output in cell.get("outputs", []):
        text = output.get("text", "") if output.get("output_type") == "stream" else ""
        for line in text.splitlines():
            if line.startswith(nonce):
                try:
                    outcomes = json.loads(line[len(nonce):])
                except ValueError:
                    break
                if isinstance(outcomes, list) and len(outcomes) == len(cases):
                    return outcomes
    return [{"passed": False, "message": "the tests did not report a result"} for _ in cases]


# ---------------------------------------------------------------- one notebook, one submission

def grade_notebook(spec_notebook, work, limits, out):
    import nbformat
    started = time.monotonic()
    name = spec_notebook["name"]
    cells = spec_notebook.get("cells", [])
    result = {"name": name, "status": "executed", "message": "", "seconds": 0.0, "cells": [], "otter": []}
    path = os.path.join(work, name + ".ipynb")
    if not os.path.isfile(path):
        result.update(status="missing", message="%s.ipynb is not in the submission" % name,
                      cells=score_notebook(None, cells))
        return result, None
    try:
        with open(path, "rb") as handle:
            nb = nbformat.reads(handle.read().decode("utf-8"), as_version=4)
        if not isinstance(nb.get("cells"), list):
            raise ValueError("no cell list")
        for cell in nb.cells:
            if not isinstance(cell, dict) or cell.get("cell_type") not in ("code", "markdown", "raw"):
                raise ValueError("a cell is not a code, markdown or raw cell")
            cell.setdefault("metadata", nbformat.NotebookNode())
    except Exception as error:
        result.update(status="invalid", message="%s.ipynb cannot be read: %s" % (name, str(error)[:300]),
                      cells=score_notebook(None, cells))
        return result, None

    clear_outputs(nb)
    overwrite_cells(nb, cells)
    otter_tests = spec_notebook.get("otter")
    if not isinstance(otter_tests, dict):
        otter_tests = nb.metadata.get("otter") if isinstance(nb.metadata.get("otter"), dict) else None
    questions = otter_questions(otter_tests.get("tests") or {}) if otter_tests else []
    status, message, outcomes = execute_notebook(nb, work, limits, questions)
    limit_outputs(nb, int(limits.get("max_output_bytes", 1 << 20) or (1 << 20)))
    result.update(status=status, message=message, cells=score_notebook(nb, cells))
    for question_name, all_or_nothing, cases in questions:
        # A question the dead kernel never reached fails every case.
        question_outcomes = outcomes.get(question_name) or [
            {"passed": False, "message": "not run: " + message} for _ in cases]
        result["otter"].append(otter_score(question_name, all_or_nothing, cases, question_outcomes))
    text = nbformat.writes(nb)
    with open(os.path.join(out, name + ".ipynb"), "w", encoding="utf-8") as handle:
        handle.write(text)
    result["seconds"] = round(time.monotonic() - started, 3)
    return result, text


def compact(result):
    notebooks = []
    for notebook in result.get("notebooks", []):
        entry = {"n": notebook["name"], "s": notebook["status"],
                 "c": [[c["grade_id"], c["score"], c["max_score"], c["outcome"]] for c in notebook["cells"]]}
        if notebook.get("otter"):
            entry["o"] = [[q["name"], q["score"], q["max_score"]] for q in notebook["otter"]]
        notebooks.append(entry)
    small = {"v": 1, "s": result["status"], "t": round(result.get("seconds", 0.0), 2), "n": notebooks}
    if result.get("message"):
        small["m"] = result["message"][:200]
    text = json.dumps(small, separators=(",", ":"), ensure_ascii=False)
    if len(text.encode("utf-8")) > COMPACT_LIMIT:
        text = json.dumps({"v": 1, "s": result["status"], "see_log": True}, separators=(",", ":"))
    return text


def report(result, executed, out, termination_log):
    """result.json, the termination message and the stdout line; each best effort on its own."""
    text = json.dumps(result, ensure_ascii=False, indent=1)
    if out:
        try:
            with open(os.path.join(out, "result.json"), "w", encoding="utf-8") as handle:
                handle.write(text)
        except OSError as error:
            sys.stderr.write("gradedesk-harness: cannot write result.json: %s\n" % error)
    if termination_log:
        try:
            with open(termination_log, "w", encoding="utf-8") as handle:
                handle.write(compact(result))
        except OSError as error:
            sys.stderr.write("gradedesk-harness: cannot write the termination log: %s\n" % error)
    full = dict(result)
    packed = gzip.compress(json.dumps(dict(full, executed=executed), ensure_ascii=False).encode("utf-8"))
    if len(packed) > EXECUTED_LIMIT:
        full["executed_omitted"] = True
        packed = gzip.compress(json.dumps(full, ensure_ascii=False).encode("utf-8"))
    sys.stdout.write("\n" + RESULT_MARKER + base64.b64encode(packed).decode("ascii") + "\n")
    sys.stdout.flush()


class Parser(argparse.ArgumentParser):
    def error(self, message):
        raise BadInput("command line: " + message)


def main(argv):
    started = time.monotonic()
    parser = Parser(prog="gradedesk_harness.py", add_help=False)
    parser.add_argument("--spec")
    parser.add_argument("--submission")
    parser.add_argument("--assignment-files")
    parser.add_argument("--manifest")
    parser.add_argument("--index-env")
    parser.add_argument("--out")
    parser.add_argument("--termination-log")
    result = {"gradedesk_harness": 1, "status": "graded", "message": "", "seconds": 0.0, "notebooks": []}
    executed = {}
    args = None
    work = None
    code = EXIT_GRADED
    # Student code prints into the notebook, never here; stray harness chatter goes to stderr.
    real_stdout, sys.stdout = sys.stdout, sys.stderr
    try:
        args = parser.parse_args(argv)
        if not args.out:
            raise BadInput("command line: --out is required")
        os.makedirs(args.out, exist_ok=True)
        if args.manifest:
            spec_path, files = inputs_from_manifest(args.manifest, args.index_env)
        elif args.spec and args.submission:
            spec_path, files = args.spec, None
            if not os.path.isdir(args.submission):
                raise BadInput("the submission folder %s does not exist" % args.submission)
        else:
            raise BadInput("command line: give --spec and --submission, or --manifest")
        spec = check_spec(load_json(spec_path, "spec"))
        try:
            work = tempfile.mkdtemp(prefix="gradedesk-harness-")
        except OSError:
            work = tempfile.mkdtemp(prefix=".gradedesk-harness-", dir=args.out)
        submission = os.path.join(work, "submission")
        os.makedirs(submission)
        if args.assignment_files and os.path.isdir(args.assignment_files):
            copy_tree(args.assignment_files, submission, skip_notebooks=True)
        if files is None:
            copy_tree(args.submission, submission)
        else:
            for name, source in files:
                place_input(source, submission, name)
        prepare_environment(work)
        warm_matplotlib(submission)
        limits = spec.get("limits") or {}
        for spec_notebook in spec["notebooks"]:
            notebook, text = grade_notebook(spec_notebook, submission, limits, args.out)
            result["notebooks"].append(notebook)
            if text is not None:
                executed[notebook["name"]] = text
    except BadInput as error:
        result.update(status="bad_input", message=str(error)[:1000], notebooks=[])
        executed, code = {}, EXIT_BAD_INPUT
    except Exception as error:
        traceback.print_exc(file=sys.stderr)
        result.update(status="error", message=("%s: %s" % (type(error).__name__, error))[:1000])
        code = EXIT_HARNESS_ERROR
    finally:
        sys.stdout = real_stdout
        if work:
            shutil.rmtree(work, ignore_errors=True)
    result["seconds"] = round(time.monotonic() - started, 3)
    if args is None:  # the command line itself was refused: still report where it asked us to
        out, termination_log = loose_option(argv, "--out"), loose_option(argv, "--termination-log")
    else:
        out, termination_log = args.out, args.termination_log
    report(result, executed, out if out and os.path.isdir(out) else None, termination_log)
    return code


def loose_option(argv, flag):
    for index, value in enumerate(argv):
        if value == flag and index + 1 < len(argv):
            return argv[index + 1]
        if value.startswith(flag + "="):
            return value[len(flag) + 1:]
    return None


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
