"""The visible check of each exercise question: ✓, or ✗ with a hint that fits the mistake.

A locked check cell holds one line, ``checks.check("q3")``. What the question expects is kept
here and in the per-exercise modules (``framelab/checks/ex01.py`` ...), not on the student's
screen: the kind of each answer, the rules that spot plainly wrong values, and the hints. The
right value itself is not stored, only a salted hash of it (``digests.json``, made from the
solutions by ``python -m tools.checkdigests``), so reading the kit does not give the answer away.

A check prints one line and, when it fails, raises a :class:`~framelab.checks.CheckError`, which
Jupyter shows as that line (the cell still counts as failed). It looks, in this order, at:

1. the answer cell above (from the kernel's record, :mod:`framelab.checks.history`): still
   ``raise NotImplementedError()`` -> not answered yet; its latest run stopped with an error
   (a SyntaxError included, which runs nothing) -> that error, even when the variable still
   holds a value from an earlier run: that value is not what the cell on screen computes;
2. the variable: missing or still ``None`` -> the names that look like it (``n_dansih``);
3. its kind: a number in quotes, a table where one value is asked ... (:mod:`.kinds`);
4. the hash of the right value: a match is right, whatever else;
5. the question's rules, which name the mistake of a wrong value (0 removals, 20 columns where
   3 are asked, the article in row 0 after sorting), or else the question's first hint.

Hints come in tiers. The first failure says what kind of mistake it is. A second failure of the
same question adds the next step. The code itself (the recipe) only comes when the student asks
for it: ``checks.hint("q3")`` gives the next step, asked again the recipe.
"""

from __future__ import annotations

import difflib
import hashlib
import importlib
import json
import math
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from .. import wheremade
from . import history
from .expect import AnswerError, NotAnsweredError
from .kinds import COLUMN, COUNT, LIST, NUMBER, TABLE, TEXT, TRUTH, as_kind, kind_problem, show

__all__ = ["Answer", "Question", "answer_names", "check", "digest", "exercise", "hint", "question", "reset"]

Rule = Callable[[Any, Mapping[str, Any]], "str | None"]


@dataclass(frozen=True)
class Answer:
    """One variable a question asks for.

    ``key`` turns the answer (already plain data of its kind) into what must be right, as plain
    data: for a table, say, its ids and its set of columns. ``rules`` get that answer and the
    notebook's variables and return a hint when the value is plainly wrong. ``wrong`` is the
    first hint when the value is wrong for a reason no rule names.
    """

    name: str
    kind: str
    about: str
    wrong: str
    key: Callable[[Any], Any] | None = None
    rules: Sequence[Rule] = ()
    hashed: bool = True  # False: the rules alone decide (an answer with many right forms)
    first: Sequence[Rule] = ()  # rules on the answer as it is, before its kind is checked
    # rules on the source of the answer cell (in Jupyter only), before the hash: a right value
    # got the wrong way (the Dutch sentence rules on a Danish text that happen to count the same)
    code: Sequence[Callable[[str], str | None]] = ()


@dataclass(frozen=True)
class Question:
    """A question of an exercise: its answers, its next step and its recipe."""

    id: str
    answers: Sequence[Answer]
    approach: str
    recipe: str
    after: Sequence[Rule] = field(default=())  # rules on all answers together (a dict of them)


# ------------------------------------------------------------------ the hashes of right values


def _canonical(value: Any) -> Any:
    """Plain data that looks the same after a JSON round trip: floats to 6 decimals."""
    value = getattr(value, "item", lambda: value)() if type(value).__module__ == "numpy" else value
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 6) + 0.0
    if isinstance(value, Mapping):
        return {str(k): _canonical(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (set, frozenset)):
        return sorted((_canonical(v) for v in value), key=repr)
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    return str(value)


def digest(exercise_id: str, question_id: str, name: str, key: Any) -> str:
    """The salted hash of an answer's key (what :func:`check` compares).

    >>> digest("01", "q1", "n_danish", 1) == digest("01", "q1", "n_danish", 1.0)
    False
    >>> len(digest("01", "q1", "n_danish", 1))
    16
    """
    text = json.dumps(_canonical(key), sort_keys=True, ensure_ascii=False)
    salted = f"framelab/{exercise_id}/{question_id}/{name}/{text}"
    return hashlib.sha256(salted.encode("utf-8")).hexdigest()[:16]


@cache
def _digests() -> dict[str, Any]:
    with resources.files(__package__).joinpath("digests.json").open(encoding="utf-8") as file:
        return json.load(file)


def key_of(answer: Answer, value: Any) -> Any:
    """What of an answer (plain data of its kind) must be right."""
    return answer.key(value) if answer.key else value


# ------------------------------------------------------------------ the exercises' questions

_state: dict[str, Any] = {"exercise": None, "failures": {}, "hints": {}}


def exercise(exercise_id: str) -> None:
    """Say which exercise this notebook is (its setup cell does it: ``checks.exercise("01")``)."""
    _questions(exercise_id)  # an unknown exercise fails here, not at the first check
    _state["exercise"] = exercise_id


def reset() -> None:
    """Forget the failures and hints counted so far (for tests)."""
    _state["failures"].clear()
    _state["hints"].clear()


@cache
def _questions(exercise_id: str) -> dict[str, Question]:
    try:
        module = importlib.import_module(f"{__package__}.ex{exercise_id}")
    except ModuleNotFoundError:
        raise ValueError(f"There is no exercise {exercise_id!r} with checks.") from None
    return {q.id: q for q in module.QUESTIONS}


def answer_names(exercise_id: str) -> dict[str, list[str]]:
    """The answer variables of each question of an exercise, by the check cell's grade_id.

    What a grader takes out of a student's kernel to run the hidden tests elsewhere.

    >>> answer_names("02")["q4-check"]
    ['peskov_raw', 'peskov_clean']
    """
    return {f"{q.id}-check": [a.name for a in q.answers] for q in _questions(exercise_id).values()}


def question(question_id: str, exercise_id: str | None = None) -> tuple[str, Question]:
    """The exercise id and the :class:`Question` called ``question_id`` ("q3")."""
    exercise_id = exercise_id or _state["exercise"]
    if exercise_id is None:
        raise ValueError("Run the notebook's first code cell (the setup) first: it says which "
                         "exercise this is.")
    found = _questions(exercise_id)
    question_id = str(question_id).strip().lower()  # "Q3" and 3 mean q3 too
    if question_id.isdigit():
        question_id = f"q{question_id}"
    if question_id not in found:
        listed = list(found)
        listed = ", ".join(listed[:-1]) + " and " + listed[-1] if len(listed) > 1 else listed[0]
        raise ValueError(f"Exercise {exercise_id} has checks and hints for {listed} only, not "
                         f"{question_id!r}: use the number of a question above a check cell "
                         "(questions with a written answer have no check; your instructor "
                         "grades them).")
    return exercise_id, found[question_id]


# ------------------------------------------------------------------ what went wrong


def _user_names(namespace: Mapping[str, Any]) -> list[str]:
    hidden = {"In", "Out", "exit", "quit", "get_ipython", "open"}
    return [n for n in namespace if not n.startswith("_") and n not in hidden
            and type(namespace[n]).__name__ != "module"]


def _similar(name: str, namespace: Mapping[str, Any], own: Sequence[str]) -> list[str]:
    names = [n for n in _user_names(namespace) if n not in own and namespace[n] is not None]
    return difflib.get_close_matches(name, names, n=1, cutoff=0.6)


def _name_tip(error: str, namespace: Mapping[str, Any], source: str = "") -> str:
    """A tip for the usual errors of an answer cell: a NameError (the variable that looks like
    the name, or that a text needs quotes), a KeyError, a mean of a whole table.

    >>> _name_tip("NameError: name 'corpsu' is not defined", {"corpus": 1})
    ' (did you mean `corpus`?)'
    >>> _name_tip("NameError: name 'split' is not defined", {"corpus": 1})
    ' (if `split` is made by a cell above, run the cells from the top; if you meant the text split, put it in quotes: "split")'
    >>> _name_tip("NameError: name 'SHORT_WORDS' is not defined", {})
    ' (`SHORT_WORDS` is not made by any cell that ran: make it in a cell above, or run the cells from the top)'
    >>> import math
    >>> _name_tip("NameError: name 'log2' is not defined", {"math": math})
    ' (did you mean math.log2?)'
    >>> _name_tip("NameError: name 'true' is not defined", {})
    ' (write True with a capital T, and no quotes)'
    >>> _name_tip("SyntaxError: leading zeros in decimal integer literals are not permitted; "
    ...           "use an 0o prefix for octal integers (line 1)", {}, "earliest = 002")
    ' (an id such as 002 is a text: write it in quotes, "002")'
    """
    if "leading zeros" in error:
        found = re.search(r"(?<![\w.\"'])0\d+\b", source)
        number = found.group(0) if found else "003"
        return f" (an id such as {number} is a text: write it in quotes, \"{number}\")"
    if error.startswith("KeyError: ("):
        return " (to select several columns, put their names in a list: table[[\"a\", \"b\"]], two pairs of brackets)"
    if error.startswith("KeyError: "):
        return (" (the table has no column or row of that name: check its spelling and "
                "capitals against the table)")
    if error.startswith("FileNotFoundError"):  # a cell that deletes or renames, run twice
        return (" (if your cell deletes or renames a file, the file may be gone already from an "
                "earlier run: Kernel → Restart Kernel and Run All Cells)")
    if "reduction" in error and "dtype" in error:
        return (" (a table with text columns cannot be averaged or summed as a whole: select "
                "the column of numbers first, table[\"name\"])")
    match = re.match(r"NameError: name '(\w+)' is not defined", error)
    if not match:
        return ""
    name = match.group(1)
    if name in ("true", "false", "TRUE", "FALSE", "none", "null", "NONE"):
        word = {"t": "True", "f": "False"}.get(name[0].lower(), "None")
        return f" (write {word} with a capital {word[0]}, and no quotes)"
    made_at = wheremade.made_where(name, namespace)
    if made_at is not None and made_at.where in ("parameters", "here"):
        return f" {wheremade.tip_for(name, namespace)}"  # a cell of this very notebook makes it
    plain = re.fullmatch(r"[A-Za-z]+", name) is not None and not _a_variable(name, source)
    quotes = f"if you meant the text {name}, put it in quotes: \"{name}\""
    near = [n for n in difflib.get_close_matches(name, _user_names(namespace), n=3, cutoff=0.7)
            if not _only_affixed(name, n)][:1]
    as_text = plain and made_at is None and _where_a_text_goes(name, source)
    if near and as_text:  # concordance(corpus, Lavrov): the text first, then the near name
        return f" ({quotes}; or did you mean `{near[0]}`?)"
    if near:
        return f" (did you mean `{near[0]}`?)"
    modules = [m for m, v in namespace.items() if type(v).__name__ == "module"
               and not m.startswith("_") and hasattr(v, name)
               and type(getattr(v, name)).__name__ != "module"]  # framelab.corpus: a module
    if modules:  # log2 where math is imported: the name is in a module, not made by a cell
        return f" (did you mean {modules[0]}.{name}?)"
    constant = _kit_constant(name)
    if constant:  # CRITICAL_VALUES: a constant of one of the kit's modules
        return f" (did you mean {constant}?)"
    text = plain
    made = wheremade.tip_for(name, namespace, short=text)
    if made and text and name in _kit_texts():  # nl, before, stem: a text the kit takes
        return f" ({quotes}; or, {made[1:]}"
    if made and text:  # a plain word: a lesson's variable, or a text without quotes
        return f" {made[:-1]}; or, {quotes})"
    if made:
        return f" {made}"
    if _a_variable(name, source):
        return (f" (`{name}` is not made by any cell that ran: make it in a cell above, or run "
                "the cells from the top)")
    return (f" (if `{name}` is made by a cell above, run the cells from the top; {quotes})")


def _only_affixed(name: str, near: str) -> bool:
    """Whether ``near`` is ``name`` with only a part joined by ``_`` added (``n_navo`` for
    ``navo``, ``navo_hits``): another thing made of the word, not a typing slip of it.

    >>> _only_affixed("Lavrov", "n_lavrov"), _only_affixed("navo", "navo_hits")
    (True, True)
    >>> _only_affixed("sentence", "sentences"), _only_affixed("corpsu", "corpus")
    (False, False)
    """
    word, other = name.casefold(), near.casefold()
    return word != other and word in other.split("_")


def _where_a_text_goes(name: str, source: str) -> bool:
    """Whether ``name`` stands in ``source`` where a text is expected: an argument of a call,
    a side of ``==`` or ``!=``, an item of a list.

    >>> _where_a_text_goes("Lavrov", "framelab.concordance(corpus, Lavrov)")
    True
    >>> _where_a_text_goes("navo", 'words.count(navo)'), _where_a_text_goes("nl", 'x == nl')
    (True, True)
    >>> _where_a_text_goes("speaker", "speaker + 1"), _where_a_text_goes("navo", "")
    (False, False)
    """
    n = re.escape(name)
    return re.search(rf"(?:[(,\[]|[=!]=)\s*{n}\s*(?=[),\]]|$)|(?<![\w.\"']){n}\s*[=!]=",
                     source) is not None


@cache
def _kit_texts() -> frozenset[str]:
    """The short texts the kit's functions take as a value: the language codes, and the
    options of its functions (their defaults, and the values their code compares them with:
    ``match="stem"``, ``before="before"``).

    >>> {"nl", "da", "before", "after", "word", "stem", "lemma"} <= _kit_texts()
    True
    >>> "navo" in _kit_texts()
    False
    """
    import inspect

    import framelab

    found = set(framelab.LANGUAGES)
    for public in framelab.__all__:
        function = getattr(framelab, public, None)
        if not inspect.isfunction(function):
            continue
        try:
            parameters = inspect.signature(function).parameters
            code = inspect.getsource(inspect.getmodule(function))  # type: ignore[arg-type]
        except (TypeError, ValueError, OSError):
            continue
        for parameter in parameters.values():
            if isinstance(parameter.default, str):
                found.add(parameter.default)
            for compared in re.findall(rf"\b{parameter.name}\s*(?:==|!=|(?:not\s+)?in)\s*"
                                       r"[(\[{]?((?:\s*[\"']\w+[\"']\s*,?)+)", code):
                found.update(re.findall(r"[\"'](\w+)[\"']", compared))
    return frozenset(w for w in found if re.fullmatch(r"[a-z]+", w))


def _kit_constant(name: str) -> str:
    """``framelab.module.NAME`` for a public constant of one of the kit's modules, or "".

    The module is imported (only one whose file sets the name), so that the name the tip gives
    works in the notebook from then on.

    >>> _kit_constant("CRITICAL_VALUES"), _kit_constant("NO_SUCH_CONSTANT")
    ('framelab.keywords.CRITICAL_VALUES', '')
    """
    import pkgutil
    from pathlib import Path

    import framelab

    if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
        return ""
    if name in framelab.__all__:
        return f"framelab.{name}"
    sets = re.compile(rf"^{name}\s*(?::[^=\n]*)?=", re.MULTILINE)
    for module in pkgutil.iter_modules(framelab.__path__):
        full = f"framelab.{module.name}"
        if module.name.startswith("_") or module.ispkg:
            continue
        try:  # the module's file first: no module is imported that does not set the name
            source = (Path(module.module_finder.path) / f"{module.name}.py").read_text(  # type: ignore[union-attr]
                encoding="utf-8")
        except (OSError, AttributeError, UnicodeDecodeError):
            continue
        if not sets.search(source):
            continue
        try:
            loaded = sys.modules.get(full) or importlib.import_module(full)
        except Exception:  # a module that needs an optional package
            continue
        if name in getattr(loaded, "__all__", ()) and hasattr(loaded, name):
            return f"{full}.{name}"
    return ""


def _a_variable(name: str, source: str) -> bool:
    """Whether ``name`` can only be a variable, not a text without quotes: a CAPITAL name (a
    notebook's parameter), or one used as a table or function in ``source`` (``name.x``,
    ``name[...]``, ``name(...)``, ``name = ...`` or ``name +=``).

    >>> _a_variable("NAMES", ""), _a_variable("by_article", "by_article.head()")
    (True, True)
    >>> _a_variable("split", 'framelab.tokenize(t, "nl", hyphens=split)')
    False
    """
    if re.fullmatch(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*", name) and len(name) > 1:
        return True
    return re.search(rf"(?<![\w.\"']){re.escape(name)}\s*[.\[(]", source) is not None


def _stopped(cell: history.Run, namespace: Mapping[str, Any]) -> str:
    """The message for an answer cell whose latest run stopped with an error."""
    stale = ("; the check does not look at an answer from an earlier run" if not cell.ran else "")
    error = cell.error.rstrip(".")
    if "leading zeros" in error:  # not "use an 0o prefix for octal integers"
        error = "SyntaxError" + (error[error.rindex(" (line"):] if " (line" in error else "")
    return (f"your answer cell above stopped with an error: {error}"
            f"{_name_tip(cell.error, namespace, cell.source)}{stale}; fix it and run it again, "
            "then run this check.")


def _missing(answer: Answer, question: Question, namespace: Mapping[str, Any],
             runs: Sequence[history.Run] | None) -> tuple[type, str] | None:
    """Why an answer is not there yet (not answered, a failed cell, another name), or None."""
    names = [a.name for a in question.answers]
    there = answer.name in namespace
    value = namespace.get(answer.name)
    if runs is not None:
        cell = history.last_assigning(runs, names)
        if there and value is not None and value is not Ellipsis:
            # A value is there: it is from the code on screen unless the answer cell's latest run
            # stopped with an error (a SyntaxError runs nothing: the value is an earlier run's).
            if cell is None or not cell.error or cell.still_a_stub:
                return None
            return AnswerError, _stopped(cell, namespace)
        if cell is not None and cell.still_a_stub and (
                not cell.error or cell.error.startswith("NotImplementedError")):
            # (an error above the raise line is the one to fix: that line never ran)
            return NotAnsweredError, (
                f"`{answer.name}` is not answered yet: in the answer cell above, replace the line "
                "`raise NotImplementedError()` with your code, run it, then run this check again.")
        if cell is not None and cell.error:
            return AnswerError, _stopped(cell, namespace)
    elif there and value is not None and value is not Ellipsis:
        return None
    elif not there or value is None:
        if not there:
            return NotAnsweredError, f"there is no variable `{answer.name}`."
        return NotAnsweredError, (
            f"`{answer.name}` is not answered yet (it is None): replace the line "
            "`raise NotImplementedError()` in its answer cell with your code.")
    # Nothing stored under the name: not answered (for the grader too), with the likely reason.
    similar = _similar(answer.name, namespace, names)
    other = f"; did you store the answer under another name ({', '.join(similar)})?"
    if not there:
        if similar:
            return NotAnsweredError, f"there is no variable `{answer.name}` yet{other}"
        return NotAnsweredError, (
            f"there is no variable `{answer.name}` yet: run your answer cell above, which "
            f"stores the answer in `{answer.name}`, then run this check again.")
    if similar:
        return NotAnsweredError, f"`{answer.name}` is still None{other}"
    return NotAnsweredError, (
        f"`{answer.name}` is still None: your answer cell ran, but stored nothing in "
        f"`{answer.name}`. Write `{answer.name} = ...` there and run it again. (Did the line "
        "end in a method that changes a list in place and gives None, such as .sort() or "
        ".append()? Then write sorted(...) instead, or call it on a line of its own.)")


def _problem(exercise_id: str, question: Question, answer: Answer, value: Any,
             namespace: Mapping[str, Any], source: str = "") -> str | None:
    """What is wrong with an answer that is there (its kind, a rule, the hash); None if right."""
    for rule in answer.first:
        try:
            said = rule(value, namespace)
        except (KeyError, LookupError, TypeError, ValueError, AttributeError):
            said = None
        if said:
            return f"`{answer.name}` {said}."
    kind = kind_problem(value, answer.kind)
    if kind and answer.kind == TEXT and isinstance(value, (int, float)) and not isinstance(
            value, bool) and ("article" in answer.about or " id" in answer.about):
        kind += " (an id keeps its zeros only in quotes: \"003\", not 3)"
    if kind:
        return f"`{answer.name}` {kind}."
    for rule in answer.code if source else ():
        said = rule(source)
        if said:
            return f"`{answer.name}` {said}."
    data = as_kind(value, answer.kind)
    expected = _digests().get(exercise_id, {}).get(question.id, {}).get(answer.name)
    hashed = answer.hashed and expected is not None
    try:
        right = hashed and digest(exercise_id, question.id, answer.name,
                                  key_of(answer, data)) == expected
    except (KeyError, LookupError, TypeError, ValueError, AttributeError):
        right = False  # a table without the columns asked, say: the rules say which
    if right:
        return None  # right: no rule may say otherwise
    for rule in answer.rules:  # rules name the mistake of a wrong value
        said = rule(data, namespace)
        if said:
            return f"`{answer.name}` {said}."
    if hashed:
        shown = "" if answer.kind in (TABLE, COLUMN) else f" = {show(value)}"
        return f"`{answer.name}`{shown} is not {answer.about} yet: {answer.wrong}"
    return None


class _Run:
    """The kernel's record of cells, or None outside Jupyter."""

    @staticmethod
    def get() -> list[history.Run] | None:
        if not history.install():
            return None
        now = history.running()  # the cell of this check: it runs, and got this far
        return history.runs() + ([now] if now is not None else [])


def check(question_id: str, *, exercise_id: str | None = None,
          namespace: Mapping[str, Any] | None = None) -> None:
    """Check the answer(s) to one question: print ✓, or raise with one line ✗ and a hint.

    ``namespace`` holds the notebook's variables; by default those of the cell that calls.
    """
    try:
        exercise_id, q = question(question_id, exercise_id)
    except ValueError as error:
        raise AnswerError(f"✗ {error}") from None
    if namespace is None:
        namespace = sys._getframe(1).f_globals
    runs = _Run.get()
    message: str | None = None
    error_class: type = AnswerError
    counts = True  # a wrong answer counts towards the next hint; a missing one does not
    for answer in q.answers:
        missing = _missing(answer, q, namespace, runs)
        if missing:
            error_class, message = missing
            counts = False
            break
        try:
            cell = history.last_assigning(runs, [answer.name]) if runs else None
            message = _problem(exercise_id, q, answer, namespace[answer.name], namespace,
                               cell.source if cell else "")
        except Exception as error:  # the kit could not use the answer: say so, briefly
            message = (f"the kit could not use `{answer.name}`: {history.one_line_error(error)}. "
                       "Fix your answer cell above and run it again.")
        if message:
            break
    if not message and q.after:
        values = {a.name: as_kind(namespace[a.name], a.kind) for a in q.answers}
        for rule in q.after:
            try:
                message = rule(values, namespace)
            except Exception as error:
                message = (f"the kit could not use your answer: {history.one_line_error(error)}; "
                           "fix your answer cell above and run it again.")
            if message:
                break
    where = (exercise_id, q.id)
    if not message:
        _state["failures"].pop(where, None)
        names = " and ".join(f"`{a.name}`" for a in q.answers)
        print(f"✓ {names} look{'s' if len(q.answers) == 1 else ''} right.")
        return
    if counts:
        failures = _state["failures"][where] = _state["failures"].get(where, 0) + 1
        if failures >= 2:
            message = (f"{_tidy(message)} Next step: {q.approach} (For the code, run "
                       f"checks.hint(\"{q.id}\") twice in a new cell.)")
    raise error_class(f"✗ {_tidy(message)}")


def _tidy(message: str) -> str:
    """One full stop where parts of a message meet: not "again..", ".;" or "rules. ." .

    >>> _tidy("stopped: ValueError: bad.; fix it and run it again.. Next step: x.")
    'stopped: ValueError: bad; fix it and run it again. Next step: x.'
    >>> _tidy("did you load the folder again?. Next step: x.")
    'did you load the folder again? Next step: x.'
    >>> _tidy("is 'Deel dit ...': keep it")
    "is 'Deel dit ...': keep it."
    """
    message = re.sub(r"(?<!\.\.)\.(?=[;:,])", "", message.strip())
    message = re.sub(r"(?<!\.)\.\.(?!\.)", ".", message)
    message = re.sub(r"([?!])\.(?=\s|$)", r"\1", message)  # "again?. Next" -> "again? Next"
    return message if message.endswith((".", "?", "!", ")")) else message + "."


def hint(question_id: str, *, exercise_id: str | None = None) -> None:
    """Print a hint for a question: the next step first, the code (the recipe) when asked again."""
    try:
        exercise_id, q = question(question_id, exercise_id)
    except ValueError as error:
        print(f"✗ {error}")
        return
    where = (exercise_id, q.id)
    asked = _state["hints"][where] = _state["hints"].get(where, 0) + 1
    if asked == 1:
        print(f"Hint for {q.id}: {q.approach}\n(Still stuck? Run checks.hint(\"{q.id}\") again "
              "for the code.)")
    else:
        print(f"The code for {q.id}, one way to do it:\n{q.recipe}")


# The kinds, for the per-exercise modules.
KINDS = (COUNT, NUMBER, TEXT, TRUTH, LIST, TABLE, COLUMN)
