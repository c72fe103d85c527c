"""Showing the kit's own errors in a notebook as a message, not as a wall of traceback.

When ``framelab`` is imported inside Jupyter, an error that the kit raises on purpose (a
:class:`~framelab.errors.FramelabError`: a wrong argument, a folder that does not exist) is
shown as its message plus the line of *your* cell that caused it. The message already says what
to change; the kit's inner workings would only hide it. Every other error keeps Python's full
traceback, and the cell still counts as failed (for "Run All" and for grading). A
``NameError`` is shown the same short way, with a tip for a beginner's usual cause: a word that
should be a text in quotes (``hyphens=split``), or ``true`` where Python writes ``True``.

A few errors of pandas and NLTK that a beginner's own line causes (conditions joined with ``&``
without round brackets, ``and``/``or`` or ``if`` on a column, a column compared with a list,
``.item()`` of several values, NLTK data to download) are shown the same short way: the
student's line, the error in one line, and a tip from :mod:`framelab.errortips`; every other
ValueError or LookupError keeps Python's traceback.

A bare ``NotImplementedError`` is the exercise's placeholder ``raise NotImplementedError()``
left under the student's answer: it is shown as their line and a tip to delete that line. A
TypeError of a one-value column where a number goes (``math.log2(fx)``) or of a result of the
kit where a text goes (a ``TextFile``: its ``.text``) keeps Python's traceback, with a tip.

A :class:`~framelab.errors.MissingResourceWarning` (some articles were skipped because the kit
has no frame lexicon, reporting verbs or naming variants for their language) is shown as one
short line, "Note: ...", without the file path and line of the kit that Python's warnings show;
it is shown every time, also when a cell runs again.

A ``NameError`` (``name 'corpus' is not defined``) nearly always means that the cell that
makes the name has not run yet: its traceback ends with :data:`NAME_HINT`, which says to run
the cells from the top. ``python course.py`` gives the course's kernels the same hint before
``framelab`` is imported (``name 'framelab' is not defined``), in ``.venv/etc/ipython``.

A table (a pandas DataFrame) is shown with its text columns left-aligned (JupyterLab's style
sheet right-aligns every table cell, so a column of sentences starts at a ragged edge) and its
numbers right-aligned, as pandas shows them; a concordance's ``left`` column stays
right-aligned, so that its keywords line up. The table is pandas' own HTML (the same rows,
columns and display options) with ``style="text-align: left;"`` on the cells of text columns:
the same table gives the same HTML every time, and JupyterLab keeps such a style also in a
notebook it does not trust.

``framelab.notebook.full_tracebacks()`` switches back to Python's usual display (of errors and
of tables).
"""

from __future__ import annotations

import difflib
import os
import re
import sys
import traceback
import warnings
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from .errors import ActorTableWarning, FramelabError, MissingResourceWarning, NoHitsWarning

__all__ = ["NAME_HINT", "install", "full_tracebacks", "left_aligned_html", "short_traceback",
           "short_warning"]

_RED, _BOLD, _RESET = "\x1b[31m", "\x1b[1m", "\x1b[0m"

#: The line under a NameError's traceback (course.py's kernel configuration says the same).
NAME_HINT = ("Hint: a name is 'not defined' when the cell that makes it has not run yet. Run the "
             "cells from the top (Run → Run All Above Selected Cell), then this cell again.")


#: The tip under a bare NotImplementedError: the exercise's placeholder left under an answer.
NOT_ANSWERED_TIP = ("Tip: delete the line raise NotImplementedError() under your answer: it only "
                    "marks where the answer goes.")


def short_traceback(etype: type[BaseException], value: BaseException,
                    tb: TracebackType | None) -> list[str]:
    """The lines to show for a kit error: the student's own line, then the message.

    >>> try:
    ...     raise FramelabError("folder='korpus' does not exist.")
    ... except FramelabError as err:
    ...     lines = short_traceback(type(err), err, err.__traceback__)
    >>> "FramelabError" in lines[-1] and "folder='korpus' does not exist." in lines[-1]
    True
    """
    frames = [f for f in traceback.extract_tb(tb) if "framelab" not in f.filename.replace("\\", "/")
              .split("/site-packages/")[-1].split("/src/")[-1].split("/")[0]]
    lines = []
    if frames and frames[-1].line:
        own = frames[-1]
        lines.append(f"In your code, line {own.lineno}: {own.line.strip()}")
    lines.append(f"{_RED}{_BOLD}{etype.__name__}{_RESET}{_RED}: {value}{_RESET}")
    return lines


def name_tip(value: BaseException, names: Any = (), line: str = "") -> str:
    """A tip for a NameError: the text needs quotes, True needs a capital, or a similar name.

    >>> name_tip(NameError("name 'split' is not defined"))
    'Tip: if you meant the text split, put it in quotes: "split"'
    >>> name_tip(NameError("name 'true' is not defined"))
    'Tip: write True with a capital T, and no quotes'
    """
    from .checks.questions import _name_tip

    tip = _name_tip(f"NameError: {value}", dict(names) if names else {}, line).strip()
    tip = tip.split("run the cells from the top; ")[-1]  # NAME_HINT follows and says that
    tip = tip if tip.startswith("(") else f"({tip}"
    return f"Tip: {tip[1:-1]}" if tip.endswith(")") else ""


def key_tip(value: BaseException, tb: TracebackType | None, line: str = "",
            names: Any = ()) -> str:
    """A tip under a KeyError of a table: the column names, and the one nearest the key.

    The table is found in the traceback (the ``self`` of pandas' ``__getitem__``), so the tip
    names the columns of the very table the cell asked; a lookup with ``.loc`` asks for a row;
    several names in single brackets need double ones; without a table, a general tip.

    >>> import pandas as pd
    >>> table = pd.DataFrame({"id": ["003"], "article": [1]})
    >>> def tip(lookup):
    ...     try:
    ...         lookup()
    ...     except KeyError as err:
    ...         return key_tip(err, err.__traceback__)
    >>> tip(lambda: table["artcle"])
    "Tip: the table has no column 'artcle'. Did you mean 'article'? Its columns: id, article."
    >>> print(tip(lambda: table.loc["003"]))
    Tip: the table has no row '003'; its rows are labelled 0 to 0. To find the row whose id is '003': table[table["id"] == '003'].
    >>> tip(lambda: table[["id", "artcle"]])
    'Tip: the table has no column "artcle". Did you mean "article"? Its columns: id, article.'
    >>> tip(lambda: table["id", "article"])
    'Tip: several columns need double brackets: table[["id", "article"]].'

    ``line`` (the student's line) gives the table's own name for "table" in the tips. In
    ``.loc[rows, "Date"]`` the second key is a column:

    >>> try:
    ...     table.loc[table["id"] == "003", "Article"]
    ... except KeyError as err:
    ...     print(key_tip(err, err.__traceback__, 'table.loc[table["id"] == "003", "Article"]'))
    Tip: the table has no column 'Article' (in .loc[rows, column] the second key is a column). Did you mean 'article'? Its columns: id, article.

    A dictionary of the notebook (``names``) that ``line`` looks up lists its keys:

    >>> key_tip(KeyError(0.1), None, "CRITICAL_VALUES[0.1]",
    ...         {"CRITICAL_VALUES": {0.05: 3.84, 0.01: 6.63}})
    'Tip: CRITICAL_VALUES has no key 0.1; its keys: 0.05, 0.01.'
    """
    key = value.args[0] if value.args else None
    table, by_label = _table_in(tb)
    if table is None:
        return _dict_tip(key, line, names)
    if by_label and isinstance(key, str) and type(table).__name__ == "DataFrame" \
            and key not in table.index and re.search(
                rf"\.loc\s*\[.*,\s*(['\"]){re.escape(key)}\1\s*\]", line):
        columns = [str(c) for c in table.columns]
        near = difflib.get_close_matches(key, columns, n=1, cutoff=0.6)
        shown = ", ".join(columns[:15]) + (", ..." if len(columns) > 15 else "")
        return (f"Tip: the table has no column {key!r} (in .loc[rows, column] the second key is "
                "a column)." + (f" Did you mean {near[0]!r}?" if near else "")
                + f" Its columns: {shown}.")
    named = re.search(r"([A-Za-z_]\w*)\s*(?:\.(?:loc|at))?\s*\[", line)
    name = named.group(1) if named else "table"
    if table is not None and type(table).__name__ == "DataFrame" and isinstance(key, tuple) \
            and not by_label and all(isinstance(k, str) for k in key):
        return (f"Tip: several columns need double brackets: {name}[["
                + ", ".join(f'"{k}"' for k in key) + "]].")
    missing = _missing_columns(key)
    if table is not None and type(table).__name__ == "DataFrame" and missing and not by_label:
        return _columns_tip(missing, [str(c) for c in table.columns])
    if not isinstance(key, str):
        return ("Tip: a KeyError means a table (or dictionary) has no column, row or key of that "
                "name: check its spelling and capitals (table.columns lists a table's columns).")
    if type(table).__name__ == "DataFrame" and not by_label:
        names, what = [str(c) for c in table.columns], "column"
    else:
        names, what = [str(i) for i in table.index[:1000]], "row"
    near = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    if what == "row" and not near and len(table.index) and str(table.index.dtype) == "int64":
        tip = (f"Tip: the table has no row {key!r}; its rows are labelled {table.index.min()} "
               f"to {table.index.max()}.")
        columns = [c for c in getattr(table, "columns", ()) if c in ("id", "article")]
        if columns and (table[columns[0]].astype(str) == key).any():
            tip += (f" To find the row whose {columns[0]} is {key!r}: "
                    f'{name}[{name}["{columns[0]}"] == {key!r}].')
        return tip
    shown = ", ".join(names[:15]) + (", ..." if len(names) > 15 else "")
    return (f"Tip: the table has no {what} {key!r}." + (f" Did you mean {near[0]!r}?" if near
            else "") + (f" Its {what}s: {shown}." if what == "column" else ""))


def _dict_tip(key: Any, line: str, names: Any) -> str:
    """The tip for a KeyError without a table: a dictionary of the notebook that ``line`` looks
    up (``CRITICAL_VALUES[0.1]``) lists a few of its keys; else a general tip."""
    general = ("Tip: a KeyError means a table (or dictionary) has no column, row or key of that "
               "name: check its spelling and capitals (table.columns lists a table's columns).")
    found = dict(names) if names else {}
    for name in re.findall(r"(?<![\w.])([A-Za-z_]\w*)\s*\[", line):
        known = found.get(name)
        if isinstance(known, dict) and key not in known and known:
            keys = [repr(k) if isinstance(k, str) else str(k) for k in list(known)[:8]]
            shown = ", ".join(keys) + (", ..." if len(known) > 8 else "")
            return f"Tip: {name} has no key {key!r}; its keys: {shown}."
    return general


def _missing_columns(key: Any) -> list[str]:
    """The names pandas says are missing when several columns were asked (``table[["a", "b"]]``):
    its message "['b'] not in index" or "None of [Index(['a', 'b'], ...)] are in the [columns]".

    >>> _missing_columns("['word'] not in index"), _missing_columns("words")
    (['word'], [])
    >>> _missing_columns("None of [Index(['lang', 'word'], dtype='str')] are in the [columns]")
    ['lang', 'word']
    """
    import ast

    if not isinstance(key, str):
        return []
    found = (re.fullmatch(r"(\[.*\]) not in index", key)
             or re.fullmatch(r"None of \[Index\((\[.*?\])[,)].*\] are in the \[\w+\]", key))
    if not found:
        return []
    try:
        names = ast.literal_eval(found.group(1))
    except (ValueError, SyntaxError):
        return []
    return [str(n) for n in names] if isinstance(names, list) else []


def _columns_tip(missing: list[str], columns: list[str]) -> str:
    """The tip for columns a table does not have: each with the nearest column there is."""
    near = {m: difflib.get_close_matches(m, columns, n=1, cutoff=0.6) for m in missing}
    named = ", ".join(f'"{m}"' for m in missing)
    guesses = [f'"{n[0]}"' + (f' for "{m}"' if len(missing) > 1 else "")
               for m, n in near.items() if n]
    shown = ", ".join(columns[:15]) + (", ..." if len(columns) > 15 else "")
    return (f"Tip: the table has no column{'s' if len(missing) > 1 else ''} {named}."
            + (f" Did you mean {', '.join(guesses)}?" if guesses else "")
            + f" Its columns: {shown}.")


def _table_in(tb: TracebackType | None) -> tuple[Any, bool]:
    """The pandas table whose lookup raised the error (the last ``self`` of the traceback that
    is a DataFrame or Series), or None; and whether it was looked up by row label (``.loc``)."""
    table, by_label = None, False
    while tb is not None:
        candidate = tb.tb_frame.f_locals.get("self")
        kind = type(candidate).__name__
        if kind in ("DataFrame", "Series") and hasattr(candidate, "index"):
            table = candidate
        elif kind in ("_LocIndexer", "_AtIndexer"):
            by_label = True
        tb = tb.tb_next
    return table, by_label


def _own_line(tb: TracebackType | None) -> str:
    """"In your code, line N: ..." for the last line of the traceback that is the student's own
    (not a library's, not Python's), or "" if there is none.

    >>> _own_line(None)
    ''
    """
    # Python's and the libraries' files are under the environment's folders (a venv's and the
    # Python it was made from), the kit's in its package folder; a cell's file is elsewhere.
    others = tuple(os.path.join(os.path.abspath(folder), "") for folder in
                   {sys.prefix, sys.base_prefix, sys.exec_prefix, os.path.dirname(__file__)})
    own = [f for f in traceback.extract_tb(tb)
           if f.line and not os.path.abspath(f.filename).startswith(others)]
    return f"In your code, line {own[-1].lineno}: {own[-1].line.strip()}" if own else ""


def _call_tip(value: BaseException, line: str) -> str:
    """A tip for a NameError of a function called in ``line`` ("save(...)"): made by a cell.

    >>> _call_tip(NameError("name 'save' is not defined"), 'save("a.txt", text)')
    'Tip: save is a function that a cell above makes with def save(...): run that cell first. If you copied this cell from a lesson, copy that cell too.'
    """
    found = re.match(r"name '(\w+)' is not defined", str(value))
    if not found or not re.search(rf"(?<![\w.]){found.group(1)}\s*\(", line):
        return ""
    name = found.group(1)
    return (f"Tip: {name} is a function that a cell above makes with def {name}(...): run that "
            "cell first. If you copied this cell from a lesson, copy that cell too.")


def _function_named(name: str, names: Any = ()) -> Any:
    """The function a TypeError speaks of: the kit's public one of that name, else the
    notebook's own (``names``), else None."""
    import framelab

    if name in framelab.__all__:
        try:
            return getattr(framelab, name)
        except AttributeError:
            return None
    found = dict(names).get(name) if names else None
    return found if callable(found) else None


def type_tip(value: BaseException, names: Any = ()) -> str:
    """A tip for a TypeError of a call: the option that does not exist, or the one missing.

    >>> type_tip(TypeError("load_corpus() got an unexpected keyword argument 'rule'"))
    'Tip: load_corpus() has no option rule=. Did you mean rules=? Its options: folder, clean, rules, quiet (see help(framelab.load_corpus)).'
    >>> type_tip(TypeError("tokenize() missing 1 required positional argument: 'language'"))
    "Tip: tokenize() needs its language as well: tokenize(text, language), e.g. language='nl' (see help(framelab.tokenize))."

    A column of one value where a number goes, a result of the kit where a text goes:

    >>> type_tip(TypeError("must be real number, not Series"))[:58]
    'Tip: a column or table (a pandas Series) is not one number'
    >>> type_tip(TypeError("data must be str, not TextFile"))
    'Tip: read_text_file() gives a TextFile, not a text: use its .text (e.g. framelab.read_text_file(path).text).'
    >>> type_tip(TypeError("data must be str, not int")), type_tip(TypeError("must be real number, not str"))
    ('', '')
    """
    import inspect

    text = str(value)
    kind = re.search(r"must be (?:a )?real number, not (Series|DataFrame)", text)
    if kind:
        return (f"Tip: a column or table (a pandas {kind.group(1)}) is not one number, even when "
                "it holds one value: take that value with .item() (or .iloc[0]), e.g. "
                "column.item().")
    result = re.search(r"must be (?:a )?str, not (\w+)|string argument expected, got '(\w+)'",
                       text)
    kind_of = (result.group(1) or result.group(2)) if result else ""
    made = _kit_result(kind_of) if kind_of else None
    if made is not None:  # a result of the kit where its text goes: TextFile
        return (f"Tip: {made} gives a {kind_of}, not a text: use its .text "
                f"(e.g. framelab.{made[:-2]}(path).text).")
    unexpected = re.match(r"(?:[\w.]+\.)?(\w+)\(\) got an unexpected keyword argument '(\w+)'",
                          text)
    missing = re.match(r"(?:[\w.]+\.)?(\w+)\(\) missing \d+ required (?:positional|keyword-only) "
                       r"arguments?: '(\w+)'", text)
    found = unexpected or missing
    function = _function_named(found.group(1), names) if found else None
    if function is None:
        return ""
    try:
        parameters = inspect.signature(function).parameters
    except (TypeError, ValueError):
        return ""
    own = [n for n, p in parameters.items() if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
    name, given = found.group(1), found.group(2)
    where = f" (see help(framelab.{name}))" if function is _function_named(name) else ""
    if unexpected:
        near = difflib.get_close_matches(given, own, n=1, cutoff=0.6)
        return (f"Tip: {name}() has no option {given}=." + (f" Did you mean {near[0]}=?" if near
                else "") + f" Its options: {', '.join(own)}{where}.")
    needed = [n for n, p in parameters.items() if p.default is p.empty
              and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    example = {"language": "language='nl'", "corpus": "the table from load_corpus()"}
    return (f"Tip: {name}() needs its {given} as well: {name}({', '.join(needed)})"
            + (f", e.g. {example[given]}" if given in example else "") + f"{where}.")


def _kit_result(kind: str) -> str | None:
    """``read_text_file()`` for ``"TextFile"``: the kit's public function that gives a result of
    that class with a ``.text`` (the text it holds), or None.

    >>> _kit_result("TextFile"), _kit_result("Series")
    ('read_text_file()', None)
    """
    import inspect

    import framelab

    for public in framelab.__all__:
        function = getattr(framelab, public, None)
        if not inspect.isfunction(function):
            continue
        returns = str(inspect.signature(function).return_annotation)
        module = inspect.getmodule(function)
        cls = getattr(module, kind, None)
        if re.search(rf"\b{kind}\b", returns) and isinstance(cls, type) and (
                "text" in getattr(cls, "__annotations__", {}) or hasattr(cls, "text")):
            return f"{public}()"
    return None


def library_tip(value: BaseException, tb: TracebackType | None, line: str) -> str:
    """A tip for an error of pandas or NLTK that a beginner's ``line`` caused, or "".

    >>> library_tip(ValueError("('Lengths must match to compare', (5,), (1,))"), None,
    ...             'corpus["language"] == ["da"]')[:60]
    'Tip: compare a column with one value, a text in quotes: corp'
    """
    from . import errortips

    return (errortips.condition_tip(value, line) or errortips.compare_tip(value, line)
            or errortips.item_tip(value, _table_in(tb)[0]) or errortips.nltk_tip(value))


def _through_kit(tb: TracebackType | None) -> bool:
    """Whether the error ``tb`` traces passed through a module of framelab (not this one)."""
    this = Path(__file__).resolve()
    return any(Path(frame.filename).resolve().is_relative_to(this.parent)
               and Path(frame.filename).resolve() != this for frame in traceback.extract_tb(tb))


def _one_line(value: BaseException) -> str:
    """An error's message as one line: NLTK's banner of stars and blank lines left out."""
    lines = [ln.strip() for ln in str(value).splitlines() if ln.strip().strip("*")]
    return lines[0] if lines else ""


def _handler(shell: Any, etype: type[BaseException], value: BaseException,
             tb: TracebackType | None, tb_offset: int | None = None) -> None:
    # IPython's run_code only calls the handler: it must show the error itself. Shown through
    # _showtraceback, it is an ordinary error output (the cell fails, "Run All" stops there).
    if issubclass(etype, NotImplementedError) and not str(value):
        # the exercise's placeholder left under the answer: the line, and what to do
        shell._showtraceback(etype, value, [
            *short_traceback(etype, value, tb), f"{_BOLD}{NOT_ANSWERED_TIP}{_RESET}"])
        return
    if issubclass(etype, NotImplementedError):
        lines = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
        shell._showtraceback(etype, value, lines)
        return
    if issubclass(etype, KeyError) and not issubclass(etype, FramelabError):
        own = _own_line(tb)
        tip = key_tip(value, tb, own.partition(': ')[2], getattr(shell, "user_ns", {}))
        tip = f"{_BOLD}{tip}{_RESET}"
        if _table_in(tb)[0] is not None and own:
            # A table asked for a column or row it does not have: the student's line, the
            # error and the tip with its columns, not pandas' 40 lines of its own code first
            # (framelab.full_tracebacks() shows them again).
            shell._showtraceback(etype, value, [
                own, f"{_RED}{_BOLD}KeyError{_RESET}{_RED}: {value}{_RESET}", tip,
                "(pandas' own traceback: run framelab.full_tracebacks(), then the cell again)"])
            return
        # any other KeyError: Python's full traceback, as for any other error, and the tip
        lines = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
        shell._showtraceback(etype, value, [*lines, tip])
        return
    if issubclass(etype, AttributeError) and not issubclass(etype, FramelabError):
        # a misspelt method of a table, a column or a text: the student's line, the error and
        # "did you mean .value_counts?"; framelab.who_speak: the kit's own did-you-mean, without
        # the kit's module code around it; any other: Python's traceback
        from .errortips import attribute_tip

        own = _own_line(tb)
        tip = "" if _through_kit(tb) else attribute_tip(value)
        kit_name = str(value).startswith("module 'framelab' has no attribute")
        if own and (tip or kit_name):
            shell._showtraceback(etype, value, [
                own, f"{_RED}{_BOLD}AttributeError{_RESET}{_RED}: {_one_line(value)}{_RESET}",
                *([f"{_BOLD}{tip}{_RESET}"] if tip else [])])
            return
        lines = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
        shell._showtraceback(etype, value, lines)
        return
    if issubclass(etype, (TypeError, ValueError, LookupError)) \
            and not issubclass(etype, FramelabError):
        own = _own_line(tb)
        # (not for an error inside the kit's own functions: that is no beginner's line, and
        # its tip would blame the student's code for the kit's)
        tip = "" if _through_kit(tb) else library_tip(value, tb, own.partition(": ")[2])
        if tip and own:
            # pandas' or NLTK's error of a beginner's line (conditions without brackets, a column
            # compared with a list, NLTK data to download): the student's line, the error in
            # one line and the tip, not the library's own 60 lines first
            shell._showtraceback(etype, value, [
                own, f"{_RED}{_BOLD}{etype.__name__}{_RESET}{_RED}: {_one_line(value)}{_RESET}",
                f"{_BOLD}{tip}{_RESET}",
                "(the library's own traceback: run framelab.full_tracebacks(), then the cell "
                "again)"])
            return
    if issubclass(etype, TypeError) and not issubclass(etype, FramelabError):
        # Python's own traceback, and a tip where the call named a wrong or left out an option
        tip = type_tip(value, getattr(shell, "user_ns", {}))
        lines = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
        shell._showtraceback(etype, value, [*lines, f"{_BOLD}{tip}{_RESET}"] if tip else lines)
        return
    if not issubclass(etype, (FramelabError, NameError)):  # any other ValueError, LookupError
        lines = shell.InteractiveTB.structured_traceback(etype, value, tb, tb_offset=tb_offset)
        shell._showtraceback(etype, value, lines)
        return
    lines = short_traceback(etype, value, tb)
    if issubclass(etype, NameError) and not issubclass(etype, FramelabError):
        # Either a cell that makes the name has not run yet (NAME_HINT, always), or a text
        # without quotes ("split") or true without its capital: the tip, where one fits; a
        # function called by a name no cell has made yet gets its own tip.
        names = getattr(shell, "user_ns", {})
        own = next((f.line for f in reversed(traceback.extract_tb(tb)) if f.line), "")
        tip = name_tip(value, names, own)
        if not tip or "put it in quotes" in tip or "not made by any cell" in tip:
            # a near name of this notebook, a module's function or a notebook that makes the
            # name comes first
            tip = _call_tip(value, own) or tip
        # The tip that fits this name is the one in bold; the general hint follows in plain
        # text (a student follows the bold line, and "run the cells from the top" cannot fix a
        # text without quotes or a typo).
        lines += ([f"{_BOLD}{tip}{_RESET}", NAME_HINT] if tip else [f"{_BOLD}{NAME_HINT}{_RESET}"])
    shell._showtraceback(etype, value, lines)



def short_warning(message: Warning | str, category: type[Warning]) -> str | None:
    """The line to show for a kit warning ("Note: ..."); None for any other warning.

    >>> short_warning(MissingResourceWarning("Article 000 is in English ('en') ..."),
    ...               MissingResourceWarning)
    "Note: Article 000 is in English ('en') ..."
    >>> short_warning("x", DeprecationWarning) is None
    True
    """
    if issubclass(category, (MissingResourceWarning, ActorTableWarning, NoHitsWarning)):
        return f"Note: {message}"
    return None


_python_showwarning = warnings.showwarning


def _showwarning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                 file: TextIO | None = None, line: str | None = None) -> None:
    shown = short_warning(message, category)
    if shown is None:
        _python_showwarning(message, category, filename, lineno, file, line)
        return
    try:
        (file or sys.stderr).write(shown + "\n")
    except OSError:  # no place to write to: as Python's own showwarning does
        pass


_LEFT = ' style="text-align: left;"'
_ROW = re.compile(r"<tr>(.*?)</tr>", re.DOTALL)
#: Text columns that stay right-aligned: a concordance's left context ends at its keyword.
RIGHT_ALIGNED_TEXT = ("left",)


def _is_text(dtype: Any) -> bool:
    import pandas as pd

    return (pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype)
            or isinstance(dtype, pd.CategoricalDtype))


def _shown_columns(count: int) -> list[int | None]:
    """The columns pandas' HTML shows, in order; None for its "..." column (as pandas
    truncates a table wider than ``display.max_columns``)."""
    import pandas as pd

    most = pd.get_option("display.max_columns")
    if not most or count <= most:
        return list(range(count))
    half = most // 2
    if half < 1:
        return [*range(most), None]
    return [*range(half), None, *range(count - half, count)]


def left_aligned_html(frame: Any) -> str | None:
    """Pandas' HTML of ``frame`` with its text columns left-aligned (see the module's text).

    Where the layout is not the plain one this expects (columns of several levels), it is
    pandas' HTML unchanged.

    >>> import pandas as pd
    >>> table = pd.DataFrame({"article": ["000"], "hits": [3], "sentence": ["Rusland moet."]})
    >>> html = left_aligned_html(table)
    >>> '<td style="text-align: left;">Rusland moet.</td>' in html, "<td>3</td>" in html
    (True, True)
    >>> '<th style="text-align: left;">sentence</th>' in html
    True
    """
    html = frame._repr_html_()
    if html is None or frame.columns.nlevels > 1:
        return html
    text = [_is_text(dtype) and name not in RIGHT_ALIGNED_TEXT
            for name, dtype in zip(frame.columns, frame.dtypes, strict=True)]
    shown = _shown_columns(len(text))
    left = [position is not None and text[position] for position in shown]
    if not any(left):
        return html
    head, _, body = html.partition("<tbody>")
    header = re.search(r"<thead>\s*<tr[^>]*>(.*?)</tr>", head, re.DOTALL)
    corners = frame.index.nlevels
    if header is None or header[1].count("<th") != corners + len(shown):
        return html  # not the layout expected: pandas' own table

    def align(cells: str, tag: str, skip: int) -> str:
        parts = cells.split(f"<{tag}>")
        if len(parts) - 1 != skip + len(left):  # some cells with attributes (rowspan): as is
            return cells
        return parts[0] + "".join(
            (f"<{tag}{_LEFT}>" if k >= skip and left[k - skip] else f"<{tag}>") + part
            for k, part in enumerate(parts[1:]))

    def row(match: re.Match[str]) -> str:
        start = match[1].find("<td>")  # after the index's <th> cells
        if start < 0:
            return match[0]
        return f"<tr>{match[1][:start]}{align(match[1][start:], 'td', 0)}</tr>"

    head = head[:header.start(1)] + align(header[1], "th", corners) + head[header.end(1):]
    body = _ROW.sub(row, body)
    return f"{head}<tbody>{body}"


# Where IPython looks up pandas.DataFrame: its __module__ is "pandas" since pandas 3.0.
_DATAFRAME_MODULES = ("pandas", "pandas.core.frame")


def _html_formatter(shell: Any) -> Any:
    return shell.display_formatter.formatters["text/html"]

def current_cell() -> int | None:
    """The number of the notebook cell running now (IPython's execution count), None outside
    IPython: a note already shown in this cell need not be printed again.

    >>> current_cell() is None  # no notebook here
    True
    """
    shell = _shell()
    count = getattr(shell, "execution_count", None) if shell is not None else None
    return count if isinstance(count, int) else None


def _shell() -> Any:
    """The running IPython shell, or None."""
    if "IPython" not in sys.modules:
        return None
    try:
        from IPython import get_ipython
    except ImportError:
        return None
    return get_ipython()


def _install_syntax_tips(shell: Any) -> None:
    """Add a tip under the SyntaxErrors a beginner meets most (an id 002 without quotes, curly
    quotes copied from a PDF, a bracket never closed): IPython shows a cell it cannot compile
    with ``showsyntaxerror``, not through the handler of :func:`install`."""
    plain = type(shell).showsyntaxerror
    if getattr(shell.showsyntaxerror, "_framelab", False):
        return

    def showsyntaxerror(filename: str | None = None, running_compiled_code: bool = False
                        ) -> None:
        from .errortips import syntax_tip

        etype, value, _ = shell._get_exc_info()
        tip = syntax_tip(value) if isinstance(value, SyntaxError) else ""
        if not tip or running_compiled_code:
            plain(shell, filename, running_compiled_code)
            return
        if filename:
            try:
                value.filename = filename
            except AttributeError:
                pass
        lines = shell.SyntaxTB.structured_traceback(etype, value, [])
        shell._showtraceback(etype, value, [*lines, f"{_BOLD}{tip}{_RESET}"])

    showsyntaxerror._framelab = True  # type: ignore[attr-defined]
    shell.showsyntaxerror = showsyntaxerror


def install() -> bool:
    """Use the short display for kit errors and notes in the running IPython/Jupyter; False
    outside it."""
    shell = _shell()  # None when not running in IPython (which imports itself first)
    if shell is None:
        return False
    shell.set_custom_exc((FramelabError, NameError, LookupError, TypeError, ValueError,
                          NotImplementedError, AttributeError), _handler)
    _install_syntax_tips(shell)
    # Tables with their text left-aligned; pandas need not be imported yet.
    for module in _DATAFRAME_MODULES:
        _html_formatter(shell).for_type_by_name(module, "DataFrame", left_aligned_html)
    global _python_showwarning
    if warnings.showwarning is not _showwarning:
        _python_showwarning = warnings.showwarning
        warnings.showwarning = _showwarning
    # Every call that skips articles says so, also when the cell runs a second time.
    warnings.filterwarnings("always", category=MissingResourceWarning)
    warnings.filterwarnings("always", category=NoHitsWarning)
    return True


def full_tracebacks() -> None:
    """Show the kit's errors with Python's full traceback again (for debugging the kit)."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None:
        shell.set_custom_exc((), None)
        for module in _DATAFRAME_MODULES:
            _html_formatter(shell).pop(f"{module}.DataFrame", None)
    if warnings.showwarning is _showwarning:
        warnings.showwarning = _python_showwarning
