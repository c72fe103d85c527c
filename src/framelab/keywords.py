"""Keyness: which words are distinctive of one group of articles against another.

For a word with frequency ``a`` in the target group and ``b`` in the reference group, whose
sizes are ``c`` and ``d`` tokens:

- **Log-likelihood G2**, the two-term form of Rayson & Garside (2000), as in Lancaster's UCREL
  log-likelihood wizard: E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d),
  G2 = 2(a ln(a/E1) + b ln(b/E2)), a zero term dropped. The kit reports it signed: positive when
  the word is relatively more frequent in the target (a/c > b/d), negative when less. AntConc 4
  uses the four-term form, which also sums the cells of the *other* words; it is slightly larger
  (``cells=4`` gives it). Critical values at 1 degree of freedom: 3.84 (p < .05), 6.63 (p < .01),
  10.83 (p < .001), 15.13 (p < .0001).
- **p-value** of G2 on the chi-squared distribution with one degree of freedom.
- **Log ratio** (Hardie 2014), the effect size: LR = log2((a/c)/(b/d)); 0 = equally frequent,
  1 = twice as frequent, -1 = half. A zero frequency is replaced by 0.5 (Hardie's adjustment)
  so that LR stays finite; the table says where that happened.
- **%DIFF** (Gabrielatos & Marchi 2012): 100(NF1 − NF2)/NF2 with frequencies per 1,000 words;
  infinite when the word is absent from the reference, NaN when it is absent from both.

Significance is not importance: with five short articles almost nothing reaches p < .05, and a
word can be "significant" only because it is frequent. Read G2 with the log ratio beside it,
and use a minimum frequency.

>>> round(log_likelihood(6, 1, 800, 3200), 3)
14.018
>>> round(log_likelihood(6, 1, 800, 3200, cells=4), 3)
14.051
>>> round(log_ratio(6, 1, 800, 3200), 3)
4.585
"""

from __future__ import annotations

import datetime
import math
import numbers
import re
from collections import Counter
from collections.abc import Mapping

import pandas as pd

from .errors import ArgumentError, check_choice

__all__ = [
    "CRITICAL_VALUES",
    "keyness",
    "periods",
    "ZERO_ADJUSTMENT",
    "keyness_table",
    "log_likelihood",
    "log_ratio",
    "p_value",
    "percent_diff",
]

#: G2 thresholds for one degree of freedom.
CRITICAL_VALUES = {0.05: 3.84, 0.01: 6.63, 0.001: 10.83, 0.0001: 15.13}
#: What a zero frequency becomes in the log ratio (Hardie 2014).
ZERO_ADJUSTMENT = 0.5


def _short(value: object) -> str:
    """``value`` for a one-line message: a pandas column or table by its size, not its repr.

    >>> _short(6)
    '6'
    >>> _short(pd.Series([2], index=[59]))
    'a column with 1 value (take one number out with .item())'
    """
    if isinstance(value, pd.Series):
        n = len(value)
        return f"a column with {n} value{'s' if n != 1 else ''} (take one number out with .item())"
    if isinstance(value, pd.DataFrame):
        return f"a table of {len(value)} rows (take one number out of it)"
    text = repr(value)
    return text if "\n" not in text and len(text) <= 60 else type(value).__name__


def _check_counts(a: float, b: float, c: float, d: float) -> None:
    # numbers.Real: also NumPy's numbers (np.int64(6) from a pandas column), not True/False
    for name, value in (("a", a), ("b", b), ("c", c), ("d", d)):
        if (not isinstance(value, numbers.Real) or type(value).__name__ in ("bool", "bool_")
                or math.isnan(value) or value < 0):
            shown = _short(value)
            raise ArgumentError(f"{name}={shown}: frequencies and corpus sizes must be "
                                "numbers of 0 or more (a count such as 6), not "
                                f"{type(value).__name__}" + (" NaN" if isinstance(
                                    value, numbers.Real) and math.isnan(value) else "") + ".")
    if c <= 0 or d <= 0:
        raise ArgumentError(f"The corpus sizes c={c} and d={d} must both be more than 0 tokens.")
    if a > c or b > d:
        raise ArgumentError(f"A word cannot occur more often than its corpus has tokens "
                            f"(a={a}, c={c}; b={b}, d={d}). Check the order: a, b, c, d.")


def log_likelihood(a: float, b: float, c: float, d: float, *, cells: int = 2) -> float:
    """Signed log-likelihood G2 of a word with frequencies a, b in corpora of c, d tokens.

    Args:
        a: Frequency in the target corpus.
        b: Frequency in the reference corpus.
        c: Size of the target corpus in tokens.
        d: Size of the reference corpus in tokens.
        cells: 2 for the two-term form (the kit's default, UCREL), 4 for AntConc's four-term form.

    >>> log_likelihood(1, 6, 800, 3200) < 0  # relatively rarer in the target: negative
    True
    """
    _check_counts(a, b, c, d)
    check_choice("cells", cells, [2, 4])
    total = c + d
    observed = [(a, c * (a + b) / total), (b, d * (a + b) / total)]
    if cells == 4:
        rest = (c - a) + (d - b)
        observed += [(c - a, c * rest / total), (d - b, d * rest / total)]
    g2 = 2.0 * sum(o * math.log(o / e) for o, e in observed if o > 0 and e > 0)
    return float(g2 if a / c >= b / d else -g2)


def p_value(g2: float) -> float:
    """The p-value of a G2 value with one degree of freedom (chi-squared).

    >>> round(p_value(3.84), 3)
    0.05
    """
    return math.erfc(math.sqrt(abs(g2) / 2))


def log_ratio(a: float, b: float, c: float, d: float, *,
              zero: float = ZERO_ADJUSTMENT) -> float:
    """Log ratio (Hardie 2014): log2 of the ratio of relative frequencies; zeros become ``zero``.

    >>> log_ratio(4, 4, 1000, 2000)
    1.0
    >>> log_ratio(3, 0, 1000, 1000)  # 0 counts as 0.5
    2.584962500721156
    """
    _check_counts(a, b, c, d)
    return math.log2(((a or zero) / c) / ((b or zero) / d))


def percent_diff(a: float, b: float, c: float, d: float) -> float:
    """%DIFF (Gabrielatos & Marchi 2012): how much more frequent, in percent, per 1,000 words.

    Infinite when the word is absent from the reference only; NaN (not a number) when it is
    absent from both, as 0 / 0 is no percentage.

    >>> percent_diff(4, 4, 1000, 2000)
    100.0
    >>> percent_diff(0, 0, 1000, 2000)
    nan
    """
    _check_counts(a, b, c, d)
    nf1, nf2 = 1000 * a / c, 1000 * b / d
    if nf2 == 0:
        return math.nan if nf1 == 0 else math.inf
    return float(100 * (nf1 - nf2) / nf2)


def keyness_table(target: Mapping[str, int], reference: Mapping[str, int], *,
                  min_count: int = 3, target_size: int | None = None,
                  reference_size: int | None = None) -> pd.DataFrame:
    """Compare word counts of a target and a reference corpus; one row per word.

    Args:
        target: Word counts of the target group (a Counter or FreqDist).
        reference: Word counts of the reference group.
        min_count: Keep words that occur at least this often in both groups together.
        target_size: Tokens in the target (default: the sum of ``target``); pass it when the
            counts leave out stopwords but the size should not.
        reference_size: Tokens in the reference (default: the sum of ``reference``).

    Returns:
        Columns word, count_target, count_reference, per_1000_target, per_1000_reference,
        g2, p, log_ratio, percent_diff, zero_adjusted; sorted by G2 (most distinctive of the
        target first), ties by word.

    >>> table = keyness_table(Counter(oorlog=6, de=40), Counter(oorlog=1, de=160),
    ...                       target_size=800, reference_size=3200, min_count=1)
    >>> table[["word", "g2", "log_ratio"]].round(3).values.tolist()
    [['oorlog', 14.018, 4.585], ['de', 0.0, 0.0]]
    """
    c = sum(target.values()) if target_size is None else target_size
    d = sum(reference.values()) if reference_size is None else reference_size
    if c <= 0 or d <= 0:
        raise ArgumentError("Both groups need at least one token; check that the groups you "
                            "compare are not empty.")
    rows = []
    for word in set(target) | set(reference):
        a, b = target.get(word, 0), reference.get(word, 0)
        if a + b < min_count:
            continue
        g2 = log_likelihood(a, b, c, d)
        rows.append({"word": word, "count_target": a, "count_reference": b,
                     "per_1000_target": 1000 * a / c, "per_1000_reference": 1000 * b / d,
                     "g2": g2, "p": p_value(g2), "log_ratio": log_ratio(a, b, c, d),
                     "percent_diff": percent_diff(a, b, c, d), "zero_adjusted": a == 0 or b == 0})
    columns = ["word", "count_target", "count_reference", "per_1000_target",
               "per_1000_reference", "g2", "p", "log_ratio", "percent_diff", "zero_adjusted"]
    table = pd.DataFrame(rows, columns=columns)
    table = table.sort_values("word", kind="stable").sort_values("g2", ascending=False,
                                                                 kind="stable")
    return table.reset_index(drop=True)


def periods(corpus: pd.DataFrame, cut: str, *, before: str = "before", after: str = "after"
            ) -> pd.Series:
    """Label each article as before or after a date, e.g. the invasion of 24 February 2022.

    A date known only to the month (or year) that contains the cut cannot be placed: it gets
    "unknown" rather than a guess.

    >>> from framelab import load_corpus
    >>> periods(load_corpus(quiet=True), "2022-02-24").tolist()
    ['before', 'after', 'before', 'before', 'after']
    >>> periods(load_corpus(quiet=True), 2021-12-15)
    Traceback (most recent call last):
    framelab.errors.ArgumentError: cut=1994 is not a date in quotes. Write the date as a text, YYYY-MM-DD in quotes, e.g. framelab.periods(corpus, '2022-02-24') (without quotes, Python reads a date as a subtraction: here the number 1994).
    """
    if "date" not in getattr(corpus, "columns", ()):
        raise ArgumentError("corpus should be the table from framelab.load_corpus() (it needs "
                            "the date column).")
    day = _event_day(cut, "cut", "framelab.periods(corpus, '2022-02-24')")
    return corpus["date"].map(lambda date: _period(date, day, before, after)).rename("period")


_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
# A day written another way: 24-02-2022, 2/3/2022, 24.02.2022 (day or month first), 2022/02/24
_OTHER_DAY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})|(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _day_name(year: int, month: int, day: int) -> str | None:
    """"2 March 2022" for a real day of the calendar, else None."""
    try:
        datetime.date(year, month, day)
    except ValueError:
        return None
    return f"{day} {_MONTHS[month - 1]} {year}"


def _event_day(value: object, name: str, example: str) -> pd.Timestamp:
    """The day of an event date argument (``"2022-02-24"``, or a ``datetime.date``), or an
    :class:`~framelab.errors.ArgumentError` that names the argument and says what to write.

    Only YYYY-MM-DD is read: "02/03/2022" is 2 March in the Netherlands and Denmark but 3
    February for pandas (American order), so a date written another way is not guessed; the
    message gives the YYYY-MM-DD of each way it can be read. ``example`` is a call that shows
    the right way ("framelab.periods(corpus, '2022-02-24')").

    >>> _event_day("2022-02-24", "cut", "")
    Timestamp('2022-02-24 00:00:00')
    >>> _event_day("02/03/2022", "event_date", "analyse_folder(folder, event_date='2022-02-24')")
    Traceback (most recent call last):
    framelab.errors.ArgumentError: event_date='02/03/2022' is not written as YYYY-MM-DD, and it could be 2 March 2022 or 3 February 2022 (the kit does not guess which): write '2022-03-02' for 2 March 2022 or '2022-02-03' for 3 February 2022, as in analyse_folder(folder, event_date='2022-02-24').
    >>> _event_day("2022-02-30", "cut", "framelab.periods(corpus, '2022-02-24')")
    Traceback (most recent call last):
    framelab.errors.ArgumentError: cut='2022-02-30' is not a day of the calendar (month 2 of 2022 has no day 30). Check the date, written as YYYY-MM-DD, e.g. framelab.periods(corpus, '2022-02-24').
    """
    # "cut='02/03/2022'", or a name that says where the date is ("the date '…' in events")
    named = name if " " in name else f"{name}={value!r:.60}"
    if isinstance(value, datetime.date):  # a date, a datetime or a pandas Timestamp
        if pd.isna(value):
            raise ArgumentError(f"{name} is an empty date (NaT). Give the day as YYYY-MM-DD in "
                                f"quotes, e.g. {example}.")
        return pd.Timestamp(value.year, value.month, value.day)
    if not isinstance(value, str):
        # periods(corpus, 2021-12-15) without quotes is the number 1994: every article "after"
        number = (f" (without quotes, Python reads a date as a subtraction: here the number "
                  f"{value})" if isinstance(value, int) and not isinstance(value, bool) else
                  f" (without quotes, Python calculates with its numbers: here {value})"
                  if isinstance(value, numbers.Number) else "")
        raise ArgumentError(f"{named} is not a date in quotes. Write the date as a "
                            f"text, YYYY-MM-DD in quotes, e.g. {example}{number}.")
    text = value.strip()
    iso = _ISO_DAY.fullmatch(text)
    if iso:
        year, month, day = map(int, iso.groups())
        if _day_name(year, month, day) is None:
            raise ArgumentError(f"{named} is not a day of the calendar (month {month} "
                                f"of {year} has no day {day}). Check the date, written as "
                                f"YYYY-MM-DD, e.g. {example}.")
        return pd.Timestamp(year, month, day)
    other = _OTHER_DAY.fullmatch(text)
    readings: list[tuple[str, str]] = []  # (the day in words, its YYYY-MM-DD)
    if other:
        if other.group(3):  # day or month first, then the year
            first, second, year = int(other.group(1)), int(other.group(2)), int(other.group(3))
            orders = [(first, second), (second, first)] if first != second else [(first, first)]
        else:  # the year first, with "/" or "."
            year, month, day = int(other.group(4)), int(other.group(5)), int(other.group(6))
            orders = [(day, month)]
        for day, month in orders:
            shown = _day_name(year, month, day)
            if shown:
                readings.append((shown, f"'{year}-{month:02d}-{day:02d}'"))
    start = f"{named} is not written as YYYY-MM-DD"
    if len(readings) == 1:
        shown, iso_text = readings[0]
        raise ArgumentError(f"{start}: write {iso_text} ({shown}), e.g. {example}.")
    if readings:
        (one, one_iso), (two, two_iso) = readings
        raise ArgumentError(f"{start}, and it could be {one} or {two} (the kit does not guess "
                            f"which): write {one_iso} for {one} or {two_iso} for {two}, as in "
                            f"{example}.")
    if re.fullmatch(r"\d{4}(?:-\d{1,2})?", text):
        raise ArgumentError(f"{start}: it is a {'month' if '-' in text else 'year'}, and the "
                            f"split into before and after needs a day, e.g. {example}.")
    raise ArgumentError(f"{start} (year-month-day, in digits), e.g. {example}.")


def _period(date: str, day: pd.Timestamp, before: str = "before", after: str = "after") -> str:
    """The period of one date (YYYY, YYYY-MM or YYYY-MM-DD, or "unknown") against ``day``."""
    if date == "unknown":
        return "unknown"
    start = pd.Timestamp(date)
    parts = date.count("-")
    end = start + (pd.offsets.YearEnd(0) if parts == 0 else pd.offsets.MonthEnd(0)
                   if parts == 1 else pd.Timedelta(0))
    if end < day:
        return before
    if start >= day:
        return after
    return "unknown"


def keyness(corpus: pd.DataFrame, *, by: str, target: object, reference: object = None,
            min_count: int = 3, stopwords: bool = False, **token_options: object
            ) -> pd.DataFrame:
    """Keyness of every word of one group of articles against another (see the module doc).

    Args:
        corpus: The table from :func:`framelab.load_corpus`, with a column to group by.
        by: The column that says which group an article is in, e.g. ``"period"``.
        target: The value of ``by`` for the target group, e.g. ``"after"``.
        reference: The value for the reference group (default: every other article).
        min_count: Keep words that occur at least this often in both groups together.
        stopwords: Leave out the stopwords of each article's own language (a Danish article
            loses Danish stopwords only, as in :func:`framelab.frequencies`); the corpus sizes
            still count every word, so per-1,000 figures match :func:`framelab.frequencies`.
        **token_options: Passed on to :func:`framelab.tokenize` (lowercase is on by default).

    >>> from framelab import load_corpus
    >>> corpus = load_corpus(quiet=True)
    >>> corpus["period"] = periods(corpus, "2022-02-24")
    >>> table = keyness(corpus, by="period", target="after", min_count=4)
    >>> table[["word", "count_target", "count_reference"]].head(2).values.tolist()
    [['oekraïense', 9, 0], ['oorlog', 8, 0]]
    """
    from .tokens import check_corpus_table, check_token_options, tokenize
    from .wordlists import stopwords as stopword_list

    check_corpus_table(corpus, ("id", "language", "text"))
    check_token_options(token_options, function="keyness",
                        own=("by", "target", "reference", "min_count", "stopwords"))
    if by not in corpus.columns:
        import difflib

        near = difflib.get_close_matches(str(by), [str(c) for c in corpus.columns], n=1,
                                         cutoff=0.75) or [str(c) for c in corpus.columns
                                                         if str(c).casefold() == str(by).casefold()]
        if near:
            case = " (capitals count in column names)" if near[0].casefold() == str(
                by).casefold() else ""
            raise ArgumentError(f"by={by!r} is not a column of the corpus. Did you mean "
                                f"by={near[0]!r}?{case}")
        raise ArgumentError(f"by={by!r} is not a column of the corpus. Add it first, e.g. "
                            "corpus['period'] = framelab.periods(corpus, '2022-02-24').")
    in_target = corpus[by] == target
    if not in_target.any():
        raise ArgumentError(f"No article has {by} = {target!r}. The values are: "
                            f"{', '.join(map(repr, sorted(corpus[by].astype(str).unique())))}.")
    in_reference = ~in_target if reference is None else corpus[by] == reference
    if not in_reference.any():
        raise ArgumentError(f"No article has {by} = {reference!r} to compare with.")
    options = {"lowercase": True, **token_options}
    counts: list[Counter[str]] = [Counter(), Counter()]
    sizes = [0, 0]
    drop: dict[str, set[str]] = {}
    for row, a, b in zip(corpus.itertuples(index=False), in_target, in_reference, strict=True):
        if not (a or b):
            continue
        tokens = tokenize(row.text, row.language, **options)
        group = 0 if a else 1
        sizes[group] += len(tokens)
        if stopwords:
            if row.language not in drop:
                drop[row.language] = set(stopword_list(row.language))
            tokens = [token for token in tokens if token not in drop[row.language]]
        counts[group].update(tokens)
    return keyness_table(counts[0], counts[1], min_count=min_count, target_size=sizes[0],
                         reference_size=sizes[1])
