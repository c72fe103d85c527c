"""Tests of framelab.sentences: Punkt with Dutch and Danish abbreviations, offline.

The cases are sentences of the five course articles (cleaned and raw), and, where the corpus
has no example, realistic sentences in the same style ("mr. De Vries", "bl.a.", "kl. 13").
"""

from __future__ import annotations

import re

import nltk
import pytest

from framelab import abbreviations, load_corpus, split_sentences
from framelab.errors import ArgumentError, ArgumentTypeError

CORPUS = load_corpus(quiet=True)

_CASES = [
    # (language, text, expected sentences)
    # 000: "100.000" is a number, not a sentence end; the closing „…” quote stays with its sentence
    ("nl",
     "Het is volgens haar niet nodig om 100.000 militairen aan de grens te hebben. „Als de "
     "Russen serieus zijn over diplomatie, moeten ze die troepen verplaatsen en afzien van "
     "dreigingen.” Volgens de minister wordt de veiligheid van Rusland niet ondermijnd.",
     ["Het is volgens haar niet nodig om 100.000 militairen aan de grens te hebben.",
      "„Als de Russen serieus zijn over diplomatie, moeten ze die troepen verplaatsen en afzien "
      "van dreigingen.”",
      "Volgens de minister wordt de veiligheid van Rusland niet ondermijnd."]),
    # 001: "$64,1 miljard" does not break the sentence
    ("nl",
     "De VS heeft Oekraïne sinds 2022 meer dan $64,1 miljard aan militaire hulp geleverd. "
     "Het Kremlin heeft herhaaldelijk gezegd dat het niet met Zelenskyy zal onderhandelen.",
     ["De VS heeft Oekraïne sinds 2022 meer dan $64,1 miljard aan militaire hulp geleverd.",
      "Het Kremlin heeft herhaaldelijk gezegd dat het niet met Zelenskyy zal onderhandelen."]),
    # 001: "$725 miljoen" and "20 procent" inside one sentence each
    ("nl",
     "Maandag heeft het een nieuw militair hulppakket ter waarde van $725 miljoen aan Kyiv "
     "goedgekeurd. Russische troepen controleren ongeveer 20 procent van het Oekraïense "
     "grondgebied.",
     ["Maandag heeft het een nieuw militair hulppakket ter waarde van $725 miljoen aan Kyiv "
      "goedgekeurd.",
      "Russische troepen controleren ongeveer 20 procent van het Oekraïense grondgebied."]),
    # 001: the ellipsis "…" marks a cut inside a quotation, not a sentence end: the reporting
    # clause ", voegde hij eraan toe" belongs to the whole quotation
    ("nl",
     "“Veel landen hebben hun bereidheid verklaard om hun grondgebied beschikbaar te stellen… "
     "En we zijn dankbaar voor alle landen voor deze goede wil, waaronder Qatar,” voegde hij "
     "eraan toe.",
     ["“Veel landen hebben hun bereidheid verklaard om hun grondgebied beschikbaar te stellen… "
      "En we zijn dankbaar voor alle landen voor deze goede wil, waaronder Qatar,” voegde hij "
      "eraan toe."]),
    # realistic Dutch titles and abbreviations: mr., dhr., o.a., ca., blz., nr. end nothing, and
    # "De" after "mr." is part of a surname, not the start of a sentence
    ("nl",
     "Volgens mr. De Vries, advocaat van dhr. Peskov, gaat het o.a. om sancties van ca. $725 "
     "miljoen (zie blz. 3, nr. 12). Daarna sprak Lavrov.",
     ["Volgens mr. De Vries, advocaat van dhr. Peskov, gaat het o.a. om sancties van ca. $725 "
      "miljoen (zie blz. 3, nr. 12).",
      "Daarna sprak Lavrov."]),
    # "Mr." with a capital at the start of a sentence, "bijv." inside it
    ("nl", "Mr. Rutte noemde bijv. de NAVO niet. Daarna sprak Lavrov.",
     ["Mr. Rutte noemde bijv. de NAVO niet.", "Daarna sprak Lavrov."]),
    # an abbreviation that ends the sentence, before a capitalised function word: a break
    ("nl", "Er stonden tanks, vliegtuigen enz. Het Kremlin zweeg.",
     ["Er stonden tanks, vliegtuigen enz.", "Het Kremlin zweeg."]),
    # 002: a year at the end of a sentence is a sentence end
    ("nl",
     "De contacten zijn flink verslechterd na de Russische annexatie van de Krim in 2014. De "
     "NAVO wilde maandag niet reageren op de Russische vergelding.",
     ["De contacten zijn flink verslechterd na de Russische annexatie van de Krim in 2014.",
      "De NAVO wilde maandag niet reageren op de Russische vergelding."]),
    # 004 (Flemish): a straight-quoted phrase before the full stop stays in its sentence
    ("nl",
     "Rusland is bereid om onderhandelingen met Kiev aan te gaan, op voorwaarde dat Oekraïne "
     "'de wapens neerlegt'. Dat heeft Sergej Lavrov vrijdag op een persconferentie gezegd.",
     ["Rusland is bereid om onderhandelingen met Kiev aan te gaan, op voorwaarde dat Oekraïne "
      "'de wapens neerlegt'.",
      "Dat heeft Sergej Lavrov vrijdag op een persconferentie gezegd."]),
    # 004: a closing straight quote after the full stop goes with the sentence it closes
    ("nl",
     "'Wij willen dat het Oekraïense volk onafhankelijk is.' De Oekraïense president Volodimir "
     "Zelenski is democratisch gekozen bij verkiezingen in 2019.",
     ["'Wij willen dat het Oekraïense volk onafhankelijk is.'",
      "De Oekraïense president Volodimir Zelenski is democratisch gekozen bij verkiezingen in "
      "2019."]),
    # 004: a sub-heading without a full stop is a sentence because a line break ends it
    ("nl",
     "Kremlin 'zal westerse sancties vergelden'\n\nHet Kremlin verzekerde vrijdag nog dat het "
     "represailles zal nemen.",
     ["Kremlin 'zal westerse sancties vergelden'",
      "Het Kremlin verzekerde vrijdag nog dat het represailles zal nemen."]),
    # 004 raw text: paragraphs glued by the copy ("binnengevallen.Daarnaast") are cut apart
    ("nl",
     "zei Lavrov daags nadat het Russische leger Oekraïne was binnengevallen.Daarnaast maakte "
     "hij ook duidelijk dat hij af wil van de huidige regering in Kiev.",
     ["zei Lavrov daags nadat het Russische leger Oekraïne was binnengevallen.",
      "Daarnaast maakte hij ook duidelijk dat hij af wil van de huidige regering in Kiev."]),
    # 004 raw text: glued after a quotation that the straight quote closes (an odd one on the line)
    ("nl",
     "'Het was ook Rusland dat de beslissende rol heeft gespeeld. Ik bedoel daarmee de "
     "Minsk-akkoorden.'Het Kremlin verzekerde vrijdag nog dat het represailles zal nemen.",
     ["'Het was ook Rusland dat de beslissende rol heeft gespeeld.",
      "Ik bedoel daarmee de Minsk-akkoorden.'",
      "Het Kremlin verzekerde vrijdag nog dat het represailles zal nemen."]),
    # 004 raw text: glued before a quotation that the straight quote opens (an even number before)
    ("nl",
     "als reactie op de Russische invasie in Oekraïne.'Uiteraard zullen er "
     "vergeldingsmaatregelen volgen', zei woordvoerder Dmitri Peskov aan de pers.",
     ["als reactie op de Russische invasie in Oekraïne.",
      "'Uiteraard zullen er vergeldingsmaatregelen volgen', zei woordvoerder Dmitri Peskov aan "
      "de pers."]),
    # no space after an abbreviation is not a glued sentence ("mr.Rutte"), nor is a web address
    ("nl", "Volgens mr.Rutte staat het op nieuwsblad.be en NOS.nl vandaag.",
     ["Volgens mr.Rutte staat het op nieuwsblad.be en NOS.nl vandaag."]),
    # 003: "USA's" and the commas around an apposition do not matter
    ("da",
     "Det er beskeden fra USA's udenrigsminister, Antony Blinken, til sin russiske kollega, "
     "Sergej Lavrov. De to mødtes torsdag i Stockholm.",
     ["Det er beskeden fra USA's udenrigsminister, Antony Blinken, til sin russiske kollega, "
      "Sergej Lavrov.",
      "De to mødtes torsdag i Stockholm."]),
    # 003: straight double quotes inside a Danish sentence
    ("da",
     'Forud for mødet havde Blinken advaret Rusland om, at det vil få "alvorlige '
     'omkostninger", hvis russerne invaderer Ukraine.',
     ['Forud for mødet havde Blinken advaret Rusland om, at det vil få "alvorlige '
      'omkostninger", hvis russerne invaderer Ukraine.']),
    # 003: direct speech opened by a paragraph-initial dash is one sentence, with its dash
    ("da",
     "- Jeg tror, at det er sandsynligt, at præsidenterne vil tale direkte sammen i den "
     "nærmeste fremtid, siger Blinken efter mødet med Lavrov.",
     ["- Jeg tror, at det er sandsynligt, at præsidenterne vil tale direkte sammen i den "
      "nærmeste fremtid, siger Blinken efter mødet med Lavrov."]),
    # 003: two sentences in one speech paragraph: the dash stays with the first
    ("da",
     "- Vi vil sikre os, at vi bliver hørt. Men det vigtigste er vores sikkerhed, siger Lavrov "
     "efter mødet med Blinken.",
     ["- Vi vil sikre os, at vi bliver hørt.",
      "Men det vigtigste er vores sikkerhed, siger Lavrov efter mødet med Blinken."]),
    # 003: "90.000" is a number; realistic Danish abbreviations bl.a., f.eks., dvs. end nothing,
    # "osv." before the capitalised function word "Det" does
    ("da",
     "Rusland har bl.a. opstillet over 90.000 soldater, f.eks. ved grænsen, dvs. flere end i "
     "juni osv. Det er nu op til Rusland.",
     ["Rusland har bl.a. opstillet over 90.000 soldater, f.eks. ved grænsen, dvs. flere end i "
      "juni osv.",
      "Det er nu op til Rusland."]),
    # realistic Danish: "hr." and "kl." are abbreviations; "kl. 13." ends the sentence
    ("da", "Mødet med hr. Lavrov begyndte kl. 13. Det varede to timer.",
     ["Mødet med hr. Lavrov begyndte kl. 13.", "Det varede to timer."]),
    # a Danish date: "1." before a lowercase month is an ordinal, not a sentence end
    ("da", "Missionen lukker den 1. november i Bruxelles. Det sagde Lavrov.",
     ["Missionen lukker den 1. november i Bruxelles.", "Det sagde Lavrov."]),
    # empty lines are skipped; spaces around sentences are removed
    ("nl", "\n\n  Rusland teleurgesteld  \n\n\n", ["Rusland teleurgesteld"]),
    ("da", "", []),
]


@pytest.mark.parametrize(("language", "text", "expected"), _CASES)
def test_split_sentences(language: str, text: str, expected: list[str]) -> None:
    assert split_sentences(text, language) == expected


@pytest.mark.parametrize("column", ["text", "raw_text"])
def test_no_character_is_lost_or_added(column: str) -> None:
    for row in CORPUS.itertuples(index=False):
        text = getattr(row, column)
        sentences = split_sentences(text, row.language)
        assert re.sub(r"\s", "", "".join(sentences)) == re.sub(r"\s", "", text), row.id
        assert all(s == s.strip() and s and "\n" not in s for s in sentences), row.id


def test_the_articles_have_these_many_sentences() -> None:
    # counted by reading the cleaned articles: headline, paragraphs' sentences, sub-headings
    counts = {row.id: len(split_sentences(row.text, row.language))
              for row in CORPUS.itertuples(index=False)}
    assert counts == {"000": 20, "001": 20, "002": 19, "003": 25, "004": 25}


def test_every_danish_speech_paragraph_starts_a_sentence_with_its_dash() -> None:
    text = CORPUS.set_index("id").loc["003", "text"]
    paragraphs = [p for p in text.split("\n") if p.startswith("- ")]
    sentences = split_sentences(text, "da")
    assert len(paragraphs) == 7
    for paragraph in paragraphs:
        assert any(paragraph.startswith(s) for s in sentences if s.startswith("- ")), paragraph


# --- abbreviations ------------------------------------------------------------------------------

_REQUIRED = [
    # (language, abbreviation): the ones the issue names, and the course's examples
    ("nl", "o.a"), ("nl", "bijv"), ("nl", "dhr"), ("nl", "mr"), ("nl", "blz"), ("nl", "nr"),
    ("nl", "ca"),
    ("da", "bl.a"), ("da", "f.eks"), ("da", "ca"), ("da", "dvs"), ("da", "hr"), ("da", "osv"),
]


@pytest.mark.parametrize(("language", "abbreviation"), _REQUIRED)
def test_the_named_abbreviations_are_known(language: str, abbreviation: str) -> None:
    assert abbreviation in abbreviations(language)


@pytest.mark.parametrize(("language", "word"), [
    # words that often end a sentence are left out on purpose
    ("nl", "vs"),  # "... door de VS."
    ("nl", "min"),
    ("da", "min"),  # "min" is also "my"
])
def test_words_that_end_sentences_are_not_abbreviations(language: str, word: str) -> None:
    assert word not in abbreviations(language)


@pytest.mark.parametrize("language", ["nl", "da"])
def test_abbreviations_are_written_as_punkt_expects(language: str) -> None:
    listed = abbreviations(language)
    assert listed == sorted(set(listed))
    assert all(a == a.lower() and not a.endswith(".") and " " not in a for a in listed)
    listed.append("changed")  # a copy: the kit's list does not change
    assert "changed" not in abbreviations(language)


# --- errors and offline -------------------------------------------------------------------------

def test_an_unknown_language_is_explained() -> None:
    with pytest.raises(ArgumentError,
                       match=r"language='xx' is not one of the choices: 'nl', 'da', 'en', 'de'"):
        split_sentences("Hello.", "xx")


@pytest.mark.parametrize("language", [
    # Klingon: the kit has no rules for it; the message must not suggest 'nl' for it
    "tlh",
    # a code that is not a language at all
    "xx",
    # the language's name instead of its code: the message shows the code to use
    "dutch",
    "english",
])
def test_an_unknown_language_says_which_languages_have_rules(language: str) -> None:
    with pytest.raises(ArgumentError) as info:
        split_sentences("Hello.", language)
    message = str(info.value)
    assert message.startswith(f"language={language!r} is not one of the choices")
    assert "have rules for these languages only: Dutch ('nl'), Danish ('da'), English ('en')" \
        in message
    assert "Write the language as one of these two-letter codes" in message
    assert "Use one of those, for example language='nl'" not in message


def test_text_must_be_a_str() -> None:
    with pytest.raises(ArgumentTypeError, match="text should be a text"):
        split_sentences(["Een zin."], "nl")  # type: ignore[arg-type]


def test_no_nltk_data_is_needed() -> None:
    # NLTK's own sentence splitter needs the punkt_tab download, which this environment lacks
    with pytest.raises(LookupError):
        nltk.sent_tokenize("Dat is veel. Dat is niet veel.", language="dutch")
    assert split_sentences("Dat is veel. Dat is niet veel.", "nl") == ["Dat is veel.",
                                                                       "Dat is niet veel."]


# Pieces that stress Punkt's patterns: quotes of every style, abbreviations, glued sentences,
# numbers, capitals, and characters that NLTK's ``regex`` engine and Python's ``re`` class
# differently (superscripts, combining accents, join controls), which must take NLTK's path.
_PIECES = ["„Wij willen geen oorlog”, zei Lavrov.", "“We will not go back,” he said.",
           "‘Nee’, aldus Truss.", "»Det er alvorligt«, siger Blinken.", "'Uiteraard', zegt hij.",
           "- Vi vil sikre os, siger Lavrov.", "dhr. Jansen o.a. z.B. bl.a. Mr. U.S. Feb. 24.",
           "am 24. Februar", "binnengevallen.Daarnaast", "Oekraïne.'Uiteraard", "akkoorden.'Het",
           "m² ³ ½", "e\u0301te\u0301.", "\u200cx\u200d.", "(Sent1.) Sent2.", "Hij zei 'Nee.' En",
           "ZEI HIJ. NEE.", "100.000 $64,1 €5 20%.", "…", "?!", "A.B.C. d.", "tab\there.  Two."]


def test_fast_punkt_gives_nltks_sentences() -> None:
    """The fast Punkt (patterns compiled by ``re``) cuts every line where NLTK's Punkt does."""
    import random

    from framelab.sentences import _fast_punkt, _punkt
    from framelab.text import _same_in_both_engines as _fast_punkt_ok

    rng = random.Random(1)
    lines = [line for text in CORPUS["text"] for line in text.splitlines() if line.strip()]
    for _ in range(400):
        words = rng.choice(lines).split(" ")
        for _ in range(rng.randint(1, 5)):
            words.insert(rng.randrange(len(words) + 1), rng.choice(_PIECES))
        lines.append(" ".join(words))
    assert not _fast_punkt_ok("5 m²") and not _fast_punkt_ok("e\u0301") and _fast_punkt_ok("ø.")
    checked = 0
    for line in lines:
        for language in ("nl", "da", "en", "de"):
            if _fast_punkt_ok(line):
                checked += 1
                assert (list(_fast_punkt(language).span_tokenize(line))
                        == list(_punkt(language).span_tokenize(line))), (language, line)
    assert checked > 900


@pytest.mark.parametrize("text, language, expected", [
    # initials before a name do not end a sentence
    ("Det er J.F. Kennedy. Han kom.", "da", ["Det er J.F. Kennedy.", "Han kom."]),
    ("Odense er H.C. Andersens by.", "da", ["Odense er H.C. Andersens by."]),
    # "Skt." and "Chr." are Danish abbreviations
    ("Han rejste til Skt. Petersborg i går. Chr. Brøndum kom.", "da",
     ["Han rejste til Skt. Petersborg i går.", "Chr. Brøndum kom."]),
    # an ellipsis before a capital ends a sentence (not inside a quotation that goes on)
    ("Hij zei het… Maar niemand luisterde.", "nl", ["Hij zei het…", "Maar niemand luisterde."]),
    # a question inside a quotation, then the reporting clause: one sentence
    ("„Waarom nu?” vroeg een verslaggever. Goed.", "nl",
     ["„Waarom nu?” vroeg een verslaggever.", "Goed."]),
    ("- Hvad nu? spørger formanden. Godt.", "da", ["- Hvad nu? spørger formanden.", "Godt."]),
    # "DR." in capitals is the broadcaster, not the abbreviation "dr."; "3." before a month
    ("Det sagde han til DR. Bagefter gik han den 3. maj.", "da",
     ["Det sagde han til DR.", "Bagefter gik han den 3. maj."]),
    # an ordinal after an article or a possessive, before a capitalised name: one sentence;
    # a year after a preposition still ends one
    ("Nu kommer en 2. Storebæltsbro. Det tog tid.", "da",
     ["Nu kommer en 2. Storebæltsbro.", "Det tog tid."]),
    ("Han vandt sin 4. Tour de France i år.", "da", ["Han vandt sin 4. Tour de France i år."]),
    ("Det skete i 2014. Siden er der sket meget.", "da",
     ["Det skete i 2014.", "Siden er der sket meget."]),
    ("Hun blev nr. 3. Det var godt.", "da", ["Hun blev nr. 3.", "Det var godt."]),
    # "red." (the editors' note) and "pr." (per) are abbreviations
    ("Der er 12 (ifølge avisen, red.), og flere kommer.", "da",
     ["Der er 12 (ifølge avisen, red.), og flere kommer."]),
    ("Het aantal (cijfers van het CBS, red.) steeg. Daarna niet.", "nl",
     ["Het aantal (cijfers van het CBS, red.) steeg.", "Daarna niet."]),
    ("Det koster 99 kr. pr. måned. Det er dyrt.", "da",
     ["Det koster 99 kr. pr. måned.", "Det er dyrt."]),
    # a full stop before a lowercase word: an abbreviation the list lacks, no sentence end
    ("Mødet er til jan. hvor alle kommer.", "da", ["Mødet er til jan. hvor alle kommer."]),
    ("Kl. 20 Eng. fodbold på TV. Derefter nyheder.", "da",
     ["Kl. 20 Eng. fodbold på TV.", "Derefter nyheder."]),
    ("X.Y. og Z-avisen skriver det. Det er nyt.", "da",
     ["X.Y. og Z-avisen skriver det.", "Det er nyt."]),
    ("De wedstrijd is op zo. om drie uur.", "nl", ["De wedstrijd is op zo. om drie uur."]),
    # near-misses: a capital, or an apostrophe before a lowercase letter, starts a sentence
    ("Het was laat. 's-Hertogenbosch sliep al.", "nl",
     ["Het was laat.", "'s-Hertogenbosch sliep al."]),
    ("Het regende. 't Was koud.", "nl", ["Het regende.", "'t Was koud."]),
    # an ellipsis after a preposition or an article, before a name: a pause, one sentence
    ("Ze schreef een boek over... Rotterdam. Waarom?", "nl",
     ["Ze schreef een boek over... Rotterdam.", "Waarom?"]),
    ("Han rejste til… Aarhus. Igen.", "da", ["Han rejste til… Aarhus.", "Igen."]),
    # near-misses: a sentence starter after it, or a word that ends sentences before it
    ("Ze dacht erover na, over... Maar toen kwam hij.", "nl",
     ["Ze dacht erover na, over...", "Maar toen kwam hij."]),
    ("Hij gaf het op... Toen kwam zij.", "nl", ["Hij gaf het op...", "Toen kwam zij."]),
    ("De stad heet... Kolding. Ja.", "da", ["De stad heet...", "Kolding.", "Ja."]),
    # a title's or a saint's abbreviation before a name, even one that often starts sentences
    ("Vi mødes på Skt. Hans Plads. Kom.", "da", ["Vi mødes på Skt. Hans Plads.", "Kom."]),
    ("Ze belde met dr. Van Dam. Die zweeg.", "nl", ["Ze belde met dr. Van Dam.", "Die zweeg."]),
    # near-miss: in capitals it is a name (the broadcaster), and the sentence may end there
    ("Han sagde det til DR. Hans kone kom.", "da", ["Han sagde det til DR.", "Hans kone kom."]),
    # a sentence glued to the next after a year; near-miss: a number with a point in it
    ("Det skete i 2022.Nu er det slut.", "da", ["Det skete i 2022.", "Nu er det slut."]),
    ("Versie 1.2022.Nu niet.", "nl", ["Versie 1.2022.Nu niet."]),
    # abbreviations of photo captions and running text before a name
    ("Op de foto v.l.n.r. Jan Smit en Anna de Wit. Ze lachen.", "nl",
     ["Op de foto v.l.n.r. Jan Smit en Anna de Wit.", "Ze lachen."]),
    ("Billedet viser t.v. Anne Holm og t.h. Ole Dam. De smiler.", "da",
     ["Billedet viser t.v. Anne Holm og t.h. Ole Dam.", "De smiler."]),
    ("Det er vigtigt ift. Aarhus. Ja.", "da", ["Det er vigtigt ift. Aarhus.", "Ja."]),
    # an abbreviation that ends a list or an amount, before a capitalised word: a new sentence;
    # near-misses: before a lowercase word or a number, and a title's abbreviation
    ("Vi købte æbler, pærer osv. Derfor var kurven tung.", "da",
     ["Vi købte æbler, pærer osv.", "Derfor var kurven tung."]),
    ("Het kost 5 mln. Daarna komt er meer.", "nl", ["Het kost 5 mln.", "Daarna komt er meer."]),
    ("Det koster kr. 100 og 20 pct. af resten.", "da", ["Det koster kr. 100 og 20 pct. af resten."]),
    # an ellipsis glued to the next sentence
    ("Hij wachtte…Toen kwam zij.", "nl", ["Hij wachtte…", "Toen kwam zij."]),
    # "d." is "den" before a Danish date
    ("Det var d. 4. juni. Vi kom.", "da", ["Det var d. 4. juni.", "Vi kom."]),
    # parts of Danish place and street names written short stand before the name
    ("De mødtes på Kgs. Nytorv i går. Det regnede.", "da",
     ["De mødtes på Kgs. Nytorv i går.", "Det regnede."]),
    ("Hun bor i Kgs. Lyngby. Han bor på Ndr. Frihavnsgade. Jeg bor i Ll. Skensved.", "da",
     ["Hun bor i Kgs. Lyngby.", "Han bor på Ndr. Frihavnsgade.", "Jeg bor i Ll. Skensved."]),
    ("Vi kørte til Sdr. Omme. Der var koldt.", "da", ["Vi kørte til Sdr. Omme.", "Der var koldt."]),
    # near-miss: "st." is also "stuen" (the ground floor), and a sentence may end with it
    ("Han bor på Vestergade 12, st. Der er koldt.", "da",
     ["Han bor på Vestergade 12, st.", "Der er koldt."]),
    # a single capital letter that ends a sentence before a frequent sentence starter (a party,
    # a plan B); near-misses: an initial before a name or a particle
    ("Han er medlem af S. Hun er medlem af V.", "da", ["Han er medlem af S.", "Hun er medlem af V."]),
    ("Het is plan B. Het werkt.", "nl", ["Het is plan B.", "Het werkt."]),
    ("Hij sprak met J. De Vries. Die zweeg.", "nl", ["Hij sprak met J. De Vries.", "Die zweeg."]),
    ("Hun talte med A. Hansen.", "da", ["Hun talte med A. Hansen."]),
    # two quotation marks glued between two quotations: the first closes, the next opens
    ('dan herbekijken we de uitgaven.""Vaak krijgen we meer', "nl",
     ['dan herbekijken we de uitgaven."', '"Vaak krijgen we meer']),
    ("Det er slut.«»Nu begynder vi.«", "da", ["Det er slut.«", "»Nu begynder vi.«"]),
    ("Het is klaar.”„Nu niet.”", "nl", ["Het is klaar.”", "„Nu niet.”"]),
    # near-misses: one mark, and two marks before a space
    ('Hij zei: "Het is klaar." Daarna ging hij.', "nl", ['Hij zei: "Het is klaar."', "Daarna ging hij."]),
    ("Hij las ''Het Boek.'' Daarna sliep hij.", "nl", ["Hij las ''Het Boek.''", "Daarna sliep hij."]),
])
def test_sentence_ends_of_real_news(text: str, language: str, expected: list[str]) -> None:
    assert split_sentences(text, language) == expected


def _texts() -> list[tuple[str, str]]:
    from pathlib import Path

    pages = load_corpus(Path(__file__).resolve().parent / "realpages", quiet=True)
    corpus = load_corpus(quiet=True)
    return [(text, language) for table in (corpus, pages)
            for column in ("text", "raw_text")
            for text, language in zip(table[column], table["language"], strict=True)]


def _forget(sentences_module) -> None:  # a new process: nothing remembered, no file read
    sentences_module._REMEMBERED.clear()
    sentences_module._ON_DISK.clear()
    sentences_module._disk_state.clear()
    sentences_module._disk_state.update(path=None, changed=False, at_exit=True)


def test_remembered_sentences_are_those_split_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    # split_sentences remembers each (language, text) it split; the plain path is _split
    from framelab import sentences

    monkeypatch.delenv("FRAMELAB_CACHE", raising=False)
    texts = _texts()
    first = [split_sentences(text, language) for text, language in texts]
    first[0].append("changed by a student")  # a new list each time
    again = [split_sentences(text, language) for text, language in texts]
    assert again == [sentences._split(text, language) for text, language in texts]
    assert first[1:] == again[1:] and again[0][-1:] != ["changed by a student"]
    monkeypatch.setattr(sentences, "REMEMBER_CHARACTERS", 5_000)  # forgotten now and then
    _forget(sentences)
    assert [split_sentences(text, language) for text, language in texts * 2] == again * 2
    assert sum(map(len, sentences._REMEMBERED)) > 0


def test_sentences_split_in_one_kernel_are_read_by_the_next(tmp_path, monkeypatch) -> None:
    # run-course's kernels keep what they split in its cache folder (framelab.cache): the next
    # kernel reads the same sentences back, and splits a text that is not there
    from framelab import sentences

    monkeypatch.setenv("FRAMELAB_CACHE", str(tmp_path))
    texts = _texts()
    _forget(sentences)
    plain = [sentences._split(text, language) for text, language in texts]
    assert [split_sentences(text, language) for text, language in texts[1:]] == plain[1:]
    sentences.save_sentences()
    (written,) = tmp_path.glob("sentences-*.pickle")
    _forget(sentences)
    monkeypatch.setattr(sentences, "_split", lambda text, language: ["split afresh"])
    assert [split_sentences(text, language) for text, language in texts[1:]] == plain[1:]
    assert split_sentences(texts[0][0], texts[0][1]) == ["split afresh"]
    assert split_sentences(texts[1][0], "da" if texts[1][1] == "nl" else "nl") == ["split afresh"]
    monkeypatch.setenv("FRAMELAB_CACHE", str(tmp_path / "gone"))  # a folder run-course deleted
    split_sentences("Een tekst. Nog een.", "nl")
    sentences.save_sentences()
    assert not (tmp_path / "gone").exists()
    _forget(sentences)
