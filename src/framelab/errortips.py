"""Tips for the errors of pandas and NLTK that beginners meet most, from the student's own line.

:mod:`framelab.notebook` shows such an error in a notebook the short way (the student's line,
the error in one line, the tip) when one of these functions has a tip for it; every other
error keeps Python's traceback. Each function gets the error (and the student's line) and
returns the tip, or "" when it has none.

The conditions of a filter are the usual cause: ``&`` binds tighter than ``==``, so
``corpus["language"] == "da" & corpus["words"] > 400`` asks pandas for ``"da" & corpus["words"]``
first; ``and``, ``or`` and ``if`` ask one True or False of a whole column.

>>> condition_tip(TypeError("Cannot perform 'rand_' with a dtyped [int64] array and scalar of "
...     "type [bool]"), 'corpus[corpus["language"] == "da" & corpus["words"] > 400]')
'Tip: put each condition in round brackets: (corpus["language"] == "da") & (corpus["words"] > 400)'
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["attribute_tip", "bracketed_conditions", "condition_tip", "compare_tip", "item_tip",
           "nltk_tip", "syntax_tip"]

_TRUTH = re.compile(r"The truth value of a (Series|DataFrame|Index) is ambiguous")
_BITWISE = re.compile(r"Cannot perform '(?:r?and_|r?or_|r?xor_)' with a dtyped|"
                      r"unsupported operand type\(s\) for [&|^]:")
_OPENERS, _CLOSERS = "([{", ")]}"


def _splits(line: str) -> tuple[list[tuple[int, int, str, int]], dict[int, int]]:
    """The operators ``&``, ``|``, ``and``, ``or`` of ``line`` outside texts, each as (start,
    end, operator, position of its opening bracket or -1), and each bracket's closing one."""
    ops: list[tuple[int, int, str, int]] = []
    closing: dict[int, int] = {}
    stack: list[int] = []
    i, quote = 0, ""
    while i < len(line):
        char = line[i]
        if quote:
            if char == "\\":
                i += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "#":
            break
        elif char in _OPENERS:
            stack.append(i)
        elif char in _CLOSERS and stack:
            closing[stack.pop()] = i
        elif char == ",":
            ops.append((i, i + 1, ",", stack[-1] if stack else -1))
        elif char in "&|" and line[i + 1:i + 2] != "=":
            ops.append((i, i + 1, char, stack[-1] if stack else -1))
        else:
            word = re.match(r"(?<![\w.])(and|or)(?!\w)", line[i:]) if line[i - 1:i] in (
                "", " ", ")", "]") else None
            if word and i and not line[:i].rstrip().endswith(("if", "while")):
                ops.append((i, i + len(word.group(1)), word.group(1), stack[-1] if stack else -1))
                i += len(word.group(1))
                continue
        i += 1
    return ops, closing


def _wrapped(part: str) -> bool:
    """Whether ``part`` is one pair of round brackets around all of it."""
    if not (part.startswith("(") and part.endswith(")")):
        return False
    return _splits(part)[1].get(0) == len(part) - 1


def bracketed_conditions(line: str) -> str:
    """The conditions joined by ``&``/``|`` (or ``and``/``or``) in ``line``, each in round
    brackets and joined by ``&``/``|``; "" if the line joins no conditions.

    >>> bracketed_conditions('corpus[corpus["words"] > 400 | corpus["language"] == "da"]')
    '(corpus["words"] > 400) | (corpus["language"] == "da")'
    >>> bracketed_conditions('big = (corpus["words"] > 400) and corpus.language == "da"')
    '(corpus["words"] > 400) & (corpus.language == "da")'
    >>> bracketed_conditions('print("a & b")')
    ''
    """
    ops, closing = _splits(line)
    joining = [op for op in ops if op[2] != ","]
    if not joining:
        return ""
    opener = joining[0][3]
    ops = [op for op in ops if op[3] == opener]
    if opener >= 0:
        start, end = opener + 1, closing.get(opener, len(line))
    else:
        assigned = re.match(r"\s*(?:if|elif|while|return)\s+|\s*[\w.]+\s*=(?!=)\s*", line)
        start = assigned.end() if assigned else 0
        end = len(line.split("#")[0].rstrip().rstrip(":"))
    first = next(k for k, op in enumerate(ops) if op[2] != ",")
    before = [op for op in ops[:first] if op[2] == ","]
    after = next((op for op in ops[first:] if op[2] == ","), None)
    start = before[-1][1] if before else start
    end = after[0] if after else end
    ops = [op for op in ops if op[2] != "," and start <= op[0] < end]
    parts, joins, at = [], [], start
    for begin, stop, op, _ in ops:
        parts.append(line[at:begin].strip())
        joins.append({"and": "&", "or": "|"}.get(op, op))
        at = stop
    parts.append(line[at:end].strip())
    if not all(parts):
        return ""
    shown = [part if _wrapped(part) else f"({part})" for part in parts]
    return shown[0] + "".join(f" {join} {part}" for join, part in zip(joins, shown[1:],
                                                                      strict=True))


def condition_tip(value: BaseException, line: str) -> str:
    """A tip for conditions joined without brackets, or with ``and``/``or``, or one condition
    on a whole column asked by ``if``: the pandas errors of a filter.

    >>> condition_tip(ValueError("The truth value of a Series is ambiguous. Use a.empty, "
    ...     "a.item(), a.any() or a.all()."), 'if corpus["words"] > 400:')
    'Tip: corpus["words"] > 400 is one True or False for each row, not one answer. To keep the rows where it holds, filter: corpus[corpus["words"] > 400]; to ask whether any (or all) rows do: (corpus["words"] > 400).any() (or .all()). For the value of one row, filter to that row first and take .item().'
    >>> condition_tip(ValueError("some other error"), "x = 1")
    ''
    """
    text = str(value)
    bitwise = isinstance(value, TypeError) and _BITWISE.search(text)
    truth = isinstance(value, ValueError) and _TRUTH.search(text)
    if not (bitwise or truth):
        return ""
    ops = [op for op in _splits(line)[0] if op[2] != ","]
    joined = bracketed_conditions(line)
    if not re.search(r"==|!=|<|>|\.isin\(|\.str\.|\.between\(", joined):
        joined = ""  # no conditions joined, but numbers or lists: Python's error says it
    if joined and any(op[2] in ("and", "or") for op in ops):
        return ("Tip: between conditions on columns, write & (for and) or | (for or), with each "
                f"condition in round brackets: {joined}")
    if joined:
        return f"Tip: put each condition in round brackets: {joined}"
    if bitwise:
        return ""
    asked = re.match(r"\s*(?:if|elif|while)\s+(.+?)\s*:\s*(?:#.*)?$", line)
    condition = asked.group(1) if asked else "a condition on a column"
    table = re.match(r"\(?\s*([A-Za-z_]\w*)\s*[\[.]", condition)
    keep = f"{table.group(1)}[{condition}]" if asked and table else "table[condition]"
    ask = f"({condition})" if asked else "(condition)"
    combine = ("" if asked else " To combine conditions, write & or | with each in round "
               "brackets, not and/or.")
    return (f"Tip: {condition} is one True or False for each row, not one answer. To keep the "
            f"rows where it holds, filter: {keep}; to ask whether any (or all) rows do: "
            f"{ask}.any() (or .all()).{combine} For the value of one row, filter to that row "
            "first and take .item().")


def compare_tip(value: BaseException, line: str) -> str:
    """A tip for a column compared with a list (``corpus["language"] == ["nl"]``).

    >>> compare_tip(ValueError("('Lengths must match to compare', (5,), (1,))"),
    ...             'corpus[corpus["language"] == ["nl"]]')
    'Tip: compare a column with one value, a text in quotes: corpus["language"] == "nl", not with a list ["nl"]. For several values use .isin([...]): corpus["language"].isin(["nl"]).'
    """
    if not (isinstance(value, ValueError) and "Lengths must match to compare" in str(value)):
        return ""
    found = re.search(r"([\w.]+(?:\[[^\[\]]*\])?)\s*(==|!=)\s*(\[[^\[\]]*\])", line)
    if not found:
        return ("Tip: compare a column with one value, such as a text in quotes (\"nl\"), not "
                "with a list; for several values use .isin([...]): "
                "table[\"column\"].isin([\"nl\", \"da\"]).")
    column, op, values = found.groups()
    items = [v.strip() for v in values[1:-1].split(",") if v.strip()]
    negate = "~" if op == "!=" else ""
    one = (f"{column} {op} {items[0]}, not with a list {values}" if len(items) == 1
           else f"{column} {op} {items[0] if items else chr(34) + 'nl' + chr(34)}, not with a list")
    return (f"Tip: compare a column with one value, a text in quotes: {one}. For several values "
            f"use .isin([...]): {negate}{column}.isin({values}).")


def item_tip(value: BaseException, table: Any) -> str:
    """A tip for ``.item()`` of a selection that holds no value or several.

    >>> import pandas as pd
    >>> item_tip(ValueError("can only convert an array of size 1 to a Python scalar"),
    ...          pd.Series([3, 4, 5]))
    'Tip: .item() takes the one value of a selection, and this selection holds 3 values, not one. Filter to one row first, or take the first value with .iloc[0], or one number of all of them with .sum(), .mean() or len().'
    """
    if not (isinstance(value, ValueError) and "can only convert an array of size 1" in str(value)):
        return ""
    size = getattr(table, "size", None)
    if size == 0:
        return ("Tip: .item() takes the one value of a selection, and this selection is empty: "
                "no row met the condition. Check the value you filter on (its spelling, capitals "
                "and quotes, \"003\" not 3).")
    held = f"holds {size} values" if isinstance(size, int) else "holds several values"
    return (f"Tip: .item() takes the one value of a selection, and this selection {held}, not "
            "one. Filter to one row first, or take the first value with .iloc[0], or one number "
            "of all of them with .sum(), .mean() or len().")


def nltk_tip(value: BaseException) -> str:
    """A tip for NLTK's "Resource ... not found": the course works offline, without NLTK data.

    >>> print(nltk_tip(LookupError("Resource 'punkt_tab' not found. Please use the NLTK "
    ...       "Downloader to obtain the resource")))
    Tip: the course works offline, without NLTK's data: do not run NLTK's downloader. For words, write nltk.word_tokenize(text, preserve_line=True), or use the kit's framelab.tokenize(text, "nl"); for sentences, framelab.split_sentences(text, "nl").
    """
    found = re.search(r"Resource '?([\w./]+)'? not found", str(value))
    if not isinstance(value, LookupError) or not found:
        return ""
    tip = "Tip: the course works offline, without NLTK's data: do not run NLTK's downloader."
    if found.group(1).startswith("punkt"):
        return (tip + " For words, write nltk.word_tokenize(text, preserve_line=True), or use "
                "the kit's framelab.tokenize(text, \"nl\"); for sentences, "
                "framelab.split_sentences(text, \"nl\").")
    return tip + " The kit's own functions (framelab.tokenize, framelab.frequencies ...) need none."


#: Quotation marks of Word, PDFs and web pages, which Python does not read as quotes
_CURLY = "\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a"
_LEADING_ZERO = re.compile(r"(?<![\w.])0+([1-9]\d*|0)(?![\w.])")


def syntax_tip(value: BaseException) -> str:
    """A tip for the SyntaxErrors a beginner meets most: Python cannot read the cell at all.

    Python's own message names the place; the tip says, in a student's words, what to type
    instead. "" for a SyntaxError Python already explains ("Perhaps you forgot a comma?").

    >>> syntax_tip(SyntaxError("leading zeros in decimal integer literals are not permitted; "
    ...            "use an 0o prefix for octal integers", ("<cell>", 1, 16, "corpus.loc[002]\\n")))
    'Tip: an id such as 002 is a text, not a number: put it in quotes, "002" (as in corpus.loc["002"]).'
    >>> print(syntax_tip(SyntaxError("invalid character '“' (U+201C)")))
    Tip: “ is a curly quotation mark (from Word, a PDF or a web page). Python reads only straight quotes: delete it and type " (or ') on your keyboard. Retype each curly quote in the cell.
    >>> syntax_tip(SyntaxError("invalid syntax. Perhaps you forgot a comma?"))
    ''
    """
    if not isinstance(value, SyntaxError):
        return ""
    message = str(getattr(value, "msg", "") or value)
    if message.startswith("leading zeros in decimal integer literals"):
        line = (getattr(value, "text", None) or "").strip()
        found = _LEADING_ZERO.search(line)
        number = found.group(0) if found else "002"
        example = (f' (as in {line[:found.start()]}"{number}"{line[found.end():]})'
                   if found and len(line) <= 80 else "")
        return (f'Tip: an id such as {number} is a text, not a number: put it in quotes, '
                f'"{number}"{example}.')
    if message == "invalid decimal literal":  # 002_lavrov.txt or 3abc: a name or text from a digit
        line = (getattr(value, "text", None) or "").strip()
        found = re.search(r"(?<![\w.\"'])\d[\w.\-]*", line)
        word = found.group(0) if found else "002_file.txt"
        return (f"Tip: {word} starts with a digit, so Python reads it as a number. A file name "
                f"or an id is a text: put it in quotes, \"{word}\".")
    found = re.match(r"invalid character '(.)' \(U\+[0-9A-F]+\)", message)
    if found and found.group(1) in _CURLY:
        return (f"Tip: {found.group(1)} is a curly quotation mark (from Word, a PDF or a web "
                "page). Python reads only straight quotes: delete it and type \" (or ') on your "
                "keyboard. Retype each curly quote in the cell.")
    if found or message.startswith("invalid non-printable character"):
        return ("Tip: the cell holds a character Python cannot read, often copied from a web page "
                "or a PDF (a special space, dash or quote). Delete the character the arrow points "
                "at and type it again on your keyboard.")
    if message.startswith("unterminated string literal") or \
            message.startswith("unterminated triple-quoted string"):
        return ("Tip: a text is missing its closing quote. Every text starts and ends with the "
                "same straight quote: \"Rusland\" or 'Rusland'.")
    found = re.match(r"'([(\[{])' was never closed", message)
    if found:
        closer = _CLOSERS[_OPENERS.index(found.group(1))]
        return (f"Tip: a {found.group(1)} is opened but never closed: add the missing {closer} "
                "at the end of what it holds. Count the brackets: each opening one needs a "
                "closing one.")
    if message == "incomplete input":  # IPython: the cell's last bracket or text is not closed
        return ("Tip: the cell ends before its last command does: a bracket ( [ { or a text's "
                "quote is opened but never closed. Add the missing ) ] } or quote at the end.")
    found = re.match(r"unmatched '([)\]}])'", message)
    if found:
        return (f"Tip: there is one {found.group(1)} too many: delete the one the arrow points at, "
                "or add the opening bracket it belongs to.")
    if isinstance(value, IndentationError) and message.startswith("unexpected indent"):
        return ("Tip: this line starts with spaces where Python expects none. Delete the spaces "
                "at its start (only the lines inside a for, if or def start with spaces).")
    if isinstance(value, IndentationError) and message.startswith("expected an indented block"):
        return ("Tip: the lines inside a for, if or def must start with four spaces: put them "
                "before the line after the one that ends with a colon.")
    if message == "expected ':'":
        return ("Tip: a line with for, if, else or def ends with a colon (:), and the lines "
                "inside it start with four spaces.")
    return ""


def _attributes_of(kind: str) -> list[str]:
    """The public attributes of the type named ``kind`` in an AttributeError: pandas' tables and
    columns (if pandas is loaded), and Python's texts, lists, dicts and numbers."""
    import builtins
    import sys

    pandas = sys.modules.get("pandas")
    found = {"Series": getattr(pandas, "Series", None), "DataFrame": getattr(pandas, "DataFrame",
                                                                            None)}.get(kind)
    if found is None and kind in ("str", "list", "dict", "int", "float", "tuple", "set"):
        found = getattr(builtins, kind)
    return [] if found is None else [name for name in dir(found) if not name.startswith("_")]


def attribute_tip(value: BaseException) -> str:
    """A tip for a misspelt method or attribute of a table, a column or a text.

    >>> import pandas
    >>> attribute_tip(AttributeError("'Series' object has no attribute 'value_count'"))
    "Tip: did you mean .value_counts? (check the spelling: a method's name has to be exact)"
    >>> attribute_tip(AttributeError("'str' object has no attribute 'Lower'"))
    "Tip: did you mean .lower? (check the spelling: a method's name has to be exact)"
    >>> attribute_tip(AttributeError("'Series' object has no attribute 'zzzz'"))
    ''
    """
    import difflib

    found = re.fullmatch(r"'(\w+)' object has no attribute '(\w+)'", str(value))
    if not isinstance(value, AttributeError) or not found:
        return ""
    kind, name = found.groups()
    names = _attributes_of(kind)
    near = difflib.get_close_matches(name, names, n=1, cutoff=0.75) or [
        n for n in names if n.lower() == name.lower()]
    if not near:
        return ""
    return (f"Tip: did you mean .{near[0]}? (check the spelling: a method's name has to be "
            "exact)")
