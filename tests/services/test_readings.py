import pytest

from jpprep.errors import ValidationError
from jpprep.japanese import reading
from jpprep.services import readings as svc
from jpprep.store.models import Deck, Profile


@pytest.fixture
def ids(db):
    with db.session() as s:
        d1, d2 = Deck(name="A"), Deck(name="B")
        p = Profile(name="Ayu", created_ms=0)
        s.add_all([d1, d2, p])
        s.flush()
        return d1.id, d2.id, p.id


def test_deck_correction_wins_over_global(db, ids):
    d1, d2, _ = ids
    svc.set_override(db, "日本", "にっぽん", now=1)
    svc.set_override(db, "日本", "ニホン", deck_id=d1, now=2)
    assert svc.effective_overrides(db, deck_id=d1) == {"日本": "にほん"}
    assert svc.effective_overrides(db, deck_id=d2) == {"日本": "にっぽん"}
    ov = svc.effective_overrides(db, deck_id=d2)
    assert reading("日本語の日本", overrides=ov) == "にっぽんごのにっぽん"


def test_profile_scope_and_replace_and_remove(db, ids):
    d1, _, p = ids
    svc.set_override(db, "私", "わたくし", profile_id=p, now=1)
    assert svc.effective_overrides(db) == {}
    assert svc.effective_overrides(db, profile_id=p, deck_id=d1) == {"私": "わたくし"}
    svc.set_override(db, "私", "あたし", profile_id=p, now=2)
    assert [o.reading for o in svc.list_overrides(db, profile_id=p)] == ["あたし"]
    assert svc.remove_override(db, "私", profile_id=p)
    assert not svc.remove_override(db, "私", profile_id=p)
    assert svc.list_overrides(db, profile_id=p) == []


def test_validation_names_the_field(db):
    with pytest.raises(ValidationError) as e:
        svc.set_override(db, "日本", "nihon", now=1)
    assert e.value.field == "reading"
    with pytest.raises(ValidationError) as e:
        svc.set_override(db, "  ", "にほん", now=1)
    assert e.value.field == "surface"


def test_export_and_import_with_a_deck(db, ids):
    d1, d2, _ = ids
    svc.set_override(db, "日本", "にっぽん", deck_id=d1, now=1)
    rows = svc.export_overrides(db, d1)
    assert rows == [("日本", "にっぽん")]
    assert svc.import_overrides(db, d2, rows, now=5) == 1
    assert svc.effective_overrides(db, deck_id=d2) == {"日本": "にっぽん"}
    with pytest.raises(ValidationError) as e:
        svc.import_overrides(db, d2, [("x", "ok"), ("y", "か")], now=5, file="r.csv")
    assert e.value.line == 1 and e.value.field == "reading"
