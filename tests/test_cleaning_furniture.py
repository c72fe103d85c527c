"""More kinds of page furniture on Dutch and Danish news pages, by general rules (issue 11).

Each kind has lines that go and, beside them, article lines of nearly the same shape that must
stay (when in doubt a line is kept and the log says why). Every line is made up, in the manner
of Dutch and Danish news pages; none is a page's words.
"""

from __future__ import annotations

import pytest
from made_up_pages import DA as _DA
from made_up_pages import DA2 as _DA2
from made_up_pages import DA_LONG as _DA_LONG
from made_up_pages import NL as _NL
from made_up_pages import NL2 as _NL2
from made_up_pages import NL_LONG as _NL_LONG
from made_up_pages import lines as _lines
from made_up_pages import rule_of as _rule_of

from framelab import clean_text


@pytest.mark.parametrize("language, intro, items", [
    ("nl", "De app kent drie soorten berichten:",
     ["Uitslagen van het onderzoek naar de zorg", "Columns", "Grafieken"]),
    ("da", "Sitet har tre slags artikler:", ["Resultater af de nye målinger", "Klummer", "Grafer"]),
])
def test_a_one_word_item_of_a_list_below_a_colon_is_no_label(language: str, intro: str,
                                                             items: list[str]) -> None:
    """A single word near the top is a section label, unless it is an item of a list that a line
    ending with a colon announces, with only short lines between: then it stays, with why."""
    body, body2 = (_NL, _NL2) if language == "nl" else (_DA, _DA2)
    page = ["Nieuwe app" if language == "nl" else "Ny app", body, intro, *items, body2]
    cleaned = clean_text("\n".join(page), language=language)
    assert _lines(cleaned) == page
    why = cleaned.kept.set_index("removed").loc[items[1], "reason"]
    assert "colon" in why and "list" in why
    # the same word as a label above the headline still goes
    label = clean_text("\n".join([items[1], page[0], body, body2]), language=language)
    assert _rule_of(label, items[1]) == f"label-line-{language}"
    # and after a paragraph the list has ended: a label above a block of other stories goes
    after = clean_text("\n".join([page[0], body, intro, items[0], body2, items[1],
                                  "1. En helt anden historie om noget andet"]), language=language)
    assert items[1] not in _lines(after)


_LABELLED_TEASERS = {
    "da": ["Aalborg", "Borgmester går af efter lang strid i byrådet", "Sport",
           "AGF vinder igen: - Vi var de bedste", "Lokal nyt", "50.000 nye træer plantes i skoven"],
    "nl": ["Utrecht", "Wethouder stapt op na ruzie in de raad", "Sport",
           "Ajax wint weer: ‘We waren beter’", "Regio", "Nieuwe brug over de IJssel open"],
}


@pytest.mark.parametrize("language", ["da", "nl"])
def test_a_block_of_teasers_each_under_its_topic_label_goes_as_one_run(language: str) -> None:
    """A site prints a topic label of one or two words above each teaser ("Aalborg", then its
    headline): the labels are lines of the run, not breaks in it."""
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    block = _LABELLED_TEASERS[language]
    cleaned = clean_text("\n".join(["Overskrift", body, body2, *block]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, body2]
    assert {_rule_of(cleaned, line) for line in block} == {"teaser-run"}


_MORE = {
    "da": ["Skolerne i kommunen mangler lærere, og flere klasser har ingen fast lærer i dansk.",
           "Oppositionen kalder planen urealistisk og vil have et nyt forslag inden jul.",
           "Ifølge forvaltningen koster de nye lærere omkring tyve millioner kroner om året.",
           "Der er møde i byrådet igen den første tirsdag i næste måned, oplyser kommunen."],
    "nl": ["De scholen in de gemeente hebben te weinig leraren, en veel klassen missen er een.",
           "De oppositie noemt het plan onhaalbaar en wil voor de kerst een nieuw voorstel.",
           "Volgens de ambtenaren kosten de nieuwe leraren zo'n twintig miljoen euro per jaar.",
           "De raad vergadert de eerste dinsdag van volgende maand weer, meldt de gemeente."],
}


@pytest.mark.parametrize("language", ["da", "nl"])
def test_sub_headings_of_one_word_between_paragraphs_are_no_run(language: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    more = _MORE[language]
    # each label or headline-like line followed by a paragraph: the article's sub-headings
    page = ["Overskrift", body, "Baggrund" if language == "da" else "Achtergrond", body2,
            "Kritik", more[0], "Økonomien" if language == "da" else "Economie", more[1]]
    assert _lines(clean_text("\n".join(page), language=language)) == page
    # two labels and a headline between paragraphs, below the top: three lines, no run
    three = ["Overskrift", body, body2, *more, "Sport", "Aalborg",
             "Borgmester går af efter lang strid", _DA_LONG if language == "da" else _NL_LONG]
    assert _lines(clean_text("\n".join(three), language=language)) == three


@pytest.mark.parametrize("language, letters, signatures", [
    ("nl", ["Geen plek in de garage", _NL, "Anna de Vries, Utrecht", "Waarom nu weer een brug?",
            _NL2, "Piet van der Berg, 's-Hertogenbosch"],
     ["Anna de Vries, Utrecht", "Piet van der Berg, 's-Hertogenbosch"]),
    ("da", ["Lov skal være lov", _DA, "Hans P. Jensen, Nykøbing F.", "Hvorfor en ny bro?", _DA2,
            "Karen Holm Madsen", "Næstformand Venstre i Aalborg."],
     ["Hans P. Jensen, Nykøbing F.", "Karen Holm Madsen", "Næstformand Venstre i Aalborg."]),
])
def test_the_signatures_under_readers_letters_go(language: str, letters: list[str],
                                                 signatures: list[str]) -> None:
    cleaned = clean_text("\n".join(letters), language=language)
    assert _lines(cleaned) == [line for line in letters if line not in signatures]
    assert {_rule_of(cleaned, line) for line in signatures} <= {
        "letter-signature", "signature-name", "signature-role", f"name-line-{language}"}


@pytest.mark.parametrize("language, page, line", [
    # a name and a town as a sub-heading that the next paragraph is about: kept, with why
    ("nl", ["Twee steden", _NL, "Anna de Vries, Utrecht",
            "In Utrecht woont Anna de Vries al dertig jaar aan de gracht, en ze blijft er.", _NL2],
     "Anna de Vries, Utrecht"),
    ("da", ["Ny plan", _DA, _DA_LONG, "Karen Holm Madsen",
            "Karen Holm Madsen har boet ved havnen i tredive år og vil ikke flytte."],
     "Karen Holm Madsen"),
])
def test_a_name_that_the_next_paragraph_is_about_stays(language: str, page: list[str],
                                                       line: str) -> None:
    cleaned = clean_text("\n".join(page), language=language)
    assert _lines(cleaned) == page
    assert "sub-heading" in cleaned.kept.set_index("removed").loc[line, "reason"]


@pytest.mark.parametrize("language, line", [
    ("nl", "Anna de Vries, Utrecht, schrijft dat de brug er nooit komt."),  # a sentence
    ("nl", "Mark Rutte, premier"),  # a role in small letters, no town: not a signature
    ("da", "Det siger Karen Holm Madsen, Aalborg."),
    ("da", "Lov skal være lov."),
])
def test_sentences_near_a_signature_stay(language: str, line: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    page = ["Overskrift", body, body2, line]
    cleaned = clean_text("\n".join(page), language=language)
    assert line in _lines(cleaned)


@pytest.mark.parametrize("language, line, rule", [
    # where each person stands in the picture
    ("da", "Mette Holm (tv) er formand for foreningen. Og Jens Berg (th) er næstformand.",
     "caption-position"),
    ("da", "Borgmester Lars Krogh (t.v.) og rådmand Ida Bech ved havnen i går.", "caption-position"),
    ("nl", "Wethouder Jan de Boer (links) en burgemeester Els Smit (rechts) bij de opening.",
     "caption-position"),
    # a caption that ends with a copyright sign and the owner in brackets, in small letters
    ("da", "Karen Lund er 22 år og lige begyndt på tømreruddannelsen i Næstved. (© tv2)",
     "caption-copyright"),
    # a credit with a photographer's initial ("Ole K. Berg")
    ("da", "Ingen fra sygehuset ville stille op til interview om sagen. Foto: Ole K. Berg",
     "photo-caption"),
    ("nl", "De burgemeester wilde niet reageren op de kritiek. Foto: Anna J. de Wit",
     "photo-caption"),
])
def test_captions_of_these_kinds_go(language: str, line: str, rule: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text("\n".join(["Overskrift", body, line, body2]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, body2]
    assert _rule_of(cleaned, line) == rule


@pytest.mark.parametrize("language, line", [
    ("da", "Forslaget får støtte fra Venstre (V) og De Radikale (R), siger borgmesteren."),
    ("da", "- Jeg sidder til venstre (th) for ham, siger Mette Holm."),  # a quotation
    ("nl", "De PVV stemde tegen en GroenLinks (links) stemde voor, zei de voorzitter."),
    ("nl", "Dat de foto klopt, bleek later uit onderzoek. Foto's van de brand volgden pas later."),
    ("da", "Hun kalder det © og varemærker for en jungle, og vil have reglerne ændret i år."),
])
def test_article_lines_near_these_captions_stay(language: str, line: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text("\n".join(["Overskrift", body, line, body2]), language=language)
    assert line in _lines(cleaned)


@pytest.mark.parametrize("language, line", [
    ("da", "Læs mere i morgendagens avis."),
    ("da", "Læs hele historien i Søndagsavisen på lørdag"),
    ("nl", "Lees het hele verhaal in de zaterdagkrant."),
    ("nl", "Lees meer in het volgende nummer van ons magazine"),
])
def test_a_pointer_to_the_printed_paper_goes(language: str, line: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text("\n".join(["Overskrift", body, body2, line]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, body2]
    assert _rule_of(cleaned, line) == "print-edition-link"


@pytest.mark.parametrize("language, line", [
    ("da", "Læs mere i avisen, siger chefredaktøren, der vil have flere abonnenter."),
    ("da", "- Læs mere i avisen om sagen, sagde hun."),
    ("nl", "Lees meer in de krant dan op je telefoon. Dat is het advies van de onderzoekers."),
])
def test_sentences_about_reading_the_paper_stay(language: str, line: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text("\n".join(["Overskrift", body, line, body2]), language=language)
    assert line in _lines(cleaned)


@pytest.mark.parametrize("language, source", [("da", "(Jyllands-Posten)"), ("nl", "(De Telegraaf)")])
def test_a_source_printed_under_each_quotation_stays(language: str, source: str) -> None:
    """A column of the week's quotations names the source under each: a short line printed
    again between paragraphs on purpose, not a headline printed twice."""
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    long = _DA_LONG if language == "da" else _NL_LONG
    page = ["Sagt i ugen" if language == "da" else "Gezegd", body, source, body2, source, long]
    cleaned = clean_text("\n".join(page), language=language)
    assert _lines(cleaned) == page
    assert "on purpose" in cleaned.kept.set_index("line").loc[5, "reason"]
    # a headline printed again still goes, and so does a label repeated between teasers
    headline = "Borgmesteren går af efter lang strid om havnen"
    again = clean_text("\n".join([headline, body, headline, body2]), language=language)
    assert _lines(again) == [headline, body, body2]
    assert _rule_of(again, headline) == "repeated-paragraph"


_OTHER_STORY = {
    "da": ["Nyheder", "1. Kritik af ny plan for havnen i Aalborg",
           "Byrådets plan for havnen møder nu kritik fra flere foreninger i byen, som kalder den "
           "dyr og dårligt forberedt.",
           "- Det er ikke sådan, man gør det, siger formanden for grundejerforeningen."],
    "nl": ["Meest gelezen", "1. Kritiek op nieuw plan voor de haven van Rotterdam",
           "Het plan van de gemeenteraad voor de haven krijgt kritiek van verenigingen in de stad, "
           "die het duur en slecht voorbereid noemen.",
           "‘Zo doe je dat niet’, zegt de voorzitter van de bewonersvereniging."],
}


@pytest.mark.parametrize("language", ["da", "nl"])
def test_another_story_printed_after_the_article_goes(language: str) -> None:
    """Below the article, under a label, a numbered headline and its text: another story."""
    article = ["Ny plan for skolerne", *_MORE[language][:3], (_DA if language == "da" else _NL)]
    cleaned = clean_text("\n".join(article + _OTHER_STORY[language]), language=language)
    assert _lines(cleaned) == article
    assert {_rule_of(cleaned, line) for line in _OTHER_STORY[language][1:]} == {"story-after"}


@pytest.mark.parametrize("language", ["da", "nl"])
def test_a_numbered_list_of_the_article_stays(language: str) -> None:
    other = _OTHER_STORY[language]
    article = ["Overskrift", *_MORE[language][:3]]
    # a list of the article numbered 1., 2.: kept, with why
    listed = article + other[:3] + ["2. Ny plan for skolerne" if language == "da"
                                    else "2. Nieuw plan voor de scholen", other[3]]
    cleaned = clean_text("\n".join(listed), language=language)
    assert other[1] in _lines(cleaned) and other[2] in _lines(cleaned)
    assert "numbered list" in cleaned.kept.set_index("removed").loc[other[1], "reason"]
    # near the top, before the article's paragraphs, a numbered line is no other story
    early = ["Overskrift", other[0], other[1], *_MORE[language][:3]]
    assert other[1] in _lines(clean_text("\n".join(early), language=language))
    # and without a label above it, a numbered sub-heading stays
    plain = article + other[1:]
    assert _lines(clean_text("\n".join(plain), language=language)) == plain


def test_a_rest_rule_needs_the_rules_above_it() -> None:
    import pandas as pd

    from framelab import ArgumentError
    rule = pd.DataFrame([{"rule": "my-rest", "action": "remove_rest", "language": "*",
                          "where": "anywhere", "pattern": r"1\. .*", "field": "",
                          "reason": "Mine."}])
    with pytest.raises(ArgumentError, match="remove_rest"):
        clean_text("Tekst.", rules=rule)


@pytest.mark.parametrize("language, listing, tip", [
    ("da", ["20.00 Håndbold: Aalborg-GOG TV 2 Sport", "20.30 Fodbold: AGF-OB Kanal 5",
            "21.00 Tennis: Finalen Eurosport 1", "22.15 Golf: Masters TV3 Max"],
     "Ved finalen i aften er der to kampe på programmet, og TV 2 Sport er med fra kl. 19.55."),
    ("nl", ["20.00 Voetbal: Ajax-PSV ESPN 1", "20.30 Tennis: De finale Ziggo Sport",
            "21.00 Wielrennen: De Ronde NPO 1", "22.15 Golf: Masters Viaplay"],
     "In de finale staan vanavond twee wedstrijden op het programma, Ziggo Sport begint om 19.55."),
])
def test_the_tip_under_a_tv_listing_goes_with_it(language: str, listing: list[str], tip: str
                                                 ) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    long = _DA_LONG if language == "da" else _NL_LONG
    cleaned = clean_text("\n".join(["Overskrift", body, *listing, tip, long]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, long]
    assert _rule_of(cleaned, tip) == "listing-tip"
    # the same sentence in the article, with no listing next to it, stays
    alone = clean_text("\n".join(["Overskrift", body, tip, body2]), language=language)
    assert tip in _lines(alone)


@pytest.mark.parametrize("language, box, paragraph", [
    ("nl", "“Ik doe overal aan mee, als het even kan.”",
     "“Sinds vorig jaar doe ik overal aan mee, als het even kan. Mijn vrouw lacht erom.”"),
    ("da", "»Jeg svarer på alle spørgsmål, når jeg kan.«",
     "»Siden sidste år svarer jeg på alle spørgsmål, når jeg kan. Min kone griner af det.«"),
])
def test_a_pull_quote_beside_the_paragraph_it_shortens_goes(language: str, box: str,
                                                            paragraph: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    page = ["Overskrift", body, "Jan Smit (80) is lid sinds 2014", box, paragraph, body2]
    cleaned = clean_text("\n".join(page), language=language)
    assert box not in _lines(cleaned) and paragraph in _lines(cleaned)
    assert _rule_of(cleaned, box) == f"pull-quote-copy-{language}"
    # where the lines next to it do not hold its words, it is the only copy: kept, with why
    alone = clean_text("\n".join(["Overskrift", body, box, body2]), language=language)
    assert box in _lines(alone)
    assert "only copy" in alone.kept.set_index("removed").loc[box, "reason"]
    # a headline in quotation marks that the lead repeats stays: it may be the headline
    top = clean_text("\n".join([box, paragraph, body]), language=language)
    assert box in _lines(top)
    # a quoted line without a sentence end (the heading of a live blog's entry) is no box
    heading = box.replace(".", "").replace(",", "")
    assert heading in _lines(clean_text("\n".join(["Overskrift", body, heading, paragraph]),
                                        language=language))


@pytest.mark.parametrize("language, byline", [("nl", "K Jansen"), ("nl", "P Van den Bossche"),
                                              ("da", "M Holm Madsen")])
def test_a_byline_with_an_initial_without_its_stop_goes(language: str, byline: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text("\n".join(["Ny plan for de scholen", body, byline, "Sport", body2]),
                         language=language)
    assert byline not in _lines(cleaned)
    assert _rule_of(cleaned, byline) == f"name-line-{language}"


@pytest.mark.parametrize("language, line", [
    ("da", "I Aalborg"),  # "in Aalborg": a place, not an initial
    ("nl", "U Vraagt"),
])
def test_a_capital_word_is_no_initial(language: str, line: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text("\n".join(["Ny plan for de scholen", body, line, body2]),
                         language=language)
    assert not cleaned.removed["rule"].str.startswith("name-line").any()


@pytest.mark.parametrize("language, block", [
    ("nl", ["UIT! in Utrecht", "Meer nieuws uit stad en regio", "Vastgoed", "Jobs in de regio"]),
    ("da", ["Mest læste", "Brand på havnen: Se billederne!", "50.000 træer plantes i skoven",
            "Sport"]),
])
def test_a_teaser_list_goes_across_a_shout_and_a_number(language: str, block: list[str]) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    long = _DA_LONG if language == "da" else _NL_LONG
    cleaned = clean_text("\n".join(["Overskrift", body, long, *block]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, long]


@pytest.mark.parametrize("language, line", [
    ("nl", "Jaargang 3; Deel 5; mei 1893 nr. 5 Jaargang 10: Deel 20; maart 1900 Nr. 3"),
    ("da", "Årgang 4, nr. 2, marts 1951 Årgang 9, nr. 11, november 1956"),
])
def test_an_archive_list_of_issues_goes(language: str, line: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text("\n".join(["Het archief", line, body, body2]), language=language)
    assert _lines(cleaned) == ["Het archief", body, body2]
    assert _rule_of(cleaned, line) == "issue-list"


@pytest.mark.parametrize("language, line", [
    ("nl", "In nr. 10 van jaargang 19, mei 1909, stond het eerste gedicht van haar hand."),
    ("da", "Bind 2 udkom i marts 1951."),
])
def test_a_sentence_about_an_issue_stays(language: str, line: str) -> None:
    body = _DA if language == "da" else _NL
    assert line in _lines(clean_text("\n".join(["Het archief", body, line]), language=language))


@pytest.mark.parametrize("language, items", [
    ("da", ["Venstre", "Socialdemokratiet", "Moderaterne", "Dansk Folkeparti", "Enhedslisten"]),
    ("nl", ["Utrecht", "Amersfoort", "Zeist", "Nieuwegein", "Houten"]),
])
def test_a_list_of_labels_alone_is_no_teaser_block(language: str, items: list[str]) -> None:
    """Five names of parties or towns in a row, after a sentence without a colon: no headline
    among them, so no block of teasers; they stay."""
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    page = ["Overskrift", body, *_MORE[language], body2, *items,
            _DA_LONG if language == "da" else _NL_LONG]
    assert _lines(clean_text("\n".join(page), language=language)) == page


@pytest.mark.parametrize("language, letters, heading", [
    ("nl", ["Brieven", _NL, "Anna de Vries, Utrecht", "Parkeren in Amsterdam", _NL2],
     "Parkeren in Amsterdam"),
    ("da", ["Debat", _DA, "Hans P. Jensen, Nykøbing F.", "Trafik i Aalborg", _DA2],
     "Trafik i Aalborg"),
])
def test_the_heading_of_the_next_letter_stays(language: str, letters: list[str], heading: str
                                              ) -> None:
    """Below a signature, capitalised words and small joining words are the writer's role only
    when they start with a role ("Næstformand …", "Lid van …"): the next letter's heading stays."""
    cleaned = clean_text("\n".join(letters), language=language)
    assert heading in _lines(cleaned)
    role = "Lid van de gemeenteraad (D66)" if language == "nl" else "Byrådsmedlem for SF"
    with_role = clean_text("\n".join([*letters[:3], role, *letters[3:]]), language=language)
    assert role not in _lines(with_role) and heading in _lines(with_role)


@pytest.mark.parametrize("language, line", [
    ("da", "Læs op"), ("da", "Relaterede artikler"), ("da", "Tilmeld dig nyhedsbrevet"),
    ("da", "Kilder: DR, Ritzau"), ("da", "Se galleri"), ("da", "Læs artiklen på engelsk"),
    ("da", "Følg os på Instagram"), ("da", "Delt 12 gange"),
    ("da", "Redigeret af Mette Holm"), ("da", "Følg udviklingen i vores liveblog"),
    ("nl", "Gerelateerde artikelen"), ("nl", "Delen"), ("nl", "Tags"), ("nl", "Sluiten"),
    ("nl", "Afspelen"), ("nl", "Aanbevolen"), ("nl", "Aangeboden door"), ("nl", "De redactie"),
    ("nl", "Bewerkt door Jan Smit"), ("nl", "Volg het laatste nieuws in onze liveblog"),
    ("nl", "Read in English"), ("nl", "Bronnen: ANP, Reuters"),
])
def test_more_buttons_and_labels_of_the_page_go(language: str, line: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    long = _DA_LONG if language == "da" else _NL_LONG
    for page in (["Overskrift", line, body, body2, long], ["Overskrift", body, long, line],
                 ["Overskrift", body, line, long]):
        cleaned = clean_text("\n".join(page), language=language)
        assert _lines(cleaned) == [kept for kept in page if kept != line], page


@pytest.mark.parametrize("language, line", [
    ("da", "Læs op på reglerne, før du søger, siger kommunen."),
    ("da", "Hun vil følge med i sagen og tilmelder sig nyhedsbrevet, fortæller hun."),
    ("nl", "De redactie besloot het artikel niet te publiceren, zei de hoofdredacteur."),
    ("nl", "Het gesprek werd aangeboden door de gemeente, die de kosten betaalt."),
    ("nl", "Volg het nieuws niet te veel, is het advies van de psycholoog."),
])
def test_sentences_that_start_like_these_buttons_stay(language: str, line: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    assert line in _lines(clean_text("\n".join(["Overskrift", body, line, body2]),
                                     language=language))


@pytest.mark.parametrize("language, line, rule", [
    ("da", "Læserbrev", "genre-label"), ("da", "Kronik:", "genre-label"),
    ("nl", "Ingezonden brief", "genre-label"), ("nl", "Column", "genre-label"),
    ("da", "Indlægget udtrykker skribentens egen holdning.", "editorial-notice"),
    ("da", "Journalist, Dagbladet", "role-line"),
    ("da", "Kopier link til artiklen", "page-control"), ("nl", "Kopieer de link", "page-control"),
    ("da", "Kun 1 kr. den første måned", "paywall-price"),
    ("da", "Se alle nyheder", "teaser-heading-more"), ("nl", "Laatste nieuws", "teaser-heading-more"),
    ("nl", "Meer van deze auteur", "teaser-heading-more"),
    ("nl", "Eerste maand gratis", "page-button"), ("nl", "Volledige artikel lezen?", "page-button"),
    ("nl", "Voorlezen", "page-button"), ("da", "Hør mere", "page-button"),
    ("nl", "Word lid", "page-button"),
])
def test_rubrics_and_offers_of_the_page_go(language: str, line: str, rule: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text("\n".join(["Overskrift", body, line, body2]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, body2]
    assert _rule_of(cleaned, line) == rule


@pytest.mark.parametrize("language, line", [
    ("da", "Kronik: Vi skal have flere lærere i folkeskolen"),  # a headline after the rubric
    ("da", "Lederen af foreningen vil ikke udtale sig, oplyser kommunen."),
    ("da", "Baggrund"),  # a fact box's heading or a sub-heading: the article's own
    ("nl", "Luister naar elkaar, zei de burgemeester tegen de raad."),
    ("nl", "Achtergrond"),
    ("nl", "De column van gisteren leidde tot veel reacties, zegt de hoofdredacteur."),
    ("nl", "Word lid van de vereniging, was zijn advies aan de jongeren."),
])
def test_lines_near_rubrics_and_offers_stay(language: str, line: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    assert line in _lines(clean_text("\n".join(["Overskrift", body, line, body2]),
                                     language=language))


# --- Session 7: kinds seen on the third check set, written for any Dutch or Danish page -------

@pytest.mark.parametrize("language, line, rule", [
    # a slash between names is a photo credit
    ("da", "Mette Holm/Ritzau Scanpix", "credit-line"),
    ("nl", "Anne de Wit / Hollandse Hoogte", "credit-line"),
    # the story is for subscribers
    ("da", "FOR ABONNENTER", "access-label"), ("da", "Kun for abonnenter", "paywall-offer"),
    ("da", "Eksklusivt for abonnenter", "access-label"),
    ("nl", "Alleen voor abonnees", None), ("nl", "Premium", None),
    ("nl", "Exclusief voor abonnees", "access-label"), ("nl", "Abonnee-artikel", "access-label"),
    # a form to send the story on
    ("da", "Send til en ven", None), ("da", "Send artiklen til din ven", "share-form"),
    ("da", "Send artiklen til en ven. Modtagerens e-mail * : Dit navn * :", "share-form"),
    ("nl", "Stuur dit artikel naar een vriend", "share-form"),
    ("nl", "Jouw naam * : Jouw e-mailadres * : Bericht:", "form-fields"),
    ("da", "Navn * : E-mail * : Kommentar:", "form-fields"),
    # a dateline with the place, the time, the byline and a contact link
    ("da", "Ringsted - 4. juni 2022", "place-dateline"),
    ("da", "Slagelse - 12. januar 2023 kl. 09:41 Af Jens P. Holm Kontakt redaktionen",
     "place-dateline"),
    ("da", "Køge, fredag 3. marts 2023", "place-dateline"),
    ("nl", "Utrecht, 12 mei 2023", "place-dateline"),
    ("nl", "DEN HAAG - 3 februari 2022, 14:05 uur", "place-dateline"),
    ("nl", "Zwolle | 7-11-2022 | Door Anne de Wit", None),
    ("nl", "Zwolle - 7-11-2022, 10:15 Door Anne de Wit", "place-dateline"),
    # a teaser of a paid story
    ("nl", "Zo kies je een goede school Ouders twijfelen vaak. Wat telt echt? (+)", "paid-teaser"),
    ("da", "Sådan vælger du den rigtige skole (Plus)", "paid-teaser"),
    # an invitation to the site's contest
    ("da", "• Konkurrence: Gæt årets ord og vind et gavekort", "contest-promo"),
    ("da", "Deltag i quizzen og vind to biletter", "contest-promo"),
    ("nl", "Winactie: maak kans op twee kaartjes voor het concert", "contest-promo"),
    ("nl", "Doe mee en win een weekendje weg", "contest-promo"),
])
def test_more_kinds_of_furniture_go(language: str, line: str, rule: str | None) -> None:
    """Each kind of line goes, wherever it stands between the paragraphs of the article (None:
    an older rule takes it already)."""
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text("\n".join(["Overskrift", body, line, body2]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, body2]
    assert rule is None or _rule_of(cleaned, line) == rule


@pytest.mark.parametrize("language, line", [
    # a slash in a headline or a sentence: no credit
    ("nl", "Zo veel-/nietszeggend is de peiling"),
    ("da", "Hvorfor er el-/gasprisen så høj"),
    ("nl", "Koop/huur: wat is voordeliger"),
    # subscribers in a sentence
    ("da", "Tilbuddet gælder kun for abonnenter, oplyser avisen."),
    ("nl", "Het nieuwe aanbod is alleen voor abonnees van de krant, zegt de uitgever."),
    ("da", "Plus er et nyt parti i byrådet."),
    # sending and forms in a sentence
    ("da", "Send en sms til din ven, hvis du bliver forsinket, lyder rådet fra politiet."),
    ("nl", "Hij stuurde het artikel naar een vriend, zegt hij, en die belde meteen de politie."),
    ("nl", "Velden met een * zijn niet verplicht, maar de gemeente vraagt om een adres."),
    # a dateline glued to the lead (its place in capitals: test_the_place_before_the_first_...),
    # a date in a sentence
    ("da", "Ringsted - 4. juni 2022 blev en mand anholdt på stationen."),
    ("nl", "Op 12 mei 2023 stapte de wethouder op."),
    ("da", "Mødet i Køge, fredag 3. marts 2023, endte uden aftale."),
    # a plus sign in brackets that is no paid mark
    ("nl", "De score ging van 3 naar 5 (+2)."),
    ("da", "Partiet står til 12 procent (+1,5)."),
    # winning in a sentence
    ("da", "Konkurrencen blev vundet af en skole fra Aalborg, oplyser kommunen."),
    ("da", "Vind og vejr bestemmer, om færgen sejler, og vinden er hård i dag."),
    ("nl", "Win-win, noemt de wethouder het plan: de school en de buurt winnen erbij."),
    ("nl", "„Doe mee en win”, stond er op de flyer, zegt de agent."),
    ("da", "- Deltag og vind, lød det fra scenen, fortæller hun."),
])
def test_lines_that_look_like_those_kinds_stay(language: str, line: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    assert line in _lines(clean_text("\n".join(["Overskrift", body, line, body2]),
                                     language=language))


@pytest.mark.parametrize("language, names", [
    ("nl", "Anne de Wit en Jan van den Berg"), ("nl", "Sara Jansen, Tom Peeters en Lies Smit"),
    ("da", "Mette Holm og Jens Peter Berg"), ("da", "Anne Sørensen & Ole Bak"),
])
def test_the_names_of_two_writers_under_the_lead_go(language: str, names: str) -> None:
    """A byline of two or more writers, joined by 'en'/'og', near the top: the names go."""
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text("\n".join(["Overskrift", body, names, body2]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, body2]
    assert _rule_of(cleaned, names) == "names-line"
    # at the top, with the lead below it, the line may be the headline: kept, with why
    top = clean_text("\n".join([names, body, body2]), language=language)
    assert names in _lines(top) and not top.kept.empty
    # between two paragraphs that name them, it may be a sub-heading: kept
    last = names.split()[-1]
    named = f"{body2[:-1]}, og {last} er enige." if language == "da" else \
        f"{body2[:-1]}, en {last} is het daarmee eens."
    between = clean_text("\n".join(["Overskrift", body, named, body2, named, names, named]),
                         language=language)
    assert names in _lines(between)


@pytest.mark.parametrize("language, initials", [("nl", "(jvh)"), ("nl", "(mvdb/belga)"),
                                                ("da", "(mhj)")])
def test_the_writers_initials_at_the_end_go_to_the_metadata(language: str, initials: str) -> None:
    long = _DA_LONG if language == "da" else _NL_LONG
    body = _DA if language == "da" else _NL
    cleaned = clean_text("\n".join(["Overskrift", body, long, initials]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, long]
    assert _rule_of(cleaned, initials) == "initials-signoff"
    assert cleaned.metadata["byline"] == initials.strip("()")


@pytest.mark.parametrize("language, source", [("da", "(DR)"), ("nl", "(AD)"), ("nl", "(RR)")])
def test_a_source_in_capitals_under_the_last_quotation_stays(language: str, source: str) -> None:
    """Capitals in brackets under the last paragraph may be the source of a quotation (a page
    of the week's quotations, each with its medium): when in doubt, kept."""
    long = _DA_LONG if language == "da" else _NL_LONG
    body = _DA if language == "da" else _NL
    page = ["Overskrift", body, long, source]
    assert _lines(clean_text("\n".join(page), language=language)) == page


@pytest.mark.parametrize("language, line, rule", [
    ("da", "Læs flere artikler om Aalborg", "more-stories-link"),
    ("da", "Se flere billeder", "more-stories-link"), ("da", "Forrige historie", "more-stories-link"),
    ("nl", "Alle artikelen over de verkiezingen", "more-stories-link"),
    ("nl", "Bekijk meer foto's", "more-stories-link"), ("nl", "Volgend artikel", "more-stories-link"),
    ("da", "Denne artikel er gratis", "free-label"), ("nl", "Gratis artikel", "free-label"),
    ("nl", "Dit artikel is gratis te lezen", "free-label"),
    ("da", "Kort: OpenStreetMap", "media-credit"), ("nl", "Kaart: Google Maps", "media-credit"),
    ("da", "Lyd: DR", "media-credit"),
    ("da", "Privatfoto", "photo-kind"), ("nl", "(Eigen foto)", "photo-kind"),
    ("nl", "Sfeerbeeld", "photo-kind"),
    ("da", "Tlf. 12 34 56 78", "phone-line"), ("nl", "Tel. 010 - 123 45 67", "phone-line"),
    ("da", "Artiklen blev opdateret kl. 14.20", "update-note"),
    ("nl", "Het bericht werd later bijgewerkt om 10.15 uur", "update-note"),
    ("nl", "Bewaren", "page-control-more"), ("da", "Vis færre", "page-control-more"),
    ("da", "Oplæst af en maskinstemme", "page-control-more"),
    ("nl", "Voorgelezen door een computerstem", "page-control-more"),
    ("nl", "Geschreven door Anne de Wit", "byline-any"), ("da", "Skrevet af Mette Holm", "byline-any"),
    ("da", "Log ind for at læse videre", "login-line"), ("nl", "Maak een account", "login-line"),
    ("nl", "Trefwoorden: zorg, ziekenhuis", "site-furniture"),
    ("nl", "Jan Smit, verslaggever", "name-role-nl"),
])
def test_navigation_labels_and_credits_of_the_site_go(language: str, line: str, rule: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text("\n".join(["Overskrift", body, line, body2]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, body2]
    assert _rule_of(cleaned, line) == rule


@pytest.mark.parametrize("language, line", [
    ("da", "Alle artikler om valget skal læses kritisk, siger hun."),
    ("da", "Flere billeder viser, at bilen kørte over for rødt."),
    ("nl", "Meer foto's van de brand zijn bij de politie binnengekomen."),
    ("nl", "Het volgende artikel van de wet gaat over de zorg."),
    ("da", "Gratis parkering i hele byen er et krav fra handelsstandsforeningen."),
    ("nl", "Het openbaar vervoer is gratis voor alle scholieren, zegt de wethouder."),
    ("da", "Kort sagt: Det går ikke."), ("nl", "Kaart en kompas zijn niet meer nodig."),
    ("da", "Privatfotoet blev delt på Facebook, oplyser politiet."),
    ("da", "Telefonen ringede 12 gange den aften, fortæller hun."),
    ("nl", "Artikel 12 van de wet is aangepast na klachten van de gemeenten."),
    ("da", "Brevet blev oplæst af borgmesteren."),
    ("nl", "Bewaren is beter dan weggooien, zegt de ambtenaar."),
])
def test_sentences_like_navigation_labels_and_credits_stay(language: str, line: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    assert line in _lines(clean_text("\n".join(["Overskrift", body, line, body2]),
                                     language=language))


@pytest.mark.parametrize("language, caption", [
    ("da", "Borgmesteren på vej ind til mødet i byrådet, hvor budgettet skal vedtages. Arkivfoto."),
    ("nl", "De burgemeester op weg naar de raadsvergadering over de begroting. (Archieffoto)."),
])
def test_a_caption_that_ends_with_the_credit_word_and_a_stop_goes(language: str, caption: str
                                                                  ) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text("\n".join(["Overskrift", body, caption, body2]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, body2]
    assert _rule_of(cleaned, caption) == "caption-archive-credit"
    # near-miss: a sentence after the word is the article's ("Arkivfoto er ...")
    sentence = caption.replace("Arkivfoto.", "Arkivfoto er vigtigt for os, siger hun.").replace(
        "(Archieffoto).", "Archieffoto is belangrijk voor ons, zegt ze.")
    assert sentence in _lines(clean_text("\n".join(["Overskrift", body, sentence, body2]),
                                         language=language))


_CAPTION_DA = "Borgmester Anne Holm på vej ind til byrådsmødet i Aalborg"
_CAPTION_NL = "Burgemeester Anne de Wit op weg naar de raadsvergadering in Utrecht"


@pytest.mark.parametrize("language, caption", [
    ("da", f"{_CAPTION_DA}. Grafik: Mette Holm"), ("da", f"{_CAPTION_DA}. Fotograf: Jens Berg"),
    ("da", f"{_CAPTION_DA}. Illustration: Ole Dam"), ("da", f"{_CAPTION_DA}. Tegning: Ole Dam"),
    ("nl", f"{_CAPTION_NL}. Foto's: Jan Smit"), ("nl", f"{_CAPTION_NL} © ANP"),
    ("nl", f"{_CAPTION_NL}. Beeld jan smit"),  # a photographer's name in small letters
])
def test_more_credits_after_a_caption_go(language: str, caption: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text("\n".join(["Overskrift", body, caption, body2]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, body2]


@pytest.mark.parametrize("language, line", [
    ("da", "Foto er hans store passion, og han har udstillet i hele landet."),
    ("da", "Han elsker billeder. Foto er hans passion, siger hun."),
    ("nl", "Beeld is alles in deze campagne, zegt de strateeg."),
    ("nl", "Het ging om de beeldvorming. Beeld is belangrijker dan inhoud, zegt ze."),
    ("da", "Grafikken viser, at priserne stiger, oplyser Danmarks Statistik."),
])
def test_sentences_that_start_with_a_credit_word_stay(language: str, line: str) -> None:
    """Without a colon, a credit word ("Foto", "Beeld") needs a name after it: a word in small
    letters and a sentence after it are the article's."""
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    assert line in _lines(clean_text("\n".join(["Overskrift", body, line, body2]),
                                     language=language))


# --- Session 8: kinds of furniture grouped across all five sets, for any Dutch or Danish page --

@pytest.mark.parametrize("language, line", [
    # a dateline with the byline, a credit in brackets after it, and the newsroom's address
    ("da", "Roskilde - 4. maj 2022 kl. 10:12 Af Mette Holm (tekst og foto) Kontakt redaktionen"),
    ("da", "Næstved - 9. juni 2023 kl. 07:45 Af Ole Bak Kontakt redaktionen: nyheder@avis.dk"),
    ("nl", "Zwolle - 7-11-2022, 10:15 Door Anne de Wit (tekst en foto's)"),
    ("nl", "Zwolle - 7-11-2022, 10:15 Door Anne de Wit Contact redactie: redactie@krant.nl"),
])
def test_a_dateline_with_a_credit_or_an_address_after_the_byline_goes(language: str,
                                                                       line: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text("\n".join(["Overskrift", line, body, body2]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, body2]
    assert _rule_of(cleaned, line) == "place-dateline"
    assert cleaned.metadata["dateline"][:1].isdigit()


@pytest.mark.parametrize("language, line", [
    ("da", "Roskilde - 4. maj 2022 kl. 10:12 blev Mette Holm (41) anholdt af politiet."),
    ("nl", "Zwolle - 7-11-2022, 10:15 Door Anne de Wit (GroenLinks) werd het debat geopend."),
])
def test_a_sentence_that_starts_like_a_dateline_stays(language: str, line: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    assert line in _lines(clean_text("\n".join(["Overskrift", body, line, body2]),
                                     language=language))


@pytest.mark.parametrize("language, line", [
    ("da", "Se alle billederne fra festen i vores galleri nederst i artiklen."),
    ("da", "Se billedserie Borgerne stod i kø foran rådhuset allerede fra morgenstunden."),
    ("nl", "Bekijk alle foto's van de opening in de fotoserie onderaan dit artikel."),
    ("nl", "Bekijk fotoserie Honderden mensen kwamen zaterdag naar de markt in het centrum."),
])
def test_a_link_to_the_pages_pictures_goes(language: str, line: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text("\n".join(["Overskrift", body, line, body2]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, body2]
    assert _rule_of(cleaned, line) == "gallery-link"


@pytest.mark.parametrize("language, line", [
    ("da", "Se billederne fra dengang, og du forstår, hvorfor byen er stolt af sin havn."),
    ("da", "Se billeder fra krigen har han aldrig kunnet, fortæller hans søster."),
    ("nl", "Bekijk de foto's en je begrijpt waarom de stad zo trots is op de haven."),
    ("nl", "Zie foto's als bewijs, zei de rechter, maar de advocaat was het er niet mee eens."),
])
def test_a_sentence_about_pictures_stays(language: str, line: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    assert line in _lines(clean_text("\n".join(["Overskrift", body, line, body2]),
                                     language=language))


_QUOTE_BOX = {
    "nl": ("Het college wil de regels aanscherpen. Gerrit de Vries van de SGP is daar tegen: "
           "„Wij kiezen voor de boeren en niet voor Den Haag.” Hij kreeg bijval in de raad.",
           "„Wij kiezen voor de boeren en niet voor Den Haag” Gerrit de Vries, SGP",
           "Quote Wij kiezen voor de boeren en niet voor Den Haag Gerrit de Vries, "
           "fractievoorzitter SGP"),
    "da": ("Kommunen vil spare på skolerne. Anne Holm fra Venstre er imod: »Vi skal have flere "
           "lærere i klasserne, ikke færre.« Hun fik opbakning i byrådet.",
           "»Vi skal have flere lærere i klasserne, ikke færre« Anne Holm, Venstre",
           "Citat Vi skal have flere lærere i klasserne, ikke færre Anne Holm, byrådsmedlem"),
}


@pytest.mark.parametrize("language", ["nl", "da"])
def test_a_pull_quote_box_with_name_and_party_goes_when_the_article_has_its_words(
        language: str) -> None:
    """A box repeats a quotation of the article with the speaker's name and, after a comma,
    the party or role ("„…” Gerrit de Vries, SGP"), or with the page's label "Quote"/"Citat"
    before it: a copy of the article's words, so it goes."""
    paragraph, box, labelled = _QUOTE_BOX[language]
    body, body2 = (_NL, _NL2) if language == "nl" else (_DA, _DA2)
    for line, rule in ((box, "pull-quote-name"), (labelled, "pull-quote-label")):
        cleaned = clean_text("\n".join(["Overskrift", body, paragraph, line, body2]),
                             language=language)
        assert _lines(cleaned) == ["Overskrift", body, paragraph, body2]
        assert _rule_of(cleaned, line) == rule


@pytest.mark.parametrize("language", ["nl", "da"])
def test_a_pull_quote_box_whose_words_stand_nowhere_else_stays(language: str) -> None:
    """Without the article's copy of its words the box may be their only copy: kept, with why."""
    _, box, labelled = _QUOTE_BOX[language]
    body, body2 = (_NL, _NL2) if language == "nl" else (_DA, _DA2)
    for line in (box, labelled):
        cleaned = clean_text("\n".join(["Overskrift", body, line, body2]), language=language)
        assert line in _lines(cleaned)
        assert "nowhere else" in cleaned.kept.set_index("removed").loc[line, "reason"]


@pytest.mark.parametrize("language, line", [
    # a quotation with its speaker and a verb is a line of the article
    ("nl", "„Wij kiezen voor de boeren”, zei Gerrit de Vries, fractievoorzitter van de SGP."),
    ("da", "»Vi skal have flere lærere«, siger Anne Holm, byrådsmedlem for Venstre."),
    # a sentence that starts with the word quote or citat
    ("nl", "Quote van de week was van de burgemeester, die zei dat de stad klaar is."),
    ("da", "Citatet blev hurtigt delt på sociale medier, og Anne Holm undskyldte."),
])
def test_a_quotation_of_the_article_like_a_pull_quote_stays(language: str, line: str) -> None:
    paragraph = _QUOTE_BOX[language][0]
    body = _NL if language == "nl" else _DA
    assert line in _lines(clean_text("\n".join(["Overskrift", body, paragraph, line]),
                                     language=language))


@pytest.mark.parametrize("language, label, headline", [
    ("da", "Feature", "Nye rekrutter: Om lidt får I uniformen på"),
    ("da", "Overblik", "Sådan bliver vejret i weekenden"),
    ("nl", "Reportage", "Een dag op de markt van Utrecht"),
    ("nl", "Portret", "De burgemeester die altijd fietst"),
])
def test_a_genre_label_at_the_top_goes(language: str, label: str, headline: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text("\n".join([label, headline, body, body2]), language=language)
    assert _lines(cleaned) == [headline, body, body2]
    assert _rule_of(cleaned, label) == "genre-label-head"
    # under the headline too
    under = clean_text("\n".join([headline, label, body, body2]), language=language)
    assert _lines(under) == [headline, body, body2]


@pytest.mark.parametrize("language, line", [
    ("da", "Overblik over budgettet"), ("da", "Featuren blev vist på DR2."),
    ("nl", "Reportage uit Utrecht"), ("nl", "Portretten van de burgemeester"),
])
def test_a_heading_that_starts_with_a_genre_word_stays(language: str, line: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text("\n".join(["Overskrift", body, line, body2]), language=language)
    assert "genre-label-head" not in cleaned.removed["rule"].tolist()


def test_a_genre_word_further_down_the_page_may_be_a_sub_heading() -> None:
    """Below the page's first ten lines "Analyse" is left to the other rules."""
    page = ["Overskrift"] + [_DA, _DA2] * 5 + ["Analyse", _DA_LONG, _DA2]
    cleaned = clean_text("\n".join(page), language="da")
    assert "genre-label-head" not in cleaned.removed["rule"].tolist()


@pytest.mark.parametrize("language, line, place, sentence", [
    ("da", "VIBORG: Byrådet har besluttet at lukke skolen i Bruunshåb efter sommerferien.",
     "VIBORG", "Byrådet har besluttet at lukke skolen i Bruunshåb efter sommerferien."),
    ("da", "SKIVE:Et flertal i byrådet vil bygge en ny svømmehal ved stadion, oplyser kommunen.",
     "SKIVE", "Et flertal i byrådet vil bygge en ny svømmehal ved stadion, oplyser kommunen."),
    ("nl", "AMSTERDAM - Het kabinet wil meer geld uitgeven aan scholen in de grote steden.",
     "AMSTERDAM", "Het kabinet wil meer geld uitgeven aan scholen in de grote steden."),
    ("nl", "DEN HAAG (ANP) - De politie heeft een man aangehouden na een achtervolging.",
     "DEN HAAG", "De politie heeft een man aangehouden na een achtervolging."),
])
def test_the_place_before_the_first_sentence_goes_to_the_metadata(
        language: str, line: str, place: str, sentence: str) -> None:
    """A dateline glued to the first sentence ("VIBORG:", "AMSTERDAM -"): the place is no word
    of the sentence; it goes to the metadata, the sentence stays whole."""
    from framelab import split_sentences

    body = _DA2 if language == "da" else _NL2
    cleaned = clean_text("\n".join(["Overskrift", line, body]), language=language)
    assert _lines(cleaned) == ["Overskrift", sentence, body]
    assert cleaned.metadata["dateline"] == place
    assert _rule_of(cleaned, line[: len(line) - len(sentence)].strip()) == "place-label"
    assert split_sentences(cleaned.text, language)[1] == sentence


@pytest.mark.parametrize("language, line", [
    # a name of three capitals or fewer with a space after it: a speaker or a topic
    ("da", "NATO: Rusland har flyttet flere tropper til grænsen, siger generalsekretæren."),
    ("nl", "EU: lidstaten moeten meer doen tegen de droogte, zegt de Europese Commissie."),
    # a rubric, which the lead keeps as its kicker
    ("da", "BAGGRUND: Regeringen holder, selv om ministeren gik af, mener eksperterne."),
    ("nl", "ANALYSE: Het kabinet wankelt, maar valt niet, denken de meeste kenners."),
    # a headline in capitals, and a short headline with a place
    ("da", "BORGMESTER OM PLANEN: VI HØRER IKKE TIL HER"),
    ("nl", "UTRECHT: Nieuwe brug open"),
])
def test_a_label_in_capitals_that_is_no_dateline_stays(language: str, line: str) -> None:
    body = _DA2 if language == "da" else _NL2
    cleaned = clean_text("\n".join(["Overskrift", line, body]), language=language)
    assert line in _lines(cleaned)
    assert "dateline" not in cleaned.metadata


def test_a_place_in_capitals_further_down_the_page_stays() -> None:
    """Only the page's first ten lines: further down a line may start with a name in capitals."""
    line = "VIBORG: Byrådet har besluttet at lukke skolen i Bruunshåb efter sommerferien."
    page = ["Overskrift"] + [_DA, _DA2] * 5 + [line]
    assert line in _lines(clean_text("\n".join(page), language="da"))
