"""framelab.course_facts: the facts the lessons use, from course.toml or worked out."""

import shutil
from pathlib import Path

import pytest
from other_corpus import write_other_corpus

import framelab
from framelab.facts import FROM_FILE, read_config


@pytest.fixture(scope="module")
def without_config(tmp_path_factory):
    """The course's articles and metadata.csv, without their course.toml."""
    folder = tmp_path_factory.mktemp("nocfg")
    shutil.copytree(framelab.bundled_corpus_folder() / "raw", folder / "raw")
    shutil.copy(framelab.bundled_corpus_folder() / "metadata.csv", folder / "metadata.csv")
    return folder


def test_course_articles_facts_come_from_course_toml():
    facts = framelab.course_facts()
    assert facts.bundled
    assert (facts.event_date, facts.event_label) == ("2022-02-24", "Russian invasion of Ukraine")
    assert facts.words == ("invasie", "inval", "oorlog", "operatie")
    assert facts.names == ("Lavrov", "Peskov", "Blinken", "Zelenski")
    assert (facts.speaker, facts.node, facts.stem_word) == ("Lavrov", "navo", "onderhandelen")
    assert facts.example("show") == "003" and facts.example("no such step") == "000"
    table = facts.table().set_index("fact")
    assert set(table.drop(index="actors")["from"]) == {FROM_FILE}
    assert facts.actors == "" and table.loc["actors", "value"] == "(the kit's)"
    assert facts.texts == framelab.bundled_corpus_folder() / "raw"


def test_facts_are_worked_out_without_course_toml(without_config):
    facts = framelab.course_facts(without_config)
    assert not facts.bundled
    assert facts.language == "nl"  # four of the five articles
    assert facts.event_date == "2022-02-10"  # the middle of the five dates
    assert facts.article == "000"
    assert facts.example("other_language") == "003"  # the Danish article
    assert facts.speaker == "Lavrov"  # the most quoted speaker of the Dutch articles
    assert facts.words[:2] == ("rusland", "oekraïne")
    assert facts.names[0] == "Lavrov" and "Peskov" in facts.names  # "Sergej Lavrov", ...
    table = facts.table().set_index("fact")["from"]
    assert table["event_date"] == "the middle of the articles' dates"
    assert table["speaker"] == "the most quoted speaker in that language, else the first of names"
    assert FROM_FILE not in set(table)


def test_facts_of_an_english_and_german_corpus(tmp_path):
    with_config = framelab.course_facts(write_other_corpus(tmp_path / "a", config=True))
    assert (with_config.event_date, with_config.speaker) == ("2023-05-10", "Reilly")
    assert with_config.example("show") == "001"
    assert with_config.example("other_language") == "003"  # the first German article
    plain = framelab.course_facts(write_other_corpus(tmp_path / "b"))
    assert plain.language == "de"  # three and three: the first code in the alphabet
    assert plain.event_date == "2023-05-11"
    assert plain.title == "b"
    assert (plain.article, plain.example("other_language")) == ("003", "000")
    # German capitalises every noun: first name + surname pairs find the people
    assert {"Hartmann", "Vogel"} <= set(plain.names)


def test_a_given_corpus_table_is_used(without_config):
    corpus = framelab.load_corpus(without_config, quiet=True)
    assert framelab.course_facts(without_config, corpus=corpus) == framelab.course_facts(
        without_config)
    with pytest.raises(framelab.ArgumentTypeError, match="corpus should be the table"):
        framelab.course_facts(without_config, corpus="000")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # a key the lessons do not use: named, with the keys that exist
        ('speakers = ["Lavrov"]\n', "'speakers' is not a fact the lessons use"),
        # a typo in a key: the nearest key is named
        ('evnt_date = "2022-02-24"\n', "'evnt_date' is not a fact the lessons use. Did you mean "
                                        "'event_date'?"),
        # a list where a text belongs
        ('speaker = ["Lavrov"]\n', "speaker should be a text in quotes"),
        # a text where a list belongs
        ('words = "oorlog"\n', "words should be a list of texts"),
        # a date that is not a day
        ('event_date = "24-02-2022"\n', "is not a day; write it as YYYY-MM-DD"),
        ('event_date = "2022-02-30"\n', "is not a day"),
        # not TOML at all (an equals sign is missing)
        ('speaker "Lavrov"\n', "could not be read as TOML"),
        # examples must be a table of ids
        ('examples = "003"\n', "[examples] should be a table of article ids"),
    ],
)
def test_config_problems_name_the_file_and_the_key(tmp_path, text, message):
    path = tmp_path / "course.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(framelab.CorpusError, match="course.toml") as error:
        read_config(path)
    assert message in str(error.value)


def test_config_that_is_not_utf8(tmp_path):
    path = tmp_path / "course.toml"
    path.write_bytes('speaker = "Søren"\n'.encode("cp1252"))
    with pytest.raises(framelab.CorpusError, match="not saved as UTF-8"):
        read_config(path)


@pytest.mark.parametrize(("line", "key"), [('article = "999"', "article"),
                                           ('[examples]\nshow = "42"', "examples.show")])
def test_an_article_id_that_is_not_in_the_corpus(tmp_path, line, key):
    folder = write_other_corpus(tmp_path)
    (folder / "course.toml").write_text(line + "\n", encoding="utf-8")
    with pytest.raises(framelab.CorpusError, match=f"{key} = '.*' is not an article id"):
        framelab.course_facts(folder)


def test_course_toml_is_not_reported_as_a_skipped_file(tmp_path):
    folder = write_other_corpus(tmp_path, config=True)
    assert "course.toml" not in set(framelab.check_corpus(folder)["file"])


def test_the_second_word_of_a_place_is_no_name(tmp_path):
    # "Verenigde Staten" and "Verenigd Koninkrijk" are two capitalised words in a row, like
    # "Sergej Lavrov"; but only Lavrov also stands alone
    (tmp_path / "a.txt").write_text(
        "De Verenigde Staten en het Verenigd Koninkrijk steunen Oekraïne. Volgens de "
        "Verenigde Staten is de Russische minister Sergej Lavrov niet te vertrouwen. Ook "
        "de Verenigde Staten willen praten. Het gesprek met Lavrov duurde lang. De minister "
        "Antony Blinken zei dat Blinken en Lavrov elkaar in Genève zagen.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,language\na.txt,nl\n", encoding="utf-8")
    facts = framelab.course_facts(tmp_path)
    assert "Staten" not in facts.names and "Koninkrijk" not in facts.names
    assert set(facts.names) == {"Lavrov", "Blinken"}


def test_the_second_word_of_a_body_the_texts_also_write_in_lowercase_is_no_name(tmp_path):
    # "Jammerbugt Kommune": "kommune" is an ordinary word elsewhere and "Kommune" never stands
    # alone; "Mette Lund" is a name, though "lund" (a grove) is a word too: she stands alone
    (tmp_path / "a.txt").write_text(
        "Borgmester Mette Lund fra Jammerbugt Kommune er glad. Jammerbugt Kommune har "
        "sparet penge, og Lund siger, at kommune og borgere vil mærke det. I Hjørring "
        "Kommune er man ikke enig. Jens Berg, der bor i en lund, er kritisk.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,language\na.txt,da\n", encoding="utf-8")
    names = framelab.course_facts(tmp_path).names
    assert "Kommune" not in names
    assert "Lund" in names and "Berg" in names


def test_an_actors_csv_beside_metadata_is_the_corpus_actor_table(tmp_path):
    """actors.csv beside metadata.csv (or named in course.toml) is found, checked and shown;
    framelab.actors(file) adds its rows to the kit's, an empty cell keeps the kit's value."""
    folder = write_other_corpus(tmp_path / "mine")
    assert framelab.course_facts(folder).actors == ""
    (folder / "actors.csv").write_text("actor,variants,side\nAnna Vogel,Anna Vogel|Vogel,"
                                       "Industry\nSergei Lavrov,,Moscow\n", encoding="utf-8")
    facts = framelab.course_facts(folder)
    assert facts.actors == (folder / "actors.csv").resolve().as_posix()
    row = facts.table().set_index("fact").loc["actors"]
    assert (row["value"], row["from"]) == ("actors.csv", "actors.csv beside metadata.csv")
    table = framelab.actors(facts.actors).set_index("actor")
    assert len(table) == len(framelab.actors()) + 1
    assert table.loc["Anna Vogel", ["variants", "kind", "side"]].tolist() == [
        "Anna Vogel|Vogel", "person", "Industry"]
    assert table.loc["Sergei Lavrov", ["variants", "side"]].tolist() == [
        "Sergei Lavrov|Sergej Lavrov|Lavrov", "Moscow"]
    (folder / "course.toml").write_text('actors = "tables/people.csv"\n', encoding="utf-8")
    with pytest.raises(framelab.CorpusError, match=r"course.toml: actors = .tables/people.csv. "
                                                   r"names no file"):
        framelab.course_facts(folder)
    (folder / "tables").mkdir()
    (folder / "tables" / "people.csv").write_text("actor,side\nVogel,\n", encoding="utf-8")
    assert framelab.course_facts(folder).actors.endswith("tables/people.csv")


@pytest.mark.parametrize(("content", "message"), [
    (b"name,side\nx,y\n", r"there is no column 'actor'"),
    # a typo in a needed column's name: the nearest column is named, with what to do
    (b"actor,variants,sides\nx,x,y\n", r"line 1: there is no column 'side'. Did you mean "
                                        r"'sides' \(column 3\)\? Then rename it 'side' in line 1"),
    (b"actor,side\nRutte,West\n,East\n", r"line 3: the actor is empty"),
    (b"actor,side\nMuller,West\n\x00\x00\x00\x01\x02\x03" * 50, r"could not be read as a CSV"),
    (b"", r"could not be read as a CSV"),
])
def test_a_broken_actor_table_is_named_before_a_lesson_runs(tmp_path, content, message):
    folder = write_other_corpus(tmp_path / "mine")
    (folder / "actors.csv").write_bytes(content)
    with pytest.raises(framelab.CorpusError, match=rf"actors.csv.*{message}|{message}"):
        framelab.course_facts(folder)
    with pytest.raises(framelab.CorpusError, match=message):
        framelab.actors(folder / "actors.csv")


DUTCH_WOLF = ("„Het dier is niet gevaarlijk”, zegt boswachter Jan Loos. „Wij slapen slecht”, zegt "
              "boer Kees Smit. „We kijken ernaar”, zei wethouder Piet Bakker.")
DANISH_WOLF = ("»Ulven er ikke farlig«, siger biolog Mette Holm. »Jeg har mistet fem får«, siger "
               "landmand Ole Bak.")


def _wolf_folder(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "000_nl.txt").write_text("Wolf bij Ede\n\n" + DUTCH_WOLF + "\n", encoding="utf-8")
    (folder / "001_da.txt").write_text("Ulv i Jylland\n\n" + DANISH_WOLF + "\n", encoding="utf-8")
    (folder / "metadata.csv").write_text("file,language\n000_nl.txt,nl\n001_da.txt,da\n",
                                         encoding="utf-8")
    return folder


def test_the_actor_table_of_a_corpus_folder_is_its_actors_csv_added_to_the_kit_s(tmp_path):
    """Lessons 08 and 09 listed the actors of an instructor's own actors.csv as unknown: they
    used the kit's table alone. framelab.actors(corpus=folder) adds the folder's table (as
    course_facts finds it), in Dutch and Danish articles alike; a folder without one, and the
    course's own, give the kit's table; a name the table does not hold stays unknown."""
    folder = _wolf_folder(tmp_path / "wolves")
    corpus = framelab.load_corpus(folder, quiet=True)
    kit = framelab.actors()
    assert len(framelab.actors(corpus=folder)) == len(kit)  # no actors.csv yet
    assert len(framelab.actors(corpus=None)) == len(kit)
    (folder / "actors.csv").write_text("actor,variants,side\nJan Loos,Jan Loos|Loos,nature\n"
                                       "Mette Holm,Mette Holm|Holm,science\n", encoding="utf-8")
    table = framelab.actors(corpus=folder)
    assert table.set_index("actor").loc[["Jan Loos", "Mette Holm"], "side"].tolist() == [
        "nature", "science"]
    found = framelab.quotes(corpus, actor_table=table)
    unknown = framelab.unknown_speakers(found, actor_table=table)
    assert sorted(unknown["actor"]) == ["Kees Smit", "Ole Bak", "Piet Bakker"]
    assert set(found.loc[found["speaker"].isin(["Jan Loos", "Mette Holm"]), "side"]) == {
        "nature", "science"}
    # the file course.toml names counts, not the actors.csv beside it
    (folder / "mine.csv").write_text("actor,side\nOle Bak,farmers\n", encoding="utf-8")
    (folder / "course.toml").write_text('actors = "mine.csv"\n', encoding="utf-8")
    assert "Ole Bak" in set(framelab.actors(corpus=folder)["actor"])
    assert "Jan Loos" not in set(framelab.actors(corpus=folder)["actor"])
    # a file given as extra comes first
    assert "Jan Loos" in set(framelab.actors(folder / "actors.csv", corpus=folder)["actor"])


def test_a_column_name_near_one_the_kit_reads_gets_a_note_with_the_nearest(tmp_path):
    """'variant' for 'variants' was left out without a word: every actor was found by its full
    name alone ('Loos' said nothing). Now a note names the file, the line and the column to
    rename; a column the kit does not read and that is near none ('remarks') gets none."""
    folder = write_other_corpus(tmp_path / "mine")
    (folder / "actors.csv").write_text("actor,variant,side,remarks\nAnna Vogel,Anna Vogel|Vogel,"
                                       "Industry,met her\n", encoding="utf-8")
    with pytest.warns(framelab.ActorTableWarning) as record:
        table = framelab.actors(folder / "actors.csv").set_index("actor")
    notes = [str(w.message) for w in record]
    assert len(notes) == 1
    assert notes[0].startswith("mine/actors.csv, line 1: the column 'variant' is not one the "
                               "kit reads; did you mean 'variants'?")
    assert "Rename it 'variants' in line 1" in notes[0]
    assert table.loc["Anna Vogel", "variants"] == "Anna Vogel"  # as the note says
    (folder / "actors.csv").write_text("actor,variants,side,remarks\nAnna Vogel,Vogel,Industry,"
                                       "x\n", encoding="utf-8")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert framelab.actors(folder / "actors.csv").iloc[-1]["variants"] == "Vogel"


def test_an_actor_table_with_rows_to_look_at_gets_a_note_for_each(tmp_path):
    """An actor on two lines, a variant that names two actors and an actor without a side are
    accepted, each with a note naming the file and the line; a blank side is 'unknown' (an
    actor the kit knows keeps the kit's side)."""
    folder = write_other_corpus(tmp_path / "mine")
    (folder / "actors.csv").write_text(
        "actor,variants,side\nAnna Vogel,Anna Vogel|Vogel,Industry\nPeter Vogel,Peter Vogel|"
        "Vogel,\nSergei Lavrov,,\nAnna Vogel,Anna Vogel|Vogel,Industry\n", encoding="utf-8")
    with pytest.warns(framelab.ActorTableWarning) as record:
        framelab.course_facts(folder)
    notes = [str(w.message) for w in record]
    assert any("Anna Vogel is on lines 2 and 5" in n for n in notes)
    assert any("the variant 'Vogel' names 2 actors (Anna Vogel, line 2; Peter Vogel, line 3)"
               in n for n in notes)
    assert any("Peter Vogel (line 3) has no side" in n for n in notes)
    assert not any("Sergei Lavrov" in n for n in notes)  # the kit knows his side
    assert all(n.split(": ")[0].endswith("actors.csv") for n in notes)  # the file first
    with pytest.warns(framelab.ActorTableWarning):
        table = framelab.actors(folder / "actors.csv").set_index("actor")
    assert table.loc["Peter Vogel", "side"] == "unknown"
    assert table.loc["Sergei Lavrov", "side"] == framelab.actors().set_index("actor").loc[
        "Sergei Lavrov", "side"]
    (folder / "actors.csv").write_text("actor,variants,side\nAnna Vogel,,Industry\n",
                                       encoding="utf-8")
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        framelab.course_facts(folder)  # a clean table: no note


def test_the_example_article_is_not_a_far_shorter_file(tmp_path):
    """The first article by id, unless it is far shorter than the others (a teaser, a caption
    saved as a file): lessons show the example article whole."""
    (tmp_path / "a.txt").write_text("Lees ook: de NAVO-top.", encoding="utf-8")
    for name in ("b.txt", "c.txt"):
        (tmp_path / name).write_text("De NAVO-top begon gisteren in Den Haag. " * 20,
                                     encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,language\na.txt,nl\nb.txt,nl\nc.txt,nl\n",
                                           encoding="utf-8")
    facts = framelab.course_facts(tmp_path)
    assert facts.article == "b"
    assert "not a far shorter one" in facts.table().set_index("fact").loc["article", "from"]


@pytest.mark.parametrize("content", [
    "actor;variants;kind;side;role\r\nJørgen Müller;Müller;person;West;\r\n".encode("cp1252"),
    "sep=;\nactor;variants;side\nJørgen Müller;Müller;West\n".encode("utf-8-sig"),
    "actor,variants,side\nJørgen Müller,Müller,West\n".encode(),
])
def test_an_actor_table_from_a_danish_or_dutch_excel_is_read_as_metadata_csv_is(tmp_path, content):
    # semicolons, Windows-1252 and Excel's "sep=;" line, as read_metadata accepts them
    path = tmp_path / "actors.csv"
    path.write_bytes(content)
    row = framelab.actors(path).set_index("actor").loc["Jørgen Müller"]
    assert (row["variants"], row["side"]) == ("Müller", "West")
