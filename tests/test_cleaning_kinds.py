"""Kinds of boilerplate on real Dutch and Danish news pages, by general rules (issue 11).

Every line here is made up, in the manner of Dutch and Danish news pages; none is a page's
words. Each rule has cases in both languages that go, and article lines near them that stay.
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

from framelab import ArgumentError, clean_text, cleaning_rules

_LONG_CAPTION_DA = ("Borgmesteren går sammen med byrådets medlemmer gennem den nye skole, der efter "
                    "planen skal åbne efter sommerferien, og som har kostet langt mere end først "
                    "antaget, fordi byggeriet blev forsinket af regn, mangel på håndværkere og en "
                    "strid med entreprenøren om regningen for de ekstra timer på byggepladsen.")
_LONG_CAPTION_NL = ("De burgemeester loopt met de leden van de gemeenteraad door de nieuwe school, "
                    "die na de zomer open moet gaan en die veel meer heeft gekost dan eerst "
                    "gedacht, omdat de bouw werd vertraagd door regen, een tekort aan vaklui en een "
                    "ruzie met de aannemer over de rekening voor de extra uren op de bouwplaats.")




_GOES = [
    # (page, language, the line that goes, the rule)
    # a caption that ends with the picture's credit, a slash between names or a copyright sign
    (f"Ny plan\n{_DA}\nBorgmesteren på vej ind til mødet. Jens Holm/Ritzau Scanpix\n{_DA2}", "da",
     "Borgmesteren på vej ind til mødet. Jens Holm/Ritzau Scanpix", "caption-credit"),
    (f"Ny plan\n{_DA}\nBorgmesteren ved havnen (Arkivfoto). Lise Bech/Ritzau Scanpix Fold sammen"
     f"\n{_DA2}", "da",
     "Borgmesteren ved havnen (Arkivfoto). Lise Bech/Ritzau Scanpix Fold sammen", "caption-fold"),
    (f"Kabinet zoekt geld\n{_NL}\nBoeren voeren actie bij het provinciehuis. © Getty Images\n{_NL2}",
     "nl", "Boeren voeren actie bij het provinciehuis. © Getty Images", "caption-copyright"),
    (f"Kabinet zoekt geld\n{_NL}\nDe premier bij het Catshuis. Piet de Boer/Reuters\n{_NL2}", "nl",
     "De premier bij het Catshuis. Piet de Boer/Reuters", "caption-credit"),
    # a caption longer than 300 characters, with its credit
    (f"Ny plan\n{_LONG_CAPTION_DA} Foto: Ole Berg\n{_DA}", "da",
     f"{_LONG_CAPTION_DA} Foto: Ole Berg", "photo-caption"),
    (f"Kabinet zoekt geld\n{_LONG_CAPTION_NL} Beeld Anna de Wit\n{_NL}", "nl",
     f"{_LONG_CAPTION_NL} Beeld Anna de Wit", "photo-caption"),
    # a link to another story: a few words and a colon, then its headline without a full stop
    (f"Ny plan\n{_DA}\nLæs fra retssagens tredje dag: Vidne ændrer sin forklaring\n{_DA2}", "da",
     "Læs fra retssagens tredje dag: Vidne ændrer sin forklaring", "read-link-colon"),
    (f"Kabinet zoekt geld\n{_NL}\nLees hier: Kabinet valt over stikstof\n{_NL2}", "nl",
     "Lees hier: Kabinet valt over stikstof", "read-link-colon"),
    # a link to the reader that ends with 'her' / 'hier'
    (f"Ny plan\n{_DA}\nLæs mere om budgettet her.\n{_DA2}", "da", "Læs mere om budgettet her.",
     "read-here-link"),
    (f"Kabinet zoekt geld\n{_NL}\nBekijk de video van het debat hier\n{_NL2}", "nl",
     "Bekijk de video van het debat hier", "read-here-link"),
    # paywall lines: what the reader gets, for how long, how to subscribe and to pay
    (f"Ny plan\n{_DA}\nVil du læse videre?\nDu får adgang til alt indhold på avisen.dk", "da",
     "Du får adgang til alt indhold på avisen.dk", "paywall-offer"),
    (f"Ny plan\n{_DA}\n7 dages digital adgang: Hele avisen på nettet", "da",
     "7 dages digital adgang: Hele avisen på nettet", "paywall-offer"),
    (f"Ny plan\n{_DA}\nAdgang til e-aviserne:", "da", "Adgang til e-aviserne:", "paywall-offer"),
    (f"Kabinet zoekt geld\n{_NL}\n24 uur digitale toegang voor 2 euro", "nl",
     "24 uur digitale toegang voor 2 euro", "paywall-offer"),
    (f"Ny plan\n{_DA}\nHar du ikke et abonnement, kan du tegne det her.", "da",
     "Har du ikke et abonnement, kan du tegne det her.", "paywall"),
    (f"Kabinet zoekt geld\n{_NL}\nHeb je nog geen abonnement? Je kunt het hier afsluiten.", "nl",
     "Heb je nog geen abonnement? Je kunt het hier afsluiten.", "paywall"),
    (f"Ny plan\n{_DA}\nDet er nemt, og du kan betale med MobilePay eller betalingskort.", "da",
     "Det er nemt, og du kan betale med MobilePay eller betalingskort.", "payment-line"),
    (f"Kabinet zoekt geld\n{_NL}\nJe betaalt eenvoudig met iDEAL of creditcard.", "nl",
     "Je betaalt eenvoudig met iDEAL of creditcard.", "payment-line"),
    # the speaker's name and role under a pull-quote box, or under a portrait
    (f"Ny plan\n{_DA}\nKaren Holm, lektor i statskundskab (Aarhus Universitet)\n{_DA2}", "da",
     "Karen Holm, lektor i statskundskab (Aarhus Universitet)", "name-role-da"),
    (f"Kabinet zoekt geld\n{_NL}\nEva Peeters, hoogleraar internationale politiek (KU Leuven)\n"
     f"{_NL2}", "nl", "Eva Peeters, hoogleraar internationale politiek (KU Leuven)", "name-role-nl"),
    # a surname in small letters after a capitalised particle is still a name (a byline)
    (f"Kabinet zoekt geld\nLies Van damme\n{_NL}\n{_NL2}", "nl", "Lies Van damme", "name-line-nl"),
    # a sentence that names a teaser heading stays, a heading goes
    (f"Ny plan\n{_DA}\n{_DA_LONG}\nMest læste\nBorgmester går af", "da", "Mest læste",
     "teaser-heading"),
]


@pytest.mark.parametrize("page, language, line, rule", _GOES)
def test_a_line_of_this_kind_goes(page: str, language: str, line: str, rule: str) -> None:
    cleaned = clean_text(page, language=language)
    assert line not in _lines(cleaned)
    assert _rule_of(cleaned, line) == rule
    for article_line in (_DA, _DA2, _NL, _NL2, _DA_LONG, _NL_LONG):
        if article_line in page:
            assert article_line in _lines(cleaned)


@pytest.mark.parametrize("line, language", [
    # a sentence that ends with a pair in a slash, or a slash in lowercase, is no credit
    ("Han stemte for forslaget. Det gjorde Venstre/Konservative også.", "da"),
    ("Hij koos voor de combinatie. Dat was nieuw voor PvdA/GroenLinks.", "nl"),
    ("Prisen var 20 kr./kg. og steg til 25 kr./kg.", "da"),
    # a sentence after 'Se'/'Lees' and a colon, with a full stop
    ("Se det sådan: Vi har ikke råd til at vente.", "da"),
    ("Lees de brief: het kabinet wil niet wachten.", "nl"),
    ("Luister: Het kan niet langer zo.", "nl"),
    # 'her'/'hier' at the end of a sentence that is no link
    ("Se, det er her, vi skal bygge.", "da"),
    ("Volg de rivier tot hier, zei de gids tegen de groep.", "nl"),
    ("Hør, hvad borgerne siger her.", "da"),
    # a sentence with the words of an offer, about something else, or said by someone
    ("Borgerne får adgang til alle dokumenter fra mandag.", "da"),
    ("Politiet fik 24 timers adgang til lejligheden.", "da"),
    ("Kunderne kan få et abonnement for 99 kr., siger direktøren.", "da"),
    ("- Du kan betale med MobilePay i kantinen, siger hun.", "da"),
    ("I kantinen kan man nu betale med MobilePay.", "da"),
    ("„Je kunt een abonnement afsluiten bij de club”, zegt de voorzitter.", "nl"),
    ("Je kunt nu ook met iDEAL betalen in de bus, laat de vervoerder weten.", "nl"),
    # a name and a role in a sentence
    ("Karen Holm, lektor i statskundskab, er ikke overrasket.", "da"),
    ("Eva Peeters, hoogleraar in Leuven, ziet het anders.", "nl"),
    ("Eva Peeters, hoogleraar in Leuven, ziet het anders", "nl"),
    # a sentence that starts like a teaser heading
    ("Mest læste var historien om skolerne i Aarhus.", "da"),
    ("Meest gelezen werd het stuk over de boeren.", "nl"),
    ("Meer over de plannen volgt later deze week.", "nl"),
])
def test_an_article_line_near_these_kinds_stays(line: str, language: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text(f"Overskrift\n{body}\n{line}\n{body2}", language=language)
    assert line in _lines(cleaned)
    assert line not in cleaned.removed["removed"].tolist()


@pytest.mark.parametrize("language, ad, block, kept", [
    # after the article, an ad line, then other stories: a rubric, headlines, a headline in
    # quotation marks, a kicker with a colon
    ("da", "Annonce", ["Lolland", "Borgmester vil have ny bro", '"Det er slut nu"', "Sport:",
                       "FCK vinder igen"], []),
    ("nl", "Advertentie", ["Utrecht", "Kabinet valt over stikstof", "‘Dit was de laatste keer’",
                           "Sport:", "Ajax wint opnieuw"], []),
    # a dash line is a quotation: it stays, even there
    ("da", "Annonce", [], ["- Vi er klar"]),
    # a sentence stays
    ("nl", "Advertentie", ["Utrecht"], ["Daarna ging de vergadering gewoon door."]),
])
def test_a_teaser_block_at_the_end_goes_next_to_an_ad_line(
        language: str, ad: str, block: list[str], kept: list[str]) -> None:
    body, long = (_DA, _DA_LONG) if language == "da" else (_NL, _NL_LONG)
    page = "\n".join(["Overskrift", body, long, ad, *block, *kept])
    cleaned = clean_text(page, language=language)
    assert _lines(cleaned) == ["Overskrift", body, long, *kept]
    for line in block:
        assert _rule_of(cleaned, line) == "teaser-list"


@pytest.mark.parametrize("language, box", [
    ("da", "Få GRATIS nyheder fra redaktionen hver morgen"),
    ("nl", "Meld je aan voor onze nieuwsbrief en blijf op de hoogte"),
])
def test_the_heading_of_a_newsletter_box_at_the_end_goes_with_it(language: str, box: str) -> None:
    body, long = (_DA, _DA_LONG) if language == "da" else (_NL, _NL_LONG)
    heading = "Nyheder hver dag" if language == "da" else "Nieuws elke dag"
    cleaned = clean_text("\n".join(["Overskrift", body, long, heading, box]), language=language)
    assert _lines(cleaned) == ["Overskrift", body, long]
    assert _rule_of(cleaned, heading) == "teaser-list"


@pytest.mark.parametrize("language, byline", [("nl", "door Lies Van damme"),
                                              ("da", "af Mette Holm")])
def test_a_byline_printed_over_every_entry_goes_each_time(language: str, byline: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    entries = [f"Overskrift {n}\n{byline}\n{text}" for n, text in
               enumerate([body, body2, body, body2, body2], 1)]
    cleaned = clean_text("\n".join(entries), language=language)
    assert byline not in _lines(cleaned)
    rules = cleaned.removed.loc[cleaned.removed["removed"] == byline, "rule"].tolist()
    assert rules[0] == "byline-any" and len(rules) == 5
    # the first copy becomes the byline; copies further down the page go as copies of it
    assert "removed-copy" in rules or set(rules) == {"byline-any"}


def test_a_copy_of_a_removed_label_goes_but_not_as_a_sub_heading() -> None:
    # "Aalborg" at the top is a place label; after a colon it is what the line announces
    page = (f"Aalborg\nNy plan for havnen\n{_DA}\nDisse kommuner er med:\nAalborg\n"
            "Aalborg har som den eneste kommune sagt ja til planen i år.")
    cleaned = clean_text(page, language="da")
    assert _lines(cleaned)[3] == "Aalborg"
    assert cleaned.removed["line"].tolist() == [1]
    # further down, between two paragraphs, it may be a sub-heading: kept, with why
    body = "\n".join([_DA, _DA2, "Skolerne i byen har i mange år manglet både lærere og penge.",
                      "Oppositionen kalder planen for et valgflæsk, der kommer alt for sent.",
                      "Lærerne er glade for forslaget, men de vil se pengene, før de tror det.",
                      "Forældrene har samlet underskrifter ind for at få flere voksne i klasserne.",
                      "Budgettet skal vedtages endeligt i byrådet i midten af oktober måned.",
                      "Et flertal af partierne har allerede sagt ja til den første del af det.",
                      "Kommunens økonomi er presset af flere ældre og af stigende priser på el.",
                      "Den endelige afstemning finder sted efter en høring af skolebestyrelserne."])
    sub = clean_text(f"Aalborg\nNy plan for havnen\n{body}\nAalborg\n{_DA_LONG}", language="da")
    assert "Aalborg" in _lines(sub)
    assert sub.removed["line"].tolist() == [1]
    assert sub.kept[["line", "rule"]].values.tolist() == [[13, "removed-copy"]]
    assert "sub-heading" in sub.kept["reason"].item()
    # next to a removed line it is a label again: it goes
    copy = clean_text(f"Aalborg\nNy plan for havnen\n{body}\nAnnonce\nAalborg\n{_DA_LONG}",
                      language="da")
    assert copy.removed[["line", "rule"]].values.tolist() == [
        [1, "label-line-da"], [13, "page-furniture"], [14, "removed-copy"]]
    assert _lines(copy)[-1] == _DA_LONG


def test_each_new_rule_says_why() -> None:
    rules = cleaning_rules().set_index("rule")
    for name in ("caption-credit", "caption-copyright", "read-link-colon", "read-here-link", "payment-line",
                 "name-role-nl", "name-role-da", "removed-copy"):
        assert len(rules.loc[name, "reason"]) > 40
    assert set(rules.loc[["pull-quote-attribution-nl", "pull-quote-attribution-da"], "field"]) \
        == {"elsewhere"}


@pytest.mark.parametrize("line, language, rule", [
    # buttons, links and labels of the website
    ("Pressefoto", "da", "site-furniture"), ("Foto's", "nl", "site-furniture"),
    ("Hør artiklen", "da", "site-furniture"), ("Lyt til artiklen (3 min.)", "da", "site-furniture"),
    ("Beluister dit artikel", "nl", "site-furniture"),
    ("Dit artikel wordt voorgelezen met een computerstem", "nl", "site-furniture"),
    ("Artiklen er oplæst af en syntetisk stemme", "da", "site-furniture"),
    ("Sponsoreret indhold", "da", "site-furniture"), ("Gesponsord", "nl", "site-furniture"),
    ("Tip os", "da", "site-furniture"), ("Tip de redactie", "nl", "site-furniture"),
    ("Har du et tip? Skriv til os på tip@avisen.dk", "da", "site-furniture"),
    ("Heb je een tip? Mail de redactie", "nl", "site-furniture"),
    ("Følg os på Facebook og Instagram", "da", "site-furniture"),
    ("Volg ons op Instagram", "nl", "site-furniture"),
    ("Hent appen", "da", "site-furniture"), ("Download de app", "nl", "site-furniture"),
    ("Vis mere", "da", "site-furniture"), ("Laden...", "nl", "site-furniture"),
    ("Denne video kan ikke afspilles", "da", "site-furniture"),
    ("Deze video is niet meer beschikbaar", "nl", "site-furniture"),
    ("Privatlivspolitik", "da", "site-furniture"), ("Algemene voorwaarden", "nl", "site-furniture"),
    ("Emner: Ukraine, Rusland", "da", "site-furniture"),
    ("Onderwerpen: Oekraïne, Rusland", "nl", "site-furniture"),
    # the newsroom as the byline, the writer with an address or a date
    ("Door onze verslaggever", "nl", "byline-staff"),
    ("Van onze correspondent in Moskou", "nl", "byline-staff"),
    ("Af vores korrespondent i Bruxelles", "da", "byline-staff"),
    ("Mette Hansen mhan@avisen.dk", "da", "byline-contact"),
    ("Jan de Vries 12 mei 2023, 14:00", "nl", "byline-contact"),
    ("Af Mette Hansen, Journalist", "da", "byline-any"),
    # an agency in brackets, a teaser's age, a teaser heading
    ("(ANP)", "nl", "agency-byline"), ("(Ritzau)", "da", "agency-byline"),
    ("1 døgn siden", "da", "teaser-age"), ("3 weken geleden", "nl", "teaser-age"),
    ("Bekijk ook", "nl", "teaser-heading-more"), ("Hør også", "da", "teaser-heading-more"),
])
def test_furniture_of_the_website_goes(line: str, language: str, rule: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text(f"Overskrift\n{body}\n{line}\n{body2}", language=language)
    assert _lines(cleaned) == ["Overskrift", body, body2]
    assert _rule_of(cleaned, line) == rule


@pytest.mark.parametrize("line, language", [
    ("Send pengene tilbage, siger han.", "da"),
    ("Video's van de aanslag gingen rond op sociale media.", "nl"),
    ("Kontakt til politiet fik de først i går.", "da"),
    ("Volg ons advies, zei de minister.", "nl"),
    ("Følg os, råbte demonstranterne.", "da"),
    ("Tip: vergeet je paspoort niet.", "nl"),
    ("Har du et tip til de nye studerende?", "da"),
    ("Door onze verslaggever ter plaatse werd het nieuws bevestigd.", "nl"),
    ("Af vores medarbejdere har 20 sagt op.", "da"),
    ("Skriv til jan@avisen.dk, hvis du har spørgsmål.", "da"),
    ("Jan de Vries 12 mei 2023 werd hij benoemd.", "nl"),
    ("Det skete for 3 uger siden.", "da"),
    ("Bekijk ook de andere plannen.", "nl"),
    ("Se mere på kommunens hjemmeside.", "da"),
])
def test_sentences_that_start_like_furniture_stay(line: str, language: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text(f"Overskrift\n{body}\n{line}\n{body2}", language=language)
    assert line in _lines(cleaned)
    assert line not in cleaned.removed["removed"].tolist()


@pytest.mark.parametrize("page, language, rubric", [
    (f"Dagens overblik\nDagens overblik: Ny plan for skolerne\n{_DA}", "da", "Dagens overblik"),
    (f"Oorlog in Oekraïne\nOorlog in Oekraïne: Kyiv vraagt om meer wapens\n{_NL}", "nl",
     "Oorlog in Oekraïne"),
])
def test_a_rubric_that_the_headline_repeats_before_a_colon_goes(page: str, language: str,
                                                                 rubric: str) -> None:
    cleaned = clean_text(page, language=language)
    assert _lines(cleaned) == page.split("\n")[1:]  # the headline keeps it
    assert _rule_of(cleaned, rubric) == f"kicker-label-{language}"


@pytest.mark.parametrize("page, language", [
    # the next line starts with the words, but without a colon: a headline and its lead
    (f"Nye regler for havnen\nNye regler for havnen skal gælde fra januar.\n{_DA}", "da"),
    # a line that is not at the top (a sub-heading before a colon line further down)
    (f"Ny plan\n{_DA}\n{_DA2}\n{_DA}\n{_DA2}\n{_DA}\n{_DA2}\n{_DA}\n{_DA2}\n{_DA}\nDe nye regels\n"
     "De nye regels: wat verandert er?", "nl"),
])
def test_a_line_that_is_no_rubric_of_the_headline_stays(page: str, language: str) -> None:
    cleaned = clean_text(page, language=language)
    assert not cleaned.removed["rule"].str.startswith("kicker-label").any()


def test_a_shape_rule_with_an_unknown_field_is_refused() -> None:
    rules = cleaning_rules()
    rules.loc[rules["rule"] == "kicker-label-da", "field"] = "kick"
    with pytest.raises(ArgumentError, match="'elsewhere'.*'kicker'"):
        clean_text("Tekst.", rules=rules)


@pytest.mark.parametrize("line, language, rule", [
    ("(Arkivfoto)", "da", "site-furniture"), ("Archiefbeeld", "nl", "site-furniture"),
    ("Del artiklen: Facebook Twitter LinkedIn Mail", "da", "site-furniture"),
    ("Deel dit artikel: Facebook Twitter WhatsApp", "nl", "site-furniture"),
    ("Annonce:", "da", "site-furniture"), ("Advertorial", "nl", "site-furniture"),
    ("Læs hele artiklen", "da", "site-furniture"),
    ("Lees het volledige artikel", "nl", "site-furniture"),
    ("Klik her for at læse mere", "da", "site-furniture"),
    ("Klik hier voor meer informatie", "nl", "site-furniture"),
    ("VIDEO: Se øjeblikket, hvor broen falder", "da", "site-furniture"),
    ("Podcast: de week in vijf minuten", "nl", "site-furniture"),
    ("Næste artikel", "da", "site-furniture"), ("Volgende", "nl", "site-furniture"),
    ("Til toppen", "da", "site-furniture"), ("Terug naar boven", "nl", "site-furniture"),
    ("Forside > Nyheder > Indland", "da", "site-furniture"),
    ("Home > Nieuws > Binnenland", "nl", "site-furniture"),
    ("Se galleriet", "da", "gallery-link"), ("Bekijk hier de beelden", "nl", "gallery-link"),
    ("RITZAU", "da", "agency-byline"), ("Af Ritzau /ritzau/", "da", "agency-byline"),
    ("Door ANP", "nl", "agency-byline"),
    ("lør. 12. maj 2023 - 14:00", "da", "page-date"),
    ("za 12 mei 2023 om 14:00", "nl", "page-date"),
    ("Politiet efterlyser vidner 3 t. siden", "da", "teaser-age"),
    ("Politie zoekt getuigen 2 u geleden", "nl", "teaser-age"),
    ("Kun for abonnenter", "da", "paywall-offer"),
    ("Kijk: zo ging het mis bij de kruising", "nl", "read-link-colon"),
    ("Mere om Ukraine", "da", "teaser-heading"),
])
def test_more_furniture_of_the_website_goes(line: str, language: str, rule: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text(f"Overskrift\n{body}\n{line}\n{body2}", language=language)
    assert _lines(cleaned) == ["Overskrift", body, body2]
    assert _rule_of(cleaned, line) == rule


@pytest.mark.parametrize("line, language", [
    ("Video: het is een woord dat iedereen kent.", "nl"),
    ("Klik her, og du er med, siger hun.", "da"),
    ("Klik hier en daar, zei de fotograaf lachend.", "nl"),
    ("Næste år bliver det anderledes.", "da"),
    ("Volgende week beslist de gemeenteraad.", "nl"),
    ("Det er 3 > 2, siger han.", "da"),
    ("Forrige uge sagde han nej.", "da"),
    ("Annonce: kommunen søger nye medarbejdere til skolerne.", "da"),
    ("Læs hele artiklen i morgen.", "da"),
    ("Se, billederne viser tydeligt, hvad der skete, siger hun.", "da"),
    ("Bekijk de beelden maar eens goed, zegt de agent.", "nl"),
    ("Mere om det senere, lovede ministeren.", "da"),
    ("Kun for abonnenter var det en overraskelse.", "da"),
])
def test_sentences_that_start_like_more_furniture_stay(line: str, language: str) -> None:
    body, body2 = (_DA, _DA2) if language == "da" else (_NL, _NL2)
    cleaned = clean_text(f"Overskrift\n{body}\n{line}\n{body2}", language=language)
    assert line in _lines(cleaned)
    assert line not in cleaned.removed["removed"].tolist()
