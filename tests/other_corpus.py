"""A second, small corpus in another language pair (English and German), written for the tests.

The course's own articles are Dutch and Danish news on Russia, Ukraine and NATO. An instructor
who teaches with another corpus next term needs every lesson to run on it. These six short
articles are made up for that test (a fictional offshore wind farm, "Aurora", in the North Sea;
every person and quote is invented): three in English, three in German, before and after the
day the project is approved (2023-05-10), with quotations, an advertisement line, a byline and
metadata of their own. :func:`write_other_corpus` writes them to a folder, as a user would have
them: ``metadata.csv`` beside the .txt files, and optionally a ``course.toml``.
"""

from __future__ import annotations

from pathlib import Path

ARTICLES: dict[str, tuple[str, str, str, str]] = {
    # file: (language, outlet, date, text)
    "000_tribune_aurora_plan.txt": ("en", "North Sea Tribune", "2023-02-14", """\
Fishermen fear Aurora wind farm will close their grounds

By Clare Hughes

The planned Aurora wind farm in the North Sea would cover some of the richest fishing grounds off the coast, local fishermen warned on Tuesday.

"If the turbines go up, our boats will have nowhere to go," said Tom Reilly, who speaks for the coastal fishing association. Reilly said the association had not been consulted.

The energy minister, Helen Carter, defended the plan. "Aurora will power two million homes, and we will talk to every fisherman before a single turbine is built," Carter told reporters in London.

Advertisement

The government wants to decide on the wind farm in May. Environmental groups support the project but ask for protection of seabirds.
"""),
    "001_tribune_aurora_approved.txt": ("en", "North Sea Tribune", "2023-05-11", """\
Government approves Aurora wind farm despite protests

The government approved the Aurora wind farm on Wednesday, after months of protests by fishermen.

Minister Helen Carter called the decision "a turning point for clean energy". She said the fishing fleet would receive compensation and new routes around the turbines.

Tom Reilly was not convinced. "Compensation does not feed a family for twenty years," he said. The fishermen plan to appeal against the decision in court.

Construction of the wind farm is expected to start next year. The first turbines should deliver power in 2026, according to the developer.
"""),
    "002_coastal_aurora_court.txt": ("en", "Coastal Herald", "2023-09-02", """\
Fishermen take Aurora wind farm to court

Fishermen have filed an appeal against the approval of the Aurora wind farm, their association said on Friday.

"We are not against wind energy. We are against losing our grounds without a fair deal," Tom Reilly said.

The energy ministry said it was confident the decision would stand. Minister Helen Carter said compensation talks were continuing and that the wind farm would go ahead.

Related articles

Read more: Why offshore wind is growing fast
"""),
    "003_kuestenbote_aurora_plan.txt": ("de", "Küstenbote", "2023-03-01", """\
Fischer fürchten um ihre Fanggründe

Von Jens Albers

Der geplante Windpark Aurora in der Nordsee bedroht nach Ansicht der Fischer ihre wichtigsten Fanggründe.

„Wenn die Anlagen gebaut werden, verlieren wir die Hälfte unseres Fangs“, sagte Jens Hartmann vom Fischereiverband. Der Verband fordert eine Entschädigung.

Die Wirtschaftsministerin Anna Vogel verteidigte das Projekt. „Der Windpark ist gut für das Klima und schafft Arbeitsplätze an der Küste“, sagte Vogel am Mittwoch.

Anzeige

Umweltverbände unterstützen den Windpark, verlangen aber Schutz für Seevögel.
"""),
    "004_kuestenbote_aurora_genehmigt.txt": ("de", "Küstenbote", "2023-05-11", """\
Windpark Aurora genehmigt

Die Regierung hat den Windpark Aurora am Mittwoch genehmigt. Die Fischer sind enttäuscht.

„Das ist ein schwarzer Tag für die Fischerei“, sagte Jens Hartmann. Der Fischereiverband will gegen die Genehmigung klagen.

Ministerin Anna Vogel nannte die Entscheidung einen Erfolg für die Energiewende. Die Fischer sollen eine Entschädigung bekommen, sagte sie.

Der Bau des Windparks soll im nächsten Jahr beginnen.
"""),
    "005_nordkurier_aurora_klage.txt": ("de", "Nordkurier", "unknown", """\
Fischer klagen gegen Windpark

Der Fischereiverband hat Klage gegen die Genehmigung des Windparks Aurora eingereicht.

„Wir sind nicht gegen Windenergie, aber wir wollen eine faire Entschädigung“, sagte Jens Hartmann am Freitag.

Das Ministerium von Anna Vogel erklärte, der Windpark werde trotzdem gebaut. Die Verhandlungen über die Entschädigung gehen weiter.
"""),
}

METADATA_HEADER = "id,file,language,outlet,agency,date,date_status,date_evidence,headline,notes"

#: A course.toml for this corpus, as an instructor would write it.
COURSE_TOML = """\
title = "The Aurora wind farm in English and German news (made up for the tests)"
event_date = "2023-05-10"
event_label = "Aurora approved"
words = ["wind", "farm", "fishermen", "compensation"]
names = ["Reilly", "Carter", "Aurora"]
speaker = "Reilly"
language = "en"

[examples]
show = "001"
"""


def metadata_csv() -> str:
    """The metadata.csv of the six articles."""
    lines = [METADATA_HEADER]
    for number, (name, (language, outlet, date, text)) in enumerate(ARTICLES.items()):
        headline = text.splitlines()[0].replace('"', "'")
        status = "unknown" if date == "unknown" else "stated in the text"
        evidence = "no date in the text" if date == "unknown" else "the outlet's web page"
        lines.append(f'{number:03d},{name},{language},"{outlet}",unknown,{date},{status},'
                     f'{evidence},"{headline}",made up for the tests')
    return "\n".join(lines) + "\n"


def write_other_corpus(folder: str | Path, *, config: bool = False) -> Path:
    """Write the six articles and metadata.csv into ``folder`` (made if needed); return it."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, (_language, _outlet, _date, text) in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8", newline="\n")
    (folder / "metadata.csv").write_text(metadata_csv(), encoding="utf-8", newline="\n")
    if config:
        (folder / "course.toml").write_text(COURSE_TOML, encoding="utf-8", newline="\n")
    return folder
