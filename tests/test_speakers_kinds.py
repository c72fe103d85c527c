"""Kinds of Dutch and Danish news writing that decide who speaks (issue 11, session 6).

Each kind is a general pattern of news copy, tested on sentences written for these tests (no
page's words or names), with near-misses that keep the speaker they had, or none: where a rule
cannot be sure, the quotation keeps no speaker rather than a wrong one.
"""

from __future__ import annotations

import pytest

from framelab.sourcing import find_quotes

# (text, language, [[speaker, attribution], ...])
KINDS = [
    # A role no one was given ("siger statsministeren") after a sentence that names two people
    # in full: a guess between them, so no one; with one person named, or the role given to
    # someone ("Minister-president Dick Schoof"), that person (student reader, session 6).
    ("Peter Holm mødtes med Jens Lund i går. »Det var et godt møde«, siger statsministeren.",
     "da", [["", "unknown"]]),
    ("Anna de Wit sprak met Jan Smit. „Nee”, zegt de premier.", "nl", [["", "unknown"]]),
    ("Jens Lund kom sent. »Det var et godt møde«, siger statsministeren.", "da",
     [["Jens Lund", "role (after the quote)"]]),
    ("Minister-president Anna de Wit sprak met Jan Smit. „Nee”, zegt de premier.", "nl",
     [["Anna de Wit", "role (after the quote)"]]),
    # An organisation named in full, later by its common noun ("de raad", "Retten",
    # "kommunen"): the noun is that organisation, one speaker.
    ("Het plan is te duur, vindt de Landelijke Zorgraad. Dat is „geen goed idee”, stelt de raad "
     "in een brief.", "nl",
     [["Landelijke Zorgraad", "named after the quote"]]),
    ("Vestre Byret afsagde dom i går.\nByretten skriver, at han »handlede forsætligt«.\n"
     "Retten tilføjer, at straffen er »passende«.", "da",
     [["Vestre Byret", "named before the quote"], ["Vestre Byret", "named before the quote"]]),
    ("Aalborg Kommune har svaret. »Vi ser på sagen«, skriver kommunen.", "da",
     [["Aalborg Kommune", "named after the quote"]]),
    # ... not with two organisations of that noun before it (which one is unclear) ...
    ("Vestre Byret og Østre Landsret var uenige. Retten skriver, at han »handlede forsætligt«.",
     "da", [["Retten", "named before the quote"]]),
    # ... nor one named only after the quotation ...
    ("»Vi ser på sagen«, skriver kommunen.\nAalborg Kommune har ikke svaret mere.", "da",
     [["kommunen", "named after the quote"]]),
    # ... nor a surname that looks like a definite noun
    ("Peter Hans kom for sent. »Det er fint«, siger Hansen.", "da",
     [["Hansen", "named after the quote"]]),
    # A line before a colon with no reporting verb: the person it opens with, as its subject,
    # speaks; a name after a preposition or in a relative clause later in the line is a place
    # or a topic ("på Nord Skole", "om sin kollega Peter Lund", "over haar buurman Jan Smit").
    ("Ole Bak er direktør på Nord Skole, hvor de også mærker det:\n- Det er positivt.", "da",
     [["Ole Bak", "named before a colon"]]),
    ("Forfatteren Jens Holm om sin kollega Peter Lund fra Aarhus i en ny bog:\n"
     "»Han kan skrive.«", "da", [["Jens Holm", "named before a colon"]]),
    ("Anna de Wit over haar buurman Jan Smit in een nieuw boek:\n„Hij kan schrijven.”", "nl",
     [["Anna de Wit", "named before a colon"]]),
    # ... not a line that opens with a noun (the name after it is an object) ...
    ("Mødet med Jens Holm i Aarhus:\n- Det var en god dag.", "da", [["", "unknown"]]),
    ("Het gesprek met Jan Smit in Utrecht:\n„Het was een goede dag.”", "nl",
     [["", "unknown"]]),
    # ... and a reporting verb still decides (its subject, not a name in the relative clause
    # after it; a suspended compound "Radio- og tv-nævnet" is where she is from)
    ("Formand Karen Lund fra Radio- og tv-nævnet kommenterede udbuddet, som Radio Nord vandt "
     "foran Radio Syd:\n»Vi mener, vi har gjort det rigtige.«", "da",
     [["Karen Lund", "named before a colon"]]),
    # Half a compound ("Nord-" in "Nord- og Østjyllands Politi") is no name: a role of that
    # organisation no one in the text has speaks unnamed.
    ("Søndag har Nord- og Østjyllands Politi ledt efter spor.\n\n- Vi har ledt med hunde, "
     "siger vagtchefen ved Nord- og Østjyllands Politi.", "da",
     [["", "unknown"]]),
    # "ifølge"/"volgens" right after the subject of a reporting verb, a role too, names the
    # medium that reports it, not the speaker; "og tilføjer:" goes on with the same subject.
    ("Træner Ole Bak var glad. »Vi vandt«, siger træneren ifølge Ritzau og tilføjer: »Det var "
     "svært.«", "da",
     [["Ole Bak", "role (after the quote)"], ["Ole Bak", "role (before the quote)"]]),
    ("»Vi vandt«, siger træneren ifølge Ritzau og tilføjer: »Det var svært.«", "da",
     [["", "unknown"], ["", "unknown"]]),
    ("„We wonnen”, zei de trainer volgens ANP. „Het was zwaar”, zei hij.", "nl",
     [["", "unknown"], ["", "unknown"]]),
    # ... but "volgens" first, before the verb and its subject, is a source too
    ("Volgens de NOS zei de trainer:\n„Het was zwaar.”", "nl", [["", "unknown"]]),
    # A role with a short phrase after a preposition, then the name between commas: that
    # person ("den nye minister på området, Jens Holm,"); "han" after the quote is them.
    ("»Det var svære dage«, sagde Karen Lund, da hun præsenterede Jens Holm og Ole Bak.\n\n"
     "Bagefter svarede den nye minister på området, Jens Holm, blandt andet:\n\n"
     "»Jeg går til opgaven med ydmyghed«, sagde han.", "da",
     [["Karen Lund", "named after the quote"], ["Jens Holm", "pronoun (after the quote)"]]),
    ("„Het waren zware dagen”, zei Karen Smit, toen zij Jan Bos en Piet Mol voorstelde.\n\n"
     "Daarna antwoordde de nieuwe minister op dat terrein, Jan Bos, onder meer:\n\n"
     "„Ik begin met bescheidenheid”, zei hij.", "nl",
     [["Karen Smit", "named after the quote"], ["Jan Bos", "pronoun (after the quote)"]]),
    # A quotation that opens the article (a headline's) is the first speaker named after it,
    # unless a paragraph between names another person in full (a caption, a box): whose words
    # they are is unclear, so no one's.
    ("Flere voksne vælger uddannelse: 'Det gav bare bedre mening'\nAnna Holm er 21 år og er "
     "netop startet på skolen.\n- Vi har flere elever i år, siger rektor Jens Lund.", "da",
     [["", "unknown"], ["Jens Lund", "named after the quote"]]),
    ("Flere voksne vælger uddannelse: 'Det gav bare bedre mening'\nSkolen har fået flere "
     "elever i år.\n- Vi har flere elever i år, siger rektor Jens Lund.", "da",
     [["Jens Lund", "named later"], ["Jens Lund", "named after the quote"]]),
    ("Meer volwassenen kiezen een opleiding: ‘Het was gewoon logischer’\nAnna de Wit is 21 "
     "jaar en begon net aan de opleiding.\n„We hebben meer leerlingen”, zegt directeur Jan "
     "Smit.", "nl", [["", "unknown"], ["Jan Smit", "named after the quote"]]),
    ("Meer volwassenen kiezen een opleiding: ‘Het was gewoon logischer’\nDe school heeft dit "
     "jaar meer leerlingen.\n„We hebben meer leerlingen”, zegt directeur Jan Smit.", "nl",
     [["Jan Smit", "named later"], ["Jan Smit", "named after the quote"]]),
    # A compound of "man"/"woman" for what someone does ("politimanden", "de politieman") is
    # the last person given a role with that first part ("vicepolitiinspektør Jens Holm") ...
    ("Politiet leder efter manden, men vicepolitiinspektør Jens Holm maner til besindighed.\n\n"
     "- Ingen er kommet noget til, siger politimanden til avisen.", "da",
     [["Jens Holm", "role (after the quote)"]]),
    ("De politie zoekt de man, maar politiewoordvoerder Jan Smit maant tot kalmte.\n\n"
     "„Niemand is gewond”, zegt de politieman tegen de krant.", "nl",
     [["Jan Smit", "role (after the quote)"]]),
    # ... not when the last person with a role has another one, nor "manden", "de man" alone
    ("Vicepolitiinspektør Jens Holm talte. Brandchef Ole Bak så det hele.\n\n"
     "- Ingen er kommet noget til, siger politimanden.", "da", [["", "nobody named"]]),
    ("Politiet leder efter manden, men vicepolitiinspektør Jens Holm maner til besindighed.\n\n"
     "- Jeg har ikke gjort noget, siger manden.", "da", [["", "nobody named"]]),
    ("De politie zoekt de man, maar politiewoordvoerder Jan Smit maant tot kalmte.\n\n"
     "„Niemand is gewond”, zegt de man tegen de krant.", "nl", [["", "nobody named"]]),
    # Initials are one name with the surname ("A. P. Jansen", "J. C. Holm"), also after a
    # long apposition: not the sentence "A." and the speaker "P. Jansen" ...
    ("Ds. A. P. Jansen, predikant van de kerk te Aagtekerke (de oudste kerk), sprak over "
     "Johannes 3. Hij wees erop dat het goed is. „Wat een wonder.”\n\nDe synode is in Gouda, "
     "stelde ds. Jansen. „De Heer is overal.”", "nl",
     [["A. P. Jansen", "continuation"], ["A. P. Jansen", "continuation"]]),
    ("A. P. Jansen sprak. „Wat een wonder”, zei hij.", "nl",
     [["A. P. Jansen", "pronoun (after the quote)"]]),
    ("J. C. Holm, præst i kirken i Aabenraa (den ældste i byen), talte om Johannes 3. Han sagde, "
     "at det var godt. »Sikke et under.«", "da", [["J. C. Holm", "continuation"]]),
    # ... but a sentence that ends with a letter still ends there before a name
    ("Det var plan B. Jens Holm talte. »Sikke et under«, sagde han.", "da",
     [["Jens Holm", "pronoun (after the quote)"]]),
    # A demonstrative as the subject ("zei die", "Die zei:", "sagde denne") is the person named
    # last before it, with no other noun after that name; an unnamed one ("een journalist",
    # "de buurman") is no one named, not the speaker of the paragraph it is quoted in.
    ("Jan Smit: Het project is goed. Toen ik het in 2001 aan een Duitse journalist uitlegde, "
     "zei die: ‘Mooi, maar wat is het plan?’", "nl", [["", "nobody named"]]),
    ("Toen ik Piet de Vries belde, zei die: ‘Het plan is goed.’", "nl",
     [["Piet de Vries", "pronoun (before the quote)"]]),
    ("Ik sprak gisteren met Piet de Vries. Die zei: ‘Het plan is goed.’", "nl",
     [["Piet de Vries", "pronoun (before the quote)"]]),
    ("Jan Smit sprak met de buurman. Die zei: ‘Het plan is goed.’", "nl",
     [["", "nobody named"]]),
    ("Jeg ringede til Jens Holm. »Planen er god«, sagde denne.", "da",
     [["Jens Holm", "pronoun (after the quote)"]]),
    ("Jens Holm talte med en journalist. »Planen er god«, sagde denne.", "da",
     [["", "nobody named"]]),
    # A role "of" one capitalised word ("de burgemeester van Tiel", "borgmesteren i Tønder") is
    # of a place or a person: not a person named "Tiel" but the holder of the role.
    ("Burgemeester Jan Smit sprak. „We zijn klaar”, zei de burgemeester van Tiel.", "nl",
     [["Jan Smit", "role (after the quote)"]]),
    ("Borgmester Jens Holm talte. »Vi er klar«, siger borgmesteren i Tønder.", "da",
     [["Jens Holm", "role (after the quote)"]]),
    # After an opening adverbial the subject follows the verb: a name in the adverbial's
    # phrases ("van de Stichting Vrienden der Oude Kerk, zaterdag in Tiel,") is no subject,
    # not even its end after a particle ("Oude Kerk")
    ("Het congres kwam er dankzij de Staten, aldus dr. J. Bos.\n\nIn zijn lezing op het "
     "congres van de Stichting Vrienden der Oude Kerk, zaterdag in Tiel, noemde de historicus "
     "van Tiel het zelfs „de echte strijd.”", "nl", [["J. Bos", "role (before the quote)"]]),
    ("Op het congres van de Stichting Vrienden der Oude Kerk, zaterdag in Tiel, noemde "
     "historicus Jan Smit het plan „een fout”.", "nl", [["Jan Smit", "named before the quote"]]),
    # A name right after an organisation's name ("direktør i Dansk Byggeri Karen Holm") gets no
    # first name from it ("Byggeri Karen Holm"); a surname of two words still gets the first
    # name before it ("Rutger Groot Wassink")
    ("- Vi kan ikke vente længere, understreger direktør i Dansk Byggeri Karen Holm.", "da",
     [["Karen Holm", "named after the quote"]]),
    ("Formand for Danske Regioner Karen Holm (S) siger:\n\n- Vi er klar.", "da",
     [["Karen Holm", "named before a colon"]]),
    ("„Het kan niet”, zei directeur van de Nederlandse Spoorwegen Anna Visser.", "nl",
     [["Anna Visser", "named after the quote"]]),
    ("Wethouder Rutger Groot Wassink kwam. „Het kan niet”, zei Groot Wassink.", "nl",
     [["Rutger Groot Wassink", "named after the quote"]]),
    # A role where someone works ("overlæge på Rigshospitalet", "hoogleraar aan de Universiteit
    # Utrecht") before the name: the name, not the place
    ("- Vi skal passe på, siger overlæge på Rigshospitalet Karen Holm.", "da",
     [["Karen Holm", "named after the quote"]]),
    ("„Het kan niet”, zei hoogleraar aan de Universiteit Utrecht Jan Smit.", "nl",
     [["Jan Smit", "named after the quote"]]),
    # A person's name in the genitive before a role is whose role it is: the person named after
    # the comma ("Jens Hansens advokat, Peter Lund"), else someone not named (not the owner)
    ("- Det er ikke i orden, siger Jens Hansens advokat, Peter Lund.", "da",
     [["Peter Lund", "named after the quote"]]),
    ("Jens Hansen blev dømt. - Det er ikke i orden, siger Jens Hansens advokat.", "da",
     [["", "nobody named"]]),
    ("„Nee”, zei Anna de Wits woordvoerder. „Ja”, zei Anna de Wits woordvoerder, Piet Bos.",
     "nl", [["", "nobody named"], ["Piet Bos", "named after the quote"]]),
    # ... an organisation's genitive before a role is part of the role ("Dansk Folkepartis
    # formand, Peter Lund")
    ("- Det er ikke i orden, siger Dansk Folkepartis formand, Peter Lund.", "da",
     [["Peter Lund", "named after the quote"]]),
    # Roles of everyday news ("forfatteren", "de predikant") are who the article gave them
    ("Forfatteren Jens Holm udgiver en ny bog.\n\n- Den handler om min barndom, siger "
     "forfatteren.", "da", [["Jens Holm", "role (after the quote)"]]),
    ("Predikant Jan de Vries opende de dienst. „Wat een dag”, zei de predikant.", "nl",
     [["Jan de Vries", "role (after the quote)"]]),
    # A role before a name is no part of it when the quotation follows the sentence that
    # introduced that person ("Huisarts Anna de Vries ziet het dagelijks. „…”") ...
    ("Huisarts Anna de Vries ziet het dagelijks. „Patiënten wachten te lang.”", "nl",
     [["Anna de Vries", "continuation"]]),
    ("Læge Anna Holm ser det hver dag. »Patienterne venter for længe.«", "da",
     [["Anna Holm", "continuation"]]),
    # ... and with two parties in that sentence, still no one
    ("Jan Smit zag het gebeuren. Huisarts Anna de Vries belde Jan Smit op. „Patiënten wachten "
     "te lang.”", "nl", [["", "unknown"]]),
    # "Ordene kommer fra …", "De kritiek komt van …": a noun for what was said comes from the
    # speaker (after the quotation, or before it for a later "hun", "ze") ...
    ("- Vi er klar til kampen.\n\nOrdene kommer fra Jens Hansen, der er træner for holdet.",
     "da", [["Jens Hansen", "named in the next sentence"]]),
    ("Kritikken kommer fra Karen Holm, der er formand for forældrebestyrelsen.\n\n- Vi er "
     "ikke blevet hørt, siger hun.", "da", [["Karen Holm", "pronoun (after the quote)"]]),
    ("„We zijn klaar.”\n\nDe woorden komen van Jan Smit, trainer van de ploeg.", "nl",
     [["Jan Smit", "named in the next sentence"]]),
    # ... not other things that come from someone
    ("- Vi mangler penge.\n\nPengene kommer fra Region Syddanmark.", "da", [["", "unknown"]]),
    ("„We missen geld.”\n\nHet geld komt van de provincie Utrecht.", "nl", [["", "unknown"]]),
    # A surname in -s before a verb in the past tense is the subject ("Anna de Vries belde"),
    # not a genitive ("Thomas Holms forslag")
    ("Anna de Vries belde de burgemeester. „Het kan niet.”", "nl",
     [["Anna de Vries", "continuation"]]),
    ("Thomas Holms forslag blev afvist. »Det er for dyrt.«", "da", [["", "unknown"]]),
    # A Danish speech paragraph whose last sentence names its speaker ("Det siger …", "Sådan
    # lyder det fra …"): that sentence is no part of the quotation
    ("- Vi er klar til kampen. Det siger træner Jens Hansen.", "da",
     [["Jens Hansen", "named in the next sentence"]]),
    ("- Vi er klar. Vi har trænet hårdt. Sådan lyder det fra træner Jens Hansen.", "da",
     [["Jens Hansen", "named in the next sentence"]]),
    # ... not a sentence of the speech that opens with "Det"
    ("- Vi er klar til kampen. Det er vi virkelig.", "da", [["", "unknown"]]),
    # A sentence that opens with a possessive, a noun and a name between commas introduces
    # that person ("Hans kone, Karen Hansen, er enig."): the "hun" after it is hers
    ("Jens Hansen er pensionist.\n\n- Byen har forandret sig, siger Jens Hansen.\n\nHans "
     "kone, Karen Hansen, er enig.\n\n- Vi kan ikke genkende den, siger hun.", "da",
     [["Jens Hansen", "named after the quote"], ["Karen Hansen", "pronoun (after the quote)"]]),
    ("Jan Smit woont in Gent.\n\n„De stad is veranderd”, zegt Jan Smit.\n\nZijn vrouw, Anna "
     "de Wit, is het met hem eens.\n\n„We herkennen haar niet meer”, zegt ze.", "nl",
     [["Jan Smit", "named after the quote"], ["Anna de Wit", "pronoun (after the quote)"]]),
    # ... not without a name there
    ("Jan Smit woont in Gent.\n\n„De stad is veranderd”, zegt Jan Smit.\n\nZijn vrouw, die "
     "ook in Gent woont, knikt.\n\n„We herkennen haar niet meer”, zegt hij.", "nl",
     [["Jan Smit", "named after the quote"], ["Jan Smit", "pronoun (after the quote)"]]),
    # A quotation that opens a lead before anyone was quoted, followed by a sentence about a
    # person named in full: the words of the person the article is about ...
    ("Religie en politiek\n\n‘Religie gaat niet over god. Religie gaat over liefde.’ De "
     "theoloog Jan Smit relativeert de scheiding van kerk en staat.", "nl",
     [["Jan Smit", "named in the next sentence"]]),
    ("Religion og politik\n\n»Religion handler ikke om gud. Den handler om kærlighed.« "
     "Teologen Jens Holm mener, at kirke og stat hører sammen.", "da",
     [["Jens Holm", "named in the next sentence"]]),
    # ... not after someone spoke (the quotation goes on with them), nor before a place
    ("»Ja«, sagde Eva Holm.\n»Vi begynder.« Straks begyndte Anna Holm at tale.", "da",
     [["Eva Holm", "named after the quote"], ["Eva Holm", "continuation"]]),
    ("‘Het is een mooie stad.’ Amsterdam is volgens velen de mooiste stad.", "nl",
     [["", "unknown"]]),
    # After an opening subordinate clause the main clause's subject follows its verb ("Mens
    # Jens Hansen er positiv, er Karen Holm skeptisk."): "hun" after it is Karen Holm ...
    ("Mens Jens Hansen er positiv, er Karen Holm mere skeptisk.\n\n- Jeg tror ikke på det, "
     "siger hun.", "da", [["Karen Holm", "pronoun (after the quote)"]]),
    ("Terwijl Jan Smit lacht, kijkt Anna de Wit bezorgd. „Ik geloof er niets van”, zegt ze.",
     "nl", [["Anna de Wit", "pronoun (after the quote)"]]),
    # ... and a pronoun there is the person before, not the name in the subordinate clause
    ("Karen Holm kom ind. Mens Jens Hansen taler, lytter hun.\n\n- Jeg tror ikke på det, "
     "siger hun.", "da", [["Karen Holm", "pronoun (after the quote)"]]),
    # An age for a person ("siger 32-årige Karen Holm"; "siger den 45-årige", "zegt de
    # 34-jarige" alone): the person named with that age, else no one named
    ("- Jeg blev meget overrasket, siger 32-årige Karen Holm fra Vejle.", "da",
     [["Karen Holm", "named after the quote"]]),
    ("Jens Hansen er 45 år. - Jeg blev overrasket, siger den 45-årige.", "da",
     [["Jens Hansen", "role (after the quote)"]]),
    ("Anna de Wit (34) woont in Gent. „Ik schrok”, zegt de 34-jarige.", "nl",
     [["Anna de Wit", "role (after the quote)"]]),
    ("Anna de Wit (34) woont in Gent. „Ik schrok”, zegt de 52-jarige.", "nl",
     [["", "nobody named"]]),
    # A quotation inside a quotation after the speaker's own "jeg tænkte:", "zei ik:" is theirs
    # (their thought or their words then); after someone else's verb it is not
    ("Formand Karen Holm om det nye parti:\n\n»Jeg vågnede op og tænkte: ’Gud, hvor har vi "
     "brug for et nyt parti’, og jeg har svært ved at se det«.", "da",
     [["Karen Holm", "named before a colon"], ["Karen Holm", "continuation in the paragraph"]]),
    ("Formand Karen Holm om det nye parti:\n\n»Min nabo ringede og sagde: ’Gud, hvor har vi "
     "brug for et nyt parti’, og jeg har svært ved at se det«.", "da",
     [["Karen Holm", "named before a colon"], ["", "unknown"]]),
    ("„Toen hij belde, zei ik: ‘Nee, dat doe ik niet.’ Daarna was het stil”, zegt Anna de Wit.",
     "nl", [["Anna de Wit", "named after the quote"],
            ["Anna de Wit", "continuation in the paragraph"]]),
    # A stage direction of an interview ("(lacht)") before an answer leaves it a whole answer
    ("„Ik ben klaar”, zegt minister Anna de Wit.\n\nMaar het akkoord lijkt dood.\n\n(lacht) "
     "„Dat zeggen ze al jaren. Het leeft nog.”", "nl",
     [["Anna de Wit", "named after the quote"], ["Anna de Wit", "continuation"]]),
    # "Han hedder Jens Hansen", "Zij heet Anna de Wit": the person named, who "han"/"ze" is
    ("Han hedder Jens Hansen og er 45 år.\n\n- Jeg har boet her hele livet, siger han.", "da",
     [["Jens Hansen", "pronoun (after the quote)"]]),
    ("Zij heet Anna de Wit en woont in Gent. „Ik ben hier geboren”, zegt ze.", "nl",
     [["Anna de Wit", "pronoun (after the quote)"]]),
    # ... not "Han hedder ikke …"
    ("Karen Holm kom ind. Han hedder ikke Jens.\n\n- Jeg har boet her hele livet, siger hun.",
     "da", [["Karen Holm", "pronoun (after the quote)"]]),
    # "han" and "hun" are two people: after "siger hun" for Karen Holm, "siger han" is the
    # man named before, not her; with no one else named, no one
    ("Karen Holm og Jens Hansen har drevet butikken i 20 år.\n\n- Vi har haft gode år, siger "
     "hun.\n\n- Men nu er det slut, siger han.", "da",
     [["Karen Holm", "pronoun (after the quote)"], ["Jens Hansen", "pronoun (after the quote)"]]),
    ("Karen Holm er formand for foreningen.\n\nBorgmester Jens Hansen (V) er uenig.\n\n- Det "
     "er for dyrt, siger han.\n\n- Det passer ikke, siger hun.", "da",
     [["Jens Hansen", "pronoun (after the quote)"], ["Karen Holm", "pronoun (after the quote)"]]),
    ("Karen Holm er formand.\n\n- Det er for dyrt, siger hun.\n\n- Det passer ikke, siger "
     "han.", "da",
     [["Karen Holm", "pronoun (after the quote)"], ["", "unknown"]]),
    ("Karen Holm er formand.\n\n- Det er for dyrt, siger hun.\n\n- Vi fortsætter, siger hun.",
     "da", [["Karen Holm", "pronoun (after the quote)"], ["Karen Holm", "pronoun (after the quote)"]]),
    # The reporting verb of ", siger hun og smiler" is the clause's first ("siger"), for its
    # stance too
    ("Karen Holm er formand.\n\n- Vi er glade, siger hun og smiler.", "da",
     [["Karen Holm", "pronoun (after the quote)"]]),
    # --- session 7: kinds that generalise beyond one set -------------------------------------
    # A Danish common noun in the definite genitive before a role is what the role is of
    # ("udvalgets formand", "skolens leder"): the person named after it, or the one given that
    # role before ...
    ("- Vi siger nej, fortæller udvalgets formand, Karen Lund (V).", "da",
     [["Karen Lund", "named after the quote"]]),
    ("Rektor Ole Bak er glad. »Vi har fået flere elever«, siger skolens rektor.", "da",
     [["Ole Bak", "role (after the quote)"]]),
    # ... not a genitive before a noun that is no role (no one named)
    ("»Vi er trætte«, siger skolens elever.", "da", [["", "unknown"]]),
    # A role, a comma, then a second role with the name: one person, two appositions
    ("- Vi vil ikke være med, siger partiets leder, 1. viceborgmester Karen Lund.", "da",
     [["Karen Lund", "named after the quote"]]),
    ("„We doen niet mee”, zegt de fractievoorzitter, wethouder Anna de Wit.", "nl",
     [["Anna de Wit", "named after the quote"]]),
    # ... not a second apposition with no name in it
    ("„We doen niet mee”, zegt de fractievoorzitter, een oud-wethouder.", "nl",
     [["", "unknown"]]),
    # A role with what and where it is of, in phrases with names in them, then the name between
    # a comma and the end of the clause ("formand for bestyrelsen på Nord Skole i Vejle, Jens
    # Holm.") ...
    ("- Det går for stærkt, siger formand for bestyrelsen på Vestby Skole i Lemvig, Karen Lund.",
     "da", [["Karen Lund", "named after the quote"]]),
    ("„Het gaat te snel”, zegt de voorzitter van de buurtvereniging in Zeewolde, Anna de Wit.",
     "nl", [["Anna de Wit", "named after the quote"]]),
    # ... not a name that goes on into the sentence, nor two names
    ("- Det går for stærkt, siger formanden for bestyrelsen på Vestby Skole, Karen Lund hver "
     "dag.", "da", [["", "unknown"]]),
    ("„Het gaat te snel”, zegt de voorzitter van de vereniging in Zeewolde, Anna de Wit en Jan "
     "Smit.", "nl", [["", "unknown"]]),
    # An organisation of two places that share its noun ("Vestjyllands og Sydjyllands Politi",
    # "Brandweer Noord- en Oost-Gelderland") is one organisation in a role link: the name
    # after it speaks; with no name, no one (not the second place's organisation)
    ("- Vi ved ikke mere, siger vagtchef ved Vestjyllands og Sydjyllands Politi Ole Bak.", "da",
     [["Ole Bak", "named after the quote"]]),
    ("- Vi ved ikke mere, siger vagtchefen ved Vestjyllands og Sydjyllands Politi.", "da",
     [["", "unknown"]]),
    ("„We weten niets meer”, zegt commandant van de Brandweer Noord- en Oost-Gelderland Jan "
     "Smit.", "nl", [["Jan Smit", "named after the quote"]]),
    ("„We weten niets meer”, zegt de commandant van de Brandweer Noord- en Oost-Gelderland.",
     "nl", [["", "unknown"]]),
    # The attribution of a Danish speech paragraph opens with its verb (", siger Jens Holm"): a
    # verb in a clause of the narrative after it (", der …", ", hvor han vil sige …") is none
    ("Ole Bak blev anholdt ved en fejl.\n\n- Han skal have en undskyldning, siger Karen Lund, "
     "der har inviteret Ole Bak til et møde, hvor han vil sige undskyld.", "da",
     [["Karen Lund", "named after the quote"]]),
    # ... while a subordinate clause inside the speech still belongs to it
    ("Karen Lund er formand.\n\n- Vi ved det ikke, når man spørger, siger hun.", "da",
     [["Karen Lund", "pronoun (after the quote)"]]),
    # A whole quotation reported with a verb of asking ("ville … vide", "wilde … weten") is a
    # question even without "?": the answer after it is not the asker's but the interviewee's
    ("Karen Lund er kunstner.\n\n- Hvad er du bange for nu, ville journalist Ole Bak vide.\n\n"
     "- Ulve. De er overalt.", "da",
     [["Ole Bak", "named after the quote"], ["Karen Lund", "interview (answer)"]]),
    ("Anna de Wit is kunstenaar.\n\n‘Waar bent u bang voor’, wilde journalist Jan Smit "
     "weten.\n\n‘Wolven. Ze zijn overal.’", "nl",
     [["Jan Smit", "named after the quote"], ["Anna de Wit", "interview (answer)"]]),
    # ... not a statement reported with another verb (the paragraph after continues it)
    ("Karen Lund er kunstner.\n\n- Ulve er farlige, siger journalist Ole Bak.\n\n"
     "- Ulve. De er overalt.", "da",
     [["Ole Bak", "named after the quote"], ["Ole Bak", "continuation"]]),
    ("Anna de Wit is kunstenaar.\n\n‘Wolven zijn gevaarlijk’, zei journalist Jan Smit.\n\n"
     "‘Wolven. Ze zijn overal.’", "nl",
     [["Jan Smit", "named after the quote"], ["Jan Smit", "continuation"]]),
    # An interview's answers are the person introduced before the first quotation (or in its
    # paragraph): not someone named in a later question ("din kone (Karen Lund) …?"), nor a
    # title that opens with a Danish definite genitive ("Årets Fynbo", "Ugens Gæst": "år",
    # "uge" are written in lowercase too) ...
    ("Du har boet i Vejle i ti år og kan blive Årets Vejlenser. Hvordan endte du her?\n\n"
     "- Det var et tilfælde.\n\nOg du mødte din kone (Karen Lund, jurist) her. Hvordan gik "
     "det til?\n\n- Vi fandt hurtigt sammen.", "da",
     [["", "unknown"], ["", "unknown"]]),
    ("Je woont al twintig jaar in Gent. Hoe ben je hier terechtgekomen?\n\n‘Dat was toeval.’"
     "\n\nEn je vond je vrouw (Anna de Wit, juriste) ook hier. Hoe ging dat?\n\n‘We vonden "
     "elkaar snel.’", "nl", [["", "unknown"], ["", "unknown"]]),
    # ... but the person the lead names
    ("Ole Bak har boet i Vejle i ti år og kan blive Årets Vejlenser. Hvordan endte du her?"
     "\n\n- Det var et tilfælde.\n\nOg du mødte din kone (Karen Lund, jurist) her. Hvordan "
     "gik det til?\n\n- Vi fandt hurtigt sammen.", "da",
     [["Ole Bak", "interview (answer)"], ["Ole Bak", "interview (answer)"]]),
    ("Jan Smit woont al twintig jaar in Gent. Hoe ben je hier terechtgekomen?\n\n‘Dat was "
     "toeval.’\n\nEn je vond je vrouw (Anna de Wit, juriste) ook hier. Hoe ging dat?\n\n‘We "
     "vonden elkaar snel.’", "nl",
     [["Jan Smit", "interview (answer)"], ["Jan Smit", "interview (answer)"]]),
    # A heading that names its topic, a dash, then who speaks before the colon ("Budget -
    # Venstre: ‘…’"): the phrase after the dash; one word no one had before is no one a later
    # "hun" can be, and a name right after an opening preposition ("Hos Venstre er der …",
    # "Bij de VVD …") is no subject either
    ("- Det er for dyrt, siger Karen Holm-Lund.\n\nSkat - Venstre: 'Vi fik det hele med'\n\n"
     "Hos Venstre er der glæde over aftalen.\n\n»Det er fint«, siger hun.", "da",
     [["Karen Holm-Lund", "named after the quote"], ["Venstre", "named before a colon"],
      ["Karen Holm-Lund", "pronoun (after the quote)"]]),
    ("„Het is te duur”, zegt Anna de Wit.\n\nBegroting – VVD: ‘We kregen alles’\n\n"
     "Bij VVD is men blij met het akkoord.", "nl",
     [["Anna de Wit", "named after the quote"], ["VVD", "named before a colon"]]),
    # ... not a topic with no speaker phrase before the colon (the speech goes on)
    ("- Det er for dyrt, siger Karen Holm-Lund.\n\nSkat - for dyrt: 'Vi fik det hele med'",
     "da", [["Karen Holm-Lund", "named after the quote"], ["Karen Holm-Lund", "continuation"]]),
    ("„Het is te duur”, zegt Anna de Wit.\n\nBegroting – te duur: ‘We kregen alles’", "nl",
     [["Anna de Wit", "named after the quote"], ["Anna de Wit", "continuation"]]),
    # A name with a number in the genitive before a role ("TV 2's journalist") is whose role
    # it is, as "DR's journalist": the name after the role, else no one named by it; and an
    # organisation in capitals after a particle ends a person's name ("Jan Smit van de NOS")
    ("»Vi kørte væk«, siger TV 2's journalist.", "da", [["", "unknown"]]),
    ("»Vi kørte væk«, siger TV 2's journalist Karen Lund.", "da",
     [["Karen Lund", "named after the quote"]]),
    ("„We reden weg”, zei NPO 1's woordvoerder.", "nl", [["", "unknown"]]),
    ("„We reden weg”, zei NPO 1's woordvoerder Anna de Wit.", "nl",
     [["Anna de Wit", "named after the quote"]]),
    ("Jan Smit van de NOS was er ook. „We gaan”, zei hij.", "nl",
     [["Jan Smit", "pronoun (after the quote)"]]),
    ("Tre af DR's folk kom til byen.\n\n»Vi kørte væk«, siger TV 2's journalist.", "da",
     [["", "unknown"]]),
    # ... while a particle before a surname stays part of the name
    ("„We reden weg”, zei Jan van der Berg.", "nl",
     [["Jan van der Berg", "named after the quote"]]),
    # An opening phrase of place with a name in it ("In Villa Politica", "I Odense Havn") puts
    # the subject after the verb: that person is who a later role means, and the place is no
    # second person that makes the role a guess ...
    ("In Studio Noord zat Jan Smit aan tafel. „Dat kan niet”, aldus de minister.", "nl",
     [["Jan Smit", "role (after the quote)"]]),
    ("I Odense Havn fortalte Jens Holm om planen. »Det kan ikke lade sig gøre«, siger "
     "ministeren.", "da", [["Jens Holm", "role (after the quote)"]]),
    # ... but a person after "met"/"med" is a second person still, and a place with no verb
    # after it introduces no one
    ("Anna de Wit sprak met Jan Smit. „Dat kan niet”, aldus de minister.", "nl",
     [["", "unknown"]]),
    ("Karen Lund talte med Jens Holm. »Det kan ikke lade sig gøre«, siger ministeren.", "da",
     [["", "unknown"]]),
    ("In Den Haag Jan Smit. „Dat kan niet”, aldus de minister.", "nl", [["", "unknown"]]),
    # A party's leader ("GroenLinks-voorman", "partijvoorman") is a role before the name
    ("Het college deed 'niets', aldus PvdA-voorman Jan Smit.", "nl",
     [["Jan Smit", "named after the quote"]]),
    # A heading that is one clause trailing off in an ellipsis ("‘Prijzen omlaag, maar...’") is
    # a heading still: the speaker of the next paragraph's first quotation ...
    ("Het wordt duurder.\n\n'Prijzen moeten omlaag, maar...'\n\nIn de studio zat minister "
     "Jan Smit. „De rekening moet omlaag”, zei hij.", "nl",
     [["Jan Smit", "heading (named after it)"], ["Jan Smit", "pronoun (after the quote)"]]),
    ("Det bliver dyrere.\n\n'Priserne skal ned, men...'\n\nMinister Jens Holm var i "
     "studiet. »Regningen skal ned«, sagde han.", "da",
     [["Jens Holm", "heading (named after it)"], ["Jens Holm", "pronoun (after the quote)"]]),
    # ... not two sentences
    ("Het wordt duurder.\n\n'Prijzen moeten omlaag. Maar...'\n\nIn de studio zat minister "
     "Jan Smit. „De rekening moet omlaag”, zei hij.", "nl",
     [["", "unknown"], ["Jan Smit", "pronoun (after the quote)"]]),
    # Someone else ("een ander", "en anden") after a verb, listed or not, is someone the text
    # does not name: not the person before ...
    ("Boer Jan Smit kwam ook. „Hij begint weer over eten”, grapt een ander.", "nl",
     [["", "nobody named"]]),
    ("Landmand Jens Holm kom også. »Han taler om mad igen«, siger en anden.", "da",
     [["", "nobody named"]]),
    # ... not a clause that goes on with a conjunction
    ("Boer Jan Smit kwam ook. „Hij begint weer over eten”, terwijl een ander lacht.", "nl",
     [["Jan Smit", "continuation"]]),
    # A person named in full right after a verb the table lacks is its subject also with a
    # short object after it that ends the clause (a Dutch verb's particle last: "spoorde …
    # haar raadsleden aan") ...
    ("“Houd afstand”, spoorde de Utrechtse burgemeester Anna de Wit haar raadsleden aan.",
     "nl", [["Anna de Wit", "named after the quote"]]),
    ("»Hold afstand«, formanede borgmester Karen Lund sine kolleger.", "da",
     [["Karen Lund", "named after the quote"]]),
    # ... not with a long phrase after the name (a place, the end of another clause)
    ("“Stem op ons”, plakte Jan Smit op de muur van het oude stadhuis in Utrecht.", "nl",
     [["", "unknown"]]),
    ("»Hold afstand«, tordnede Karen Lund mod regeringen i Folketinget.", "da",
     [["", "unknown"]]),
    # A name has one group of particles: a second "van de …", "af …" after the surname is
    # where the person is from, not more of the name ...
    ("„We gaan”, zei Jan van Soest van de Partij voor de Ouderen.", "nl",
     [["Jan van Soest", "named after the quote"]]),
    ("»Vi gør det«, sagde Peter af Rosenborg af Slesvig.", "da",
     [["Peter af Rosenborg", "named after the quote"]]),
    # ... while the one group stays part of it
    ("„We gaan”, zei Ursula von der Leyen.", "nl",
     [["Ursula von der Leyen", "named after the quote"]]),
    ("Ulla af Rosenborg fra Venstre kaldte planen »en fejl«.", "da",
     [["Ulla af Rosenborg", "named before the quote"]]),
    # A paragraph that introduces one new person in full before a whole quotation, and no one
    # else, gives it to them ("Onder hen Jan Smit, wethouder …. Zijn dorp …. ‘…’"), not to
    # the last speaker ...
    ("„Het is te duur”, zei minister Anna de Wit.\n\nDe gemeenten protesteerden. Onder hen "
     "Jan Smit, wethouder in Zeewolde. Net als andere gemeenten kreeg zijn dorp meer taken. "
     "‘Wel de taken, maar niet het geld.’", "nl",
     [["Anna de Wit", "named after the quote"], ["Jan Smit", "introduced in the paragraph"]]),
    ("»Det er for dyrt«, sagde minister Karen Lund.\n\nKommunerne protesterede. Blandt dem "
     "Jens Holm, rådmand i Lemvig. Som andre kommuner fik hans by flere opgaver. »Vi fik "
     "opgaverne, men ikke pengene.«", "da",
     [["Karen Lund", "named after the quote"], ["Jens Holm", "introduced in the paragraph"]]),
    # ... not a person after a preposition, in a clause about someone, or one of two
    ("„Het is te duur”, zei minister Anna de Wit.\n\nDe gemeenten spraken met Jan Smit over "
     "het plan. Zijn dorp kreeg meer taken. ‘Wel de taken, maar niet het geld.’", "nl",
     [["Anna de Wit", "named after the quote"], ["Anna de Wit", "continuation"]]),
    ("»Det er for dyrt«, sagde minister Karen Lund.\n\nKommunerne talte med Jens Holm om "
     "planen. Hans by fik flere opgaver. »Vi fik opgaverne, men ikke pengene.«", "da",
     [["Karen Lund", "named after the quote"], ["Karen Lund", "continuation"]]),
    ("„Het is te duur”, zei minister Anna de Wit.\n\nDe minister wees erop dat de Utrechtse "
     "burgemeester Jan Smit meer taken kreeg. ‘Wel de taken, maar niet het geld.’", "nl",
     [["Anna de Wit", "named after the quote"], ["", "unknown"]]),
    ("»Det er for dyrt«, sagde minister Karen Lund.\n\nBlandt dem Jens Holm og Ole Bak, "
     "rådmænd. »Vi fik opgaverne, men ikke pengene.«", "da",
     [["Karen Lund", "named after the quote"], ["Karen Lund", "continuation"]]),
    # A role no one has yet before a colon, perhaps with a short phrase of where ("Rektor på
    # Nordskolen: »…«"), is the person the article gives that role later; with no one given
    # it, no one
    ("Rektor på Vestskolen: »Det er hårdt at spare«\n\nSkolen skal spare. Det fortæller "
     "rektor Anna Holm.", "da", [["Anna Holm", "role (named later)"]]),
    ("Directeur van de school: ‘Het is zwaar om te bezuinigen’\n\nDe school moet bezuinigen, "
     "vertelt directeur Anna de Wit.", "nl", [["Anna de Wit", "role (named later)"]]),
    ("Rektor på Vestskolen: »Det er hårdt at spare«\n\nSkolen skal spare. Eleverne er kede "
     "af det.", "da", [["", "unknown"]]),
    ("Directeur van de school: ‘Het is zwaar om te bezuinigen’\n\nDe school moet "
     "bezuinigen.", "nl", [["", "unknown"]]),
    # ... and with lowercase words only after the preposition, the name right after them
    # ("voorzitter van de vakbond Anna de Wit", "formanden i fagforeningen Karen Lund") ...
    ("„Dit kan niet”, zegt de voorzitter van de vakbond Anna de Wit tegen de krant.", "nl",
     [["Anna de Wit", "named after the quote"]]),
    ("- Det kan ikke passe, siger formanden i fagforeningen Karen Lund.", "da",
     [["Karen Lund", "named after the quote"]]),
    # ... not an organisation's name there (the name is after the comma, or the last two words)
    ("„Dit kan niet”, zei hoogleraar aan de Universiteit Utrecht Anna de Wit.", "nl",
     [["Anna de Wit", "named after the quote"]]),
    ("„Dit kan niet”, zegt de voorzitter van de vakbond Anna de Wit in Utrecht.", "nl",
     [["", "unknown"]]),
    # An age and a noun for the person ("siger den 54-årige landmand", "zegt de 54-jarige
    # boer"): the person the article gave that age, or the one it named after that noun
    # ("Landmand Ole Bak"); with two such people, or none, no one named
    ("Landmand Ole Bak er træt af reglerne.\n\n- Det er for meget, siger den 54-årige "
     "landmand.", "da", [["Ole Bak", "role (after the quote)"]]),
    ("Jan Smit (54) is boer. „Het is te veel”, zegt de 54-jarige boer.", "nl",
     [["Jan Smit", "role (after the quote)"]]),
    ("Landmand Ole Bak og landmand Jens Holm er trætte.\n\n- Det er for meget, siger den "
     "54-årige landmand.", "da", [["", "nobody named"]]),
    ("Boer Jan Smit is de regels zat. „Het is te veel”, zegt de 61-jarige buurman.", "nl",
     [["", "nobody named"]]),
    # A capitalised name right after a possessive ("i sin Toyota Landcruiser", "in zijn
    # Volkswagen Golf") is a thing someone has, no person: "han"/"hij" is not it, but the
    # person named before it, or no one ...
    ("Hver morgen kører Jens Holm ud i sin Toyota Landcruiser. »Det er koldt«, siger han.",
     "da", [["Jens Holm", "pronoun (after the quote)"]]),
    ("Elke ochtend rijdt Jan Smit weg in zijn Volkswagen Golf. „Het is koud”, zegt hij.", "nl",
     [["Jan Smit", "pronoun (after the quote)"]]),
    ("Hver morgen kører jægeren ud i sin Toyota Landcruiser. »Det er koldt«, siger han.", "da",
     [["", "unknown"]]),
    ("Zijn Volkswagen Golf staat klaar. „Het is koud”, zegt hij.", "nl", [["", "unknown"]]),
    # ... while a person after a possessive and a noun is someone ("sin kone Karen Holm")
    ("Jægeren kører med sin kone Karen Holm. »Det er koldt«, siger hun.", "da",
     [["Karen Holm", "pronoun (after the quote)"]]),
    ("De boer kwam met zijn buurman Piet Bos. „Het is koud”, zegt hij.", "nl",
     [["Piet Bos", "pronoun (after the quote)"]]),
    # An agreement sentence after a quote ("Dat vindt ook X", "Det mener også X", "Ook X is
    # het daarmee eens", "Det er X enig i") names someone who agrees, not who said it ...
    ("„Het plan is slecht.” Dat vindt ook Jan Smit.", "nl", [["", "unknown"]]),
    ("»Planen er dårlig.« Det mener også Jens Holm.", "da", [["", "unknown"]]),
    ("„Het plan is slecht.” Ook Jan Smit is het daarmee eens.", "nl", [["", "unknown"]]),
    ("»Planen er dårlig.« Det er Jens Holm enig i.", "da", [["", "unknown"]]),
    ("„Het plan is slecht”, zegt Anna de Wit. Dat vindt ook Jan Smit.", "nl",
     [["Anna de Wit", "named after the quote"]]),
    # ... but the next sentence without "also" names the speaker, as before
    ("„Het plan is slecht.” Dat vindt Jan Smit.", "nl",
     [["Jan Smit", "named in the next sentence"]]),
    ("»Planen er dårlig.« Det mener Jens Holm.", "da",
     [["Jens Holm", "named in the next sentence"]]),
    # A copula and a noun after a quote ("„…”, is de inzet van de demonstratie", "»…«, er
    # budskabet fra mødet") say what the words are (a slogan, an aim): no one's, not the
    # last speaker's nor a body's named before ...
    ("De Provinciale Raad vergadert vandaag.\n\n„Weg met de wolf”, is de inzet van de "
     "demonstratie.", "nl", [["", "unknown"]]),
    ("»Det er for dyrt«, siger Jens Holm.\n\n»Væk med ulven«, er budskabet fra mødet.", "da",
     [["Jens Holm", "named after the quote"], ["", "unknown"]]),
    # ... not a pronoun after the copula, nor a reporting verb ("luidt de boodschap van")
    ("„Het moet anders”, zegt Jan Smit.\n\n„Weg met de wolf”, is hij van mening.", "nl",
     [["Jan Smit", "named after the quote"], ["Jan Smit", "continuation"]]),
    ("»Det er for dyrt«, siger Jens Holm.\n\n»Væk med ulven«, lyder budskabet fra Karen "
     "Lund.", "da", [["Jens Holm", "named after the quote"], ["Karen Lund", "named after the quote"]]),
    # A role or a noun for a person written with a capital before a full name is an apposition,
    # no part of the name ("PVV-Statenlid Jan Smit", "Lokalborger Karen Lund"), after the verb
    # or at the start ...
    ("„Het plan is slecht”, zegt PVV-Statenlid Jan Smit.", "nl",
     [["Jan Smit", "named after the quote"]]),
    ("»Planen er dårlig«, siger Lokalborger Karen Lund.", "da",
     [["Karen Lund", "named after the quote"]]),
    ("Lokalborger Karen Lund kalder planen »dårlig«.", "da",
     [["Karen Lund", "named before the quote"]]),
    # ... not a first name of a double first name
    ("»Planen er dårlig«, siger Karen Marie Lund.", "da",
     [["Karen Marie Lund", "named after the quote"]]),
    ("„Het plan is slecht”, zegt Jan Pieter Smit.", "nl",
     [["Jan Pieter Smit", "named after the quote"]]),
    # An affiliation glued to a full name ("Jan Smit van Groen Dorp", "… van de ChristenUnie",
    # "fra Venstre") is where the person is from, not part of the name ...
    ("„Het plan is slecht”, zegt Jan Smit van Groen Dorp.", "nl",
     [["Jan Smit", "named after the quote"]]),
    ("Jan Smit van de ChristenUnie noemt het plan „slecht”.", "nl",
     [["Jan Smit", "named before the quote"]]),
    ("»Planen er dårlig«, siger Jens Holm af Grøn Fremtid.", "da",
     [["Jens Holm", "named after the quote"]]),
    ("Jens Holm fra Venstre var der. »Planen er dårlig«, siger han.", "da",
     [["Jens Holm", "pronoun (after the quote)"]]),
    # ... while particles after a first name start the surname, also before one capitalised
    # word after a double first name
    ("„Het plan is slecht”, zegt Jaap van de Heg.", "nl",
     [["Jaap van de Heg", "named after the quote"]]),
    ("„Het plan is slecht”, zegt Jan Peter van der Berg.", "nl",
     [["Jan Peter van der Berg", "named after the quote"]]),
    ("»Planen er dårlig«, siger Ulla af Rosenborg.", "da",
     [["Ulla af Rosenborg", "named after the quote"]]),
    # The full stop of a capitalised abbreviation in a place's name ("i Skt. Hans Sogn", "in
    # St. Jansdorp"; data/abbreviations_<language>.txt) ends no sentence: the name after the
    # role's phrase is the speaker ...
    ("»Vi giver ikke op«, siger formanden for rådet i Skt. Hans Sogn på Fyn, Karen Lund.", "da",
     [["Karen Lund", "named after the quote"]]),
    ("„We geven niet op”, zegt de voorzitter van de parochie in St. Jansdorp, Anna de Wit.",
     "nl", [["Anna de Wit", "named after the quote"]]),
    # ... while a name that is no abbreviation ends the sentence ("fra Ry. Hun …")
    ("Karen Lund kom. »Vi giver ikke op«, siger formanden fra Ry. Jens Holm er enig.", "da",
     [["Karen Lund", "role (after the quote)"]]),
    # A whole quotation right after one by someone the text does not name ("zegt een
    # woordvoerder") goes on with that unnamed speaker: no one named, not the first person
    # named later in the article ...
    ("Het wordt ‘een lastige dag’, zegt een woordvoerder van de bond. ‘We rijden zo veel "
     "mogelijk.’\n\nDe bond is boos.\n\n‘De staking duurt lang’, zei onderhandelaar Jan Smit.",
     "nl", [["", "nobody named"], ["", "unknown"], ["Jan Smit", "named after the quote"]]),
    ("Det bliver »en svær dag«, siger en talsmand for forbundet. »Vi kører så meget som "
     "muligt.«\n\nForbundet er vredt.\n\n»Strejken varer længe«, sagde forhandler Jens Holm.",
     "da", [["", "nobody named"], ["", "unknown"], ["Jens Holm", "named after the quote"]]),
    # ... while a lead quotation with no one before it is the first speaker named later
    ("Het wordt een lastige dag. ‘We rijden zo veel mogelijk.’\n\nDe bond is boos.\n\n‘De "
     "staking duurt lang’, zei onderhandelaar Jan Smit.", "nl",
     [["Jan Smit", "named later"], ["Jan Smit", "named after the quote"]]),
    ("Det bliver en svær dag. »Vi kører så meget som muligt.«\n\nForbundet er vredt.\n\n"
     "»Strejken varer længe«, sagde forhandler Jens Holm.", "da",
     [["Jens Holm", "named later"], ["Jens Holm", "named after the quote"]]),
    # A compound of a name the article writes alone and a noun ("Brugsenkæden" beside
    # "Brugsen") before a full name is what the role is of, no first name ...
    ("Brugsen åbnede i går. - Det er en god dag, siger direktør for hele Brugsenkæden Jens "
     "Holm.", "da", [["Jens Holm", "named after the quote"]]),
    ("Albert opent een winkel. „Het is een goede dag”, zegt de directeur van de hele "
     "Albertketen Jan Smit.", "nl", [["Jan Smit", "named after the quote"]]),
    # ... not a double first name
    ("- Det er en god dag, siger direktør for hele kæden Karen Marie Lund.", "da",
     [["Karen Marie Lund", "named after the quote"]]),
    ("„Het is een goede dag”, zegt de directeur van de hele keten Jan Pieter Smit.", "nl",
     [["Jan Pieter Smit", "named after the quote"]]),
    # A definite noun for a person after the verb ("vertelt de dierenverzorger", "siger den
    # frustrerede fisker") is the one person the article named right after that noun
    # ("Dierenverzorger Rob de Bos") ...
    ("Dierenverzorger Rob de Bos is blij. „Het ging goed”, vertelt de dierenverzorger.", "nl",
     [["Rob de Bos", "role (after the quote)"]]),
    ("Fisker Ole Bak er vred. - Det er for dårligt, siger den frustrerede fisker.", "da",
     [["Ole Bak", "role (after the quote)"]]),
    # ... no one named with two such people, or none
    ("Dierenverzorger Rob de Bos en dierenverzorger Anna Wit zijn blij. „Het ging goed”, "
     "vertelt de dierenverzorger.", "nl", [["", "nobody named"]]),
    ("Ole Bak er vred. - Det er for dårligt, siger den frustrerede fisker.", "da",
     [["", "nobody named"]]),
    # ... or gave that noun in an apposition after the name ("Ole Bak, der er fiskeskipper på
    # båden", "Jan de Bos, boer in Drenthe,") ...
    ("- Det er svært, siger Ole Bak, der er fiskeskipper på båden.\n\n- Det er for dårligt, "
     "siger den frustrerede fiskeskipper.", "da",
     [["Ole Bak", "named after the quote"], ["Ole Bak", "role (after the quote)"]]),
    ("Jan de Bos, boer in Drenthe, is boos. „Het is te veel”, zegt de boer.", "nl",
     [["Jan de Bos", "role (after the quote)"]]),
    # ... not a noun further on in the apposition (whose wife she is)
    ("Anna de Bos, vrouw van boer Piet, is boos. „Het is te veel”, zegt de boer.", "nl",
     [["", "nobody named"]]),
    ("Karen Bak, kone til fisker Ole, er vred. - Det er for dårligt, siger den frustrerede "
     "fisker.", "da", [["", "nobody named"]]),
    # "samenvatten" and "opsummere" report what someone says, as a summary ("vatte … samen"
    # with the speaker between its parts) ...
    ("„Het was een goed jaar”, vatte voorzitter Jan Smit het jaar samen tijdens de receptie.",
     "nl", [["Jan Smit", "named after the quote"]]),
    ("»Det var et godt år«, opsummerede formand Karen Lund på mødet.", "da",
     [["Karen Lund", "named after the quote"]]),
    # ... not "samen" that belongs to another verb's phrase far after it
    ("„Het was een goed jaar.” De voorzitter vatte moed en ze gingen met Jan Smit en Anna de "
     "Wit en de anderen naar huis samen.", "nl", [["", "unknown"]]),
    ("»Det var et godt år.« Formanden summede lidt og gik hjem.", "da", [["", "unknown"]]),
    # A person with a role in a sentence whose subject is a pronoun ("Hij wijst op de wens van
    # minister Anna de Wit") is an object or a topic: the next whole quote goes on with the
    # speaker the pronoun is ...
    ("„Het is te duur”, zegt Jan Smit. Hij wijst ook op de wens van minister Anna de Wit om "
     "te sparen. „We zijn er nog niet.”", "nl",
     [["Jan Smit", "named after the quote"], ["Jan Smit", "continuation"]]),
    ("»Det er for dyrt«, siger Jens Holm. Han peger også på ønsket fra minister Karen Lund om "
     "at spare. »Vi er ikke i mål.«", "da",
     [["Jens Holm", "named after the quote"], ["Jens Holm", "continuation"]]),
    # ... while that person as the subject is someone new, who goes on speaking
    ("»Det er for dyrt«, siger Jens Holm. Minister Karen Lund vil spare. »Vi er ikke i mål.«",
     "da", [["Jens Holm", "named after the quote"], ["Karen Lund", "continuation"]]),
    ("„Het is te duur”, zegt Jan Smit. Minister Anna de Wit wil sparen. „We zijn er nog niet.”",
     "nl", [["Jan Smit", "named after the quote"], ["Anna de Wit", "continuation"]]),
    # A role and a name after the verb of a sentence that opens with an adverbial ("På den
    # anden side står professor Jens Holm.") is its subject: someone new, who speaks next ...
    ("Karen Lund mener noget andet. På den anden side står professor i jura Jens Holm.\n\n- "
     "Det må være menighedens sag.", "da", [["Jens Holm", "continuation"]]),
    ("Anna de Wit denkt er anders over. Aan de andere kant staat hoogleraar Jan Smit.\n\n„Het "
     "is de zaak van de gemeente.”", "nl", [["Jan Smit", "continuation"]]),
    # ... not a noun there (no one named): the speaker before goes on
    ("Karen Lund mener noget andet. På den anden side står kirken.\n\n- Det må være "
     "menighedens sag.", "da", [["Karen Lund", "continuation"]]),
    ("„Het kan niet”, zegt Anna de Wit. Aan de andere kant staat de kerk.\n\n„Het is de zaak "
     "van de gemeente.”", "nl",
     [["Anna de Wit", "named after the quote"], ["Anna de Wit", "continuation"]]),
]


@pytest.mark.parametrize("text, language, variants", [
    # unknown_speakers suggests no surname that is an ordinary word (the texts write it in
    # lowercase: "de wolf", "en ulv"), nor one of an organisation's name ...
    ("„De wolf hoort hier niet”, zegt Anna Wolf.", "nl", "Anna Wolf"),
    ("»En ulv er en ulv«, siger Karen Ulv.", "da", "Karen Ulv"),
    ("„Het plan is slecht”, zegt de Stichting Groen Dorp.", "nl", "Stichting Groen Dorp"),
    # ... but the surname of a person, as before
    ("„De wolf hoort hier niet”, zegt Anna Bos.", "nl", "Anna Bos|Bos"),
    ("»En ulv er en ulv«, siger Karen Lund.", "da", "Karen Lund|Lund"),
])
def test_no_ordinary_word_is_suggested_as_a_variant(text: str, language: str,
                                                    variants: str) -> None:
    from framelab.sourcing import unknown_speakers

    table = unknown_speakers(find_quotes(text, language))
    assert table["variants"].tolist() == [variants]


def test_the_first_verb_of_the_attribution_is_its_verb() -> None:
    found = find_quotes("- Vi er glade, siger Karen Holm og griner.", "da")
    assert found[["verb", "stance"]].values.tolist() == [["siger", "neutral"]]


@pytest.mark.parametrize("text, language, expected", KINDS)
def test_kinds_of_news_writing(text: str, language: str, expected: list[list[str]]) -> None:
    found = find_quotes(text, language)
    assert found[["speaker", "attribution"]].values.tolist() == expected


# With the speakers in the actor table (a student's actors.csv), the speakers stay who they
# were without it: a known actor is one of the article's people too, so a first name later
# ("Karen nikker.") is that actor and "hun"/"ze" after it is hers, not the other actor's; and
# party letters after a known actor end the phrase before a colon as after any name. The
# near-miss: a name after "naar"/"til" before the colon is an object, known or not.
_TABLE_ROWS = [("Jan Smit", "Jan Smit|Smit", "a"), ("Anna de Wit", "Anna de Wit|de Wit|De Wit", "b"),
               ("Jens Holm", "Jens Holm|Holm", "a"), ("Karen Lund", "Karen Lund|Lund", "b")]
KNOWN_ACTORS = [
    ("»Det var stort«, siger Karen Lund.\n\n»Det var vildt«, siger Jens Holm.\n\nKaren "
     "nikker.\n\n»Jeg forstår det godt«, siger hun.", "da",
     [["Karen Lund", "named after the quote"], ["Jens Holm", "named after the quote"],
      ["Karen Lund", "pronoun (after the quote)"]]),
    ("„Het was groot”, zegt Anna de Wit.\n\n„Het was wild”, zegt Jan Smit.\n\nAnna knikt.\n\n"
     "„Ik begrijp het”, zegt ze.", "nl",
     [["Anna de Wit", "named after the quote"], ["Jan Smit", "named after the quote"],
      ["Anna de Wit", "pronoun (after the quote)"]]),
    ("De vraag kwam bij Anna de Wit (Volt): „Waar is het geld?”", "nl",
     [["Anna de Wit", "named before a colon"]]),
    ("Spørgsmålet kom fra Karen Lund (V): »Hvor er pengene?«", "da",
     [["Karen Lund", "named before a colon"]]),
    ("De vraag ging naar Anna de Wit (Volt): „Waar is het geld?”", "nl", [["", "unknown"]]),
    ("Spørgsmålet gik til Karen Lund (V): »Hvor er pengene?«", "da", [["", "unknown"]]),
    # a role or a noun for a person before the name is no part of it: the table's name
    ("„Het plan is slecht”, zegt PVV-Statenlid Jan Smit.", "nl",
     [["Jan Smit", "named after the quote"]]),
    ("»Planen er dårlig«, siger Lokalborger Karen Lund.", "da",
     [["Karen Lund", "named after the quote"]]),
]


@pytest.mark.parametrize("text, language, expected", KNOWN_ACTORS)
def test_a_known_actor_keeps_the_speaker_it_had(text: str, language: str,
                                                expected: list[list[str]]) -> None:
    import pandas as pd

    from framelab import actors

    mine = pd.DataFrame([{"actor": actor, "variants": variants, "kind": "person", "side": side,
                          "role": ""} for actor, variants, side in _TABLE_ROWS])
    table = pd.concat([actors(), mine], ignore_index=True)
    with_table = find_quotes(text, language, actor_table=table)
    assert with_table[["speaker", "attribution"]].values.tolist() == expected
    assert all(side in ("a", "b") for side, (speaker, _) in zip(with_table["side"], expected,
                                                                 strict=True) if speaker)
    assert find_quotes(text, language)[["speaker", "attribution"]].values.tolist() == expected


@pytest.mark.parametrize("text, language, variants", [
    # a question that runs on in the speaker's paragraph, named by a first name the table lists
    ("Boer Kees Smit (42) kwam met zijn koe naar Den Haag.\n\n‘Ik moet de helft kwijt’, zegt "
     "Kees. ‘Welke koe moet ik afmaken? Deze of die?’ Vorige week stemde de Kamer.", "nl",
     "Kees Smit|Smit|Kees"),
    ("Landmand Ole Bak (52) kom til Christiansborg.\n\n»Jeg skal af med halvdelen«, siger Ole. "
     "»Hvilken ko skal jeg slå ihjel? Den eller den?« I sidste uge stemte Folketinget.", "da",
     "Ole Bak|Bak|Ole"),
])
def test_a_first_name_variant_in_the_actor_table_keeps_the_continuation(
        text: str, language: str, variants: str) -> None:
    import pandas as pd

    from framelab import actors

    actor = variants.split("|")[0]
    mine = pd.DataFrame([{"actor": actor, "variants": variants, "kind": "person",
                          "side": "farmers", "role": ""}])
    found = find_quotes(text, language, actor_table=pd.concat([actors(), mine],
                                                              ignore_index=True))
    assert found[["speaker", "attribution"]].values.tolist() == [
        [actor, "named after the quote"], [actor, "continuation"]]
