"""General kinds of news-page boilerplate, by shape and position rather than one site's words
(issue 11): editorial notices, author bios, comment sections, copyright footers, app promos,
page buttons and players, stamp-only lines, consent walls, weather, newsletter boxes, contact
lines, role lines, and runs of lines of one shape (teasers, TV listings, results, tickers).

Every line here is made up, in the manner of Dutch and Danish news pages; none is a page's
words. Each kind has cases in both languages that go, and article lines near them that stay.
"""

from __future__ import annotations

import pandas as pd
import pytest
from made_up_pages import DA as _DA
from made_up_pages import DA2 as _DA2
from made_up_pages import DA_LONG as _DA_LONG
from made_up_pages import NL as _NL
from made_up_pages import NL2 as _NL2
from made_up_pages import NL_LONG as _NL_LONG
from made_up_pages import body as _body
from made_up_pages import lines as _lines
from made_up_pages import rule_of as _rule_of

from framelab import ArgumentError, clean_text, cleaning_rules


@pytest.mark.parametrize("line, language, rule", [
    # editorial notices: the kind of piece, how to write one, readers' letters, corrections
    ("Dette er et debatindlæg. Indlægget udtrykker skribentens holdning.", "da",
     "editorial-notice"),
    ("Dit is een ingezonden brief van een lezer uit Zwolle.", "nl", "editorial-notice"),
    ("Vil du skrive et debatindlæg? Send det til debat@avisen.dk", "da", "editorial-notice"),
    ("Reageren? Mail naar opinie@krant.nl", "nl", "editorial-notice"),
    ("Læserbreve må højst være på 300 ord.", "da", "editorial-notice"),
    ("De redactie behoudt zich het recht voor brieven in te korten.", "nl", "editorial-notice"),
    ("Rettelse: I en tidligere version stod der, at mødet var mandag.", "da",
     "editorial-notice"),
    ("In een eerdere versie van dit artikel stond een verkeerde datum.", "nl",
     "editorial-notice"),
    ("Artiklen er opdateret kl. 14.30 med nye oplysninger.", "da", "editorial-notice"),
    ("Dit artikel is aangepast om 15.10 uur.", "nl", "editorial-notice"),
    # the comment section
    ("Kommentarer (12)", "da", "comment-section"), ("24 reacties", "nl", "comment-section"),
    ("Log ind for at kommentere", "da", "comment-section"),
    ("Log in om te reageren", "nl", "comment-section"),
    ("Læs debatreglerne", "da", "comment-section"), ("Plaats een reactie", "nl", "comment-section"),
    # copyright footers
    ("Alle rechten voorbehouden.", "nl", "copyright-footer"),
    ("Eftertryk forbudt", "da", "copyright-footer"),
    ("Ophavsret © 2023 Avisen A/S", "da", "copyright-footer"),
    # the app
    ("Lees verder in de app", "nl", "app-promo"),
    ("Få alle nyhederne i vores app", "da", "app-promo"),
    # buttons, players, galleries, labels of a paid or live story
    ("Udskriv", "da", "page-button"), ("Stuur door", "nl", "page-button"),
    ("Følg emnet", "da", "page-button"), ("Volg deze auteur", "nl", "page-button"),
    ("Afspil video", "da", "page-button"), ("Se videoen", "da", "page-button"),
    ("Kijk nu", "nl", "page-button"), ("3 min.", "da", "page-button"),
    ("Foto 3 van 8", "nl", "photo-caption"), ("Billede 2 af 9", "da", "photo-caption"),
    ("4 / 12", "nl", "page-button"),
    ("Abonnent", "da", "page-button"), ("Exclusief", "nl", "page-button"),
    ("LIVE", "da", "page-button"), ("Bijgewerkt", "nl", "page-button"),
    ("Annonce slut", "da", "page-button"), ("Scroll verder", "nl", "page-button"),
    ("Om skribenten", "da", "page-button"), ("Over de auteur", "nl", "page-button"),
    # a line of labels and time stamps only
    ("Premium · 14:32", "da", "stamp-line"), ("LIVE 10.05", "da", "stamp-line"),
    ("Nieuw · 09:15", "nl", "stamp-line"), ("Opinie | 08.30", "nl", "stamp-line"),
    # consent walls and embedded posts
    ("Accepter alle", "da", "consent-button"), ("Alles accepteren", "nl", "consent-button"),
    ("Instellingen beheren", "nl", "consent-button"),
    ("Om deze inhoud te bekijken heb je toestemming nodig voor sociale media.", "nl",
     "consent-notice"),
    ("Du skal acceptere cookies fra sociale medier for at se dette indhold.", "da",
     "cookie-notice"),
    ("Dette indhold kræver dit samtykke til marketing.", "da", "consent-notice"),
    ("Se dette opslag på Instagram", "da", "embed-line"),
    ("Een bericht gedeeld door Jan Jansen (@jjansen)", "nl", "embed-line"),
    ("Hier staat een Twitter-bericht. Klik op accepteren om het te zien.", "nl", "embed-line"),
    # weather
    ("Let skyet 14°", "da", "weather-widget"), ("12°/5°", "nl", "weather-widget"),
    ("Zonnig 21 °C", "nl", "weather-widget"),
    # newsletter boxes
    ("Tilmeld dig", "da", "newsletter-signup"), ("Din e-mailadresse", "da", "newsletter-signup"),
    ("Je kunt je altijd weer afmelden.", "nl", "newsletter-signup"),
    ("Få dagens vigtigste nyheder direkte i din indbakke", "da", "newsletter-signup"),
    ("Ontvang het belangrijkste nieuws elke ochtend in je mailbox", "nl", "newsletter-signup"),
    # contact lines
    ("Kontakt: mhan@avisen.dk", "da", "contact-line"),
    ("Skriv til journalisten", "da", "contact-line"), ("Mail de auteur", "nl", "contact-line"),
    ("Ved du mere om sagen? Skriv til os på tip@avisen.dk", "da", "contact-line"),
    ("Weet jij meer over deze zaak? Mail naar tips@krant.nl", "nl", "contact-line"),
    # links to a programme, comment buttons, tag lists
    ("Lyt til podcasten", "da", "page-button"), ("Kijk de aflevering", "nl", "page-button"),
    ("Kommentér artiklen", "da", "comment-section"), ("Reageer", "nl", "comment-section"),
    ("Ukraine · Rusland · NATO", "da", "tag-list"),
    ("Oekraïne · Rusland · NAVO", "nl", "tag-list"),
    # photo agencies, archive photos, the credits of a story, the site's footer
    ("Ritzau Scanpix", "da", "photo-agency"), ("Getty Images", "nl", "photo-agency"),
    ("De premier in Den Haag. Archiefbeeld ANP", "nl", "caption-archive-credit"),
    ("Statsministeren ved mødet. Arkivbillede", "da", "caption-archive-credit"),
    ("Tekst: Mette Holm · Billeder: Ole Berg", "da", "credits-line"),
    ("Redactie: Jan Smit | Vormgeving: Anna de Wit", "nl", "credits-line"),
    ("Ansvarshavende chefredaktør: Jens Hansen", "da", "footer-line"),
    ("KvK-nummer 12345678", "nl", "footer-line"),
    ("4 minuten leestijd", "nl", "page-button"), ("120 delinger", "da", "page-button"),
    ("Artiklen er en del af serien om velfærd.", "da", "editorial-notice"),
    ("Dit artikel is onderdeel van een serie over de zorg.", "nl", "editorial-notice"),
    # the writer's role under the byline
    ("Politisk redaktør", "da", "role-line"), ("Korrespondent i Bruxelles", "da", "role-line"),
    ("Verslaggever binnenland", "nl", "role-line"),
])
def test_general_boilerplate_goes(line: str, language: str, rule: str) -> None:
    body, body2 = _body(language)
    cleaned = clean_text(f"Overskrift\n{body}\n{line}\n{body2}", language=language)
    assert _lines(cleaned) == ["Overskrift", body, body2]
    assert _rule_of(cleaned, line) == rule


@pytest.mark.parametrize("line, language", [
    # a sentence that starts like a notice, said by someone
    ("Dette er en kommentar, siger hun og smiler.", "da"),
    ("Dit is een opiniestuk, zei hij spottend.", "nl"),
    ("Indlægget er blevet delt over 3000 gange på Facebook.", "da"),
    ("Alle rechten voorbehouden, zei de advocaat droog.", "nl"),
    ("Ophavsret er et stort emne i EU lige nu.", "da"),
    # an app, a question to someone, content that needs something: in a sentence or a quotation
    ("Kommunen vil have borgerne til at hente appen.", "da"),
    ("- Hent appen, siger hun.", "da"),
    ("- Har du set det? Så ring til politiet, siger han.", "da"),
    ("Heb je een vraag? Bel dan de gemeente, zegt de wethouder.", "nl"),
    ("For at se dette skal man rejse til Rom, siger hun.", "da"),
    # a temperature, a time, a TV programme, a journalist in a sentence
    ("Temperaturen nåede 30° i går.", "da"),
    ("Programmet i DR1 klokken 20.00 handler om skolerne.", "da"),
    ("Om 20.00 uur begint het Journaal met het nieuws.", "nl"),
    ("I går kl. 14.30 mødtes parterne.", "da"),
    ("Journalist Mette Holm skrev om sagen i går.", "da"),
    ("De verslaggever van de krant was er als eerste bij.", "nl"),
    # an agency, a publisher, credits in a sentence
    ("Reuters skriver, at Rusland har trukket tropper tilbage.", "da"),
    ("Udgiver Jens Hansen mener, at bogen er vigtig.", "da"),
    ("Tekst og billeder er vigtige for avisen.", "da"),
    ("Data en feiten zijn belangrijk, zei hij.", "nl"),
    # topics in a sentence, with commas
    ("Ukraine, Rusland og NATO var på dagsordenen i går.", "da"),
    ("Hør hele podcasten her, siger værten til lytterne i studiet.", "da"),
    # a sentence that starts like a teaser heading
    ("Mest læste var historien om skolerne i Aarhus.", "da"),
    ("Net binnen kwam het bericht dat de minister opstapt.", "nl"),
])
def test_an_article_line_near_these_kinds_stays(line: str, language: str) -> None:
    body, body2 = _body(language)
    cleaned = clean_text(f"Overskrift\n{body}\n{line}\n{body2}", language=language)
    assert line in _lines(cleaned)
    assert line not in cleaned.removed["removed"].tolist()


@pytest.mark.parametrize("language, bio", [
    ("da", "Mette Holm er journalist på Avisen og dækker kommunalpolitik."),
    ("da", "Skribenten er lektor i statskundskab ved Aalborg Universitet."),
    ("nl", "De auteur is hoogleraar geschiedenis in Leiden."),
    ("nl", "Jan de Vries is verslaggever bij de krant."),
])
def test_an_author_bio_after_the_last_paragraph_goes(language: str, bio: str) -> None:
    body, long = (_DA, _DA_LONG) if language == "da" else (_NL, _NL_LONG)
    cleaned = clean_text("\n".join(["Overskrift", body, long, bio]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, long]
    assert _rule_of(cleaned, bio) == "author-bio"
    # in the article (a paragraph follows), the same sentence stays
    page = "\n".join(["Overskrift", body, bio, long])
    assert bio in _lines(clean_text(page, language=language))


_TEASERS = {
    "da": ["Borgmester i Aalborg går af efter strid", "Stor brand på havnen i nat",
           "Her er ugens vindere i Lotto", "Ny bro over fjorden åbner i maj"],
    "nl": ["Premier: ‘We moeten nu handelen’", "Brand in Utrechts centrum",
           "Ajax wint opnieuw van Feyenoord", "Nieuwe brug over de IJssel open"],
}


@pytest.mark.parametrize("language", ["da", "nl"])
def test_a_run_of_teasers_inside_the_page_goes(language: str) -> None:
    body, body2 = _body(language)
    teasers = _TEASERS[language]
    cleaned = clean_text("\n".join(["Overskrift", body, *teasers, body2]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, body2]
    assert [_rule_of(cleaned, line) for line in teasers] == ["teaser-run"] * 4
    # three such lines alone may be the article's own short list: they stay
    three = clean_text("\n".join(["Overskrift", body, *teasers[:3], body2]), language=language)
    assert _lines(three) == ["Overskrift", body, *teasers[:3], body2]
    # with the list's heading, three items are a run too; a heading and two lines are not
    heading = "Mest læste" if language == "da" else "Meest gelezen"
    with_heading = clean_text("\n".join(["Overskrift", body, heading, *teasers[:3], body2]),
                              language=language)
    assert _lines(with_heading) == ["Overskrift", body, body2]
    two = clean_text("\n".join(["Overskrift", body, heading, *teasers[:2], body2]),
                     language=language)
    assert set(teasers[:2]) <= set(_lines(two))


@pytest.mark.parametrize("language, intro, items", [
    ("da", "Planen har fire dele:", ["Flere lærere i indskolingen",
                                     "Nye computere til alle elever",
                                     "Renovering af de gamle skoler", "Gratis frugt hver dag"]),
    ("nl", "Het programma:", ["10.00 Opening door de burgemeester", "10.30 Debat met de wethouders",
                              "12.00 Lunch in de raadszaal", "13.00 Rondleiding door het dorp"]),
])
def test_a_list_after_a_colon_stays_with_why(language: str, intro: str, items: list[str]) -> None:
    body, body2 = _body(language)
    cleaned = clean_text("\n".join(["Overskrift", body, intro, *items, body2]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, intro, *items, body2]
    kept = cleaned.kept[cleaned.kept["rule"] != "label-line-" + language]  # "Overskrift"
    assert kept["removed"].tolist() == items
    assert kept["reason"].str.contains("colon").all()


@pytest.mark.parametrize("language, lines", [
    # sub-headings, each followed by a paragraph
    ("nl", ["Kritiek van de oppositie", _NL2, "Geen geld voor onderwijs", _NL_LONG]),
    ("da", ["Kritik fra oppositionen", _DA2, "Ingen penge til skolerne", _DA_LONG]),
    # dash quotations in a row (Danish direct speech)
    ("da", ["- Vi er klar til det", "- Det er nu eller aldrig", "- Ja, helt sikkert", _DA2]),
    # two short lines, then a paragraph: no run
    ("nl", ["Kritiek van de oppositie", "Kritiek van de coalitie", _NL2]),
])
def test_sub_headings_and_quotations_are_no_run(language: str, lines: list[str]) -> None:
    body = _DA if language == "da" else _NL
    cleaned = clean_text("\n".join(["Overskrift", body, *lines]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, *lines]


@pytest.mark.parametrize("language, block, rule", [
    ("da", ["20.00 TV Avisen", "20.30 Deadline", "21.00 Kriminalkommissær Barnaby"], "tv-listing"),
    ("nl", ["20:00 NOS Journaal", "20:30 Nieuwsuur", "21:15 Sportjournaal"], "tv-listing"),
    ("da", ["FCK - Brøndby 2-1", "AGF - OB 0-0"], "match-results"),
    ("nl", ["Ajax - PSV 3-1", "Feyenoord - AZ 2-2"], "match-results"),
    ("nl", ["AEX 712,34 -0,3%", "Dow Jones +0,5%"], "stock-ticker"),
    ("da", ["C25 1.834,56 +0,45%", "Novo Nordisk -1,2%"], "stock-ticker"),
])
def test_listings_results_and_tickers_go_as_a_run(language: str, block: list[str], rule: str
                                                  ) -> None:
    body, body2 = _body(language)
    cleaned = clean_text("\n".join(["Overskrift", body, *block, body2]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, body2]
    assert {_rule_of(cleaned, line) for line in block} == {rule}
    # one line of the kind alone (a result as a sub-heading of a match report) stays
    alone = clean_text("\n".join(["Overskrift", body, block[0], body2]), language=language)
    assert block[0] in _lines(alone)


@pytest.mark.parametrize("language, page", [
    ("nl", ["Oorlog", "Door Jan Smit", "Beeld ANP", _NL, _NL2]),
    ("da", ["Krisen", "Af Mette Holm", "Foto: Ole Berg", _DA, _DA2]),
    ("da", ["Krisen", "Af Mette Holm", "Kommunen har ingen penge.", _DA]),
])
def test_a_one_word_headline_above_the_byline_and_the_lead_stays(language: str, page: list[str]
                                                                 ) -> None:
    cleaned = clean_text("\n".join(page), language=language)
    assert _lines(cleaned)[0] == page[0]
    assert cleaned.kept["removed"].tolist() == [page[0]]
    assert "headline" in cleaned.kept["reason"].item()


@pytest.mark.parametrize("language, page", [
    # a label above a headline still goes
    ("da", ["Aalborg", "Ny plan for havnen", "Af Mette Holm", _DA]),
    ("nl", ["Toeslagen", "Hoe het herstel verder verzandt", "Door Jan Smit", _NL]),
])
def test_a_one_word_label_above_a_headline_still_goes(language: str, page: list[str]) -> None:
    cleaned = clean_text("\n".join(page), language=language)
    assert _lines(cleaned)[0] == page[1]
    assert _rule_of(cleaned, page[0]).startswith("label-line")


def test_a_run_rule_needs_a_count() -> None:
    rule = pd.DataFrame([{"rule": "my-run", "action": "remove_run", "language": "*",
                          "where": "anywhere", "pattern": "[^.]{1,40}", "field": "",
                          "reason": "Mine."}])
    with pytest.raises(ArgumentError, match="remove_run"):
        clean_text("Tekst.", rules=rule)
    with pytest.raises(ArgumentError, match="remove_run"):
        clean_text("Tekst.", rules=rule.assign(field="1"))
    two = rule.assign(field="2")
    cleaned = clean_text(f"Kop\n{_NL}\nEen\nTwee\n{_NL2}", rules=two, language="nl")
    assert cleaned.removed["rule"].tolist() == ["my-run", "my-run"]


def test_each_general_rule_says_why() -> None:
    rules = cleaning_rules().set_index("rule")
    for name in ("editorial-notice", "author-bio", "comment-section", "copyright-footer",
                 "app-promo", "page-button", "stamp-line", "consent-button", "consent-notice",
                 "embed-line", "weather-widget", "newsletter-signup", "contact-line", "role-line",
                 "teaser-run", "tv-listing", "match-results", "stock-ticker", "photo-agency",
                 "caption-archive-credit", "credits-line", "footer-line", "tag-list"):
        assert len(rules.loc[name, "reason"]) > 40, name
    assert set(rules.loc[rules["action"] == "remove_run", "field"].str.split("|").str[0]) \
        <= {"2", "3", "4"}


@pytest.mark.parametrize("language, heading, items", [
    ("da", "Fakta", ["2 mia. kr. til psykiatrien", "Flere læger i Nordjylland",
                     "Nye regler for ventetider", "Bedre hjælp om natten"]),
    ("nl", "In het kort", ["Meer geld voor de zorg", "Minder wachtlijsten in het noorden",
                           "Nieuwe regels voor huisartsen", "Betere hulp in de nacht"]),
])
def test_the_items_of_a_fact_box_stay_with_why(language: str, heading: str, items: list[str]
                                               ) -> None:
    body, body2 = _body(language)
    cleaned = clean_text("\n".join(["Overskrift", body, heading, *items, body2]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, heading, *items, body2]
    kept = cleaned.kept[cleaned.kept["rule"] == "teaser-run"]
    assert kept["removed"].tolist() == items
    assert kept["reason"].str.contains("fact box").all()
