"""``python course.py import-corpus EXPORT... --out FOLDER``: a corpus folder from exports.

The same as ``python -m framelab.imports``. Paths are relative to the folder the command is
typed in. The exports are only read; the new folder must not exist yet (or be empty).
"""

from __future__ import annotations

import argparse
import sys

from ..errors import FramelabError
from .duplicates import KEEP
from .folder import import_corpus

__all__ = ["main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python course.py import-corpus",
        description="Write a corpus folder (.txt files and metadata.csv) from news-database "
                    "exports: Nexis Uni (.docx), the LexisNexis text export (.txt), tables "
                    "(.csv, .xlsx, .json, .jsonl), or folders of them. The exports are not "
                    "changed.",
        epilog="Example: python course.py import-corpus downloads/nexis_1-100.docx "
               "downloads/nexis_101-180.docx --out my_corpus --keep-one first")
    parser.add_argument("exports", nargs="+", metavar="EXPORT",
                        help="an export file, or a folder with exports (and .txt articles)")
    parser.add_argument("--out", required=True, metavar="FOLDER",
                        help="the new corpus folder to write")
    parser.add_argument("--keep-one", choices=KEEP, default=None,
                        help="keep one article of each duplicate story: the first, the longest "
                             "or the earliest; without it every copy is kept and reported")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command; return 0 when the folder was written, 1 with a message if not."""
    args = build_parser().parse_args(argv)
    try:
        folder = import_corpus(args.exports, args.out, keep_one=args.keep_one)
    except FramelabError as error:
        print(f"\n{error}", file=sys.stderr)
        return 1
    print(f"\nUse it in a lesson with CORPUS = \"{folder.resolve().as_posix()}\", or run every "
          f"lesson on it with `python course.py run-course {args.out}`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
