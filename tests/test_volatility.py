"""Noise inside the article: relative times, rotating variants, and what must stay real."""

from __future__ import annotations

import pytest

from tests.pages import seed_blocks
from tracker.compare.detect import build_changes, same_content
from tracker.compare.volatility import (
    GONE,
    TIME,
    Noise,
    gone_texts,
    looks_like_swap,
    time_line,
    variants,
)
from tracker.models import Block, Source, utcnow

SMS = [Block("item" if k == "item" else "paragraph", t) for k, t in seed_blocks("sms-not-allowed")]
SOURCE = Source(id="help", name="Help", url="https://help.example.com/1")


def page(*extra: str, at: int = 1) -> list[Block]:
    blocks = list(SMS)
    for offset, text in enumerate(extra):
        blocks.insert(at + offset, Block("paragraph", text))
    return blocks


@pytest.mark.parametrize(
    "text",
    [
        "Updated 2 days ago", "Updated over 2 weeks ago", "Updated: 21 days ago",
        "Updated over a month ago", "Updated about a month ago", "Updated today",
        "Updated yesterday", "Updated this week", "Updated just now", "Updated 3h ago",
        "Written by Ana Silva · Updated over a week ago", "Aktualisiert vor 3 Tagen",
        "Vor über einer Woche aktualisiert", "Mis à jour il y a 2 jours",
        "Mis à jour il y a plus d'une semaine", "Actualizado hace 3 días",
        "Actualizado hace más de una semana", "Atualizado há 2 dias", "Aggiornato 3 giorni fa",
        "Aggiornato più di una settimana fa", "3 dagen geleden bijgewerkt",
        "Meer dan een week geleden bijgewerkt",
    ],
)
def test_relative_time_lines_are_recognised(text):
    line = time_line(text)
    assert line is not None and line.relative, text


@pytest.mark.parametrize(
    "text",
    [
        "Messages sent more than 30 days ago are deleted from our systems after review.",
        "You must reply to opt-out requests today and every day thereafter.",
        "We will contact you within 2 days of your request.",
        "Twilio may suspend numbers that send spam.",
    ],
)
def test_policy_sentences_are_not_time_lines(text):
    line = time_line(text)
    assert line is None or not line.relative


def test_relative_time_steps_are_not_changes():
    steps = ["Updated today", "Updated yesterday", "Updated this week",
             "Updated over a week ago", "Updated over 2 weeks ago", "Updated about a month ago"]
    for before, after in zip(steps, steps[1:], strict=False):
        assert same_content(page(before), page(after), set())
    assert same_content(page("Updated 2 days ago"), page(), set())  # absent for a day
    # relative <-> absolute form of the same update time
    assert same_content(page("Updated over a month ago"), page("Updated March 16, 2026"), set())
    assert same_content(page("Updated March 16, 2026"), page("Updated 2 weeks ago"), set())


def test_a_redated_absolute_line_is_still_a_date_only_change():
    old, new = page("Last updated: March 16, 2026"), page("Last updated: April 2, 2026")
    assert not same_content(old, new, set())
    [change] = build_changes(SOURCE, old, new, volatile=set(), detected_at=utcnow(),
                             from_version=1, to_version=2)
    assert change.kind == "date-only"
    # ...unless the source prints that same line with relative times (learned label)
    assert same_content(old, new, {TIME + time_line("Updated 2 days ago").label.replace(
        "updated", "last updated")})


def test_real_edits_next_to_a_relative_time_are_kept():
    old = page("Updated 2 days ago")
    new = page("Updated 4 days ago")
    i = next(i for i, b in enumerate(new) if "10DLC" in b.text)
    new[i] = Block(new[i].kind, new[i].text + " Registration takes 15 business days.")
    [change] = build_changes(SOURCE, old, new, volatile=set(), detected_at=utcnow(),
                             from_version=1, to_version=2)
    assert [m.after for m in change.diff.modified] == [new[i].text]
    assert not change.diff.added and not change.diff.removed


def test_a_third_variant_in_the_same_slot_is_learned():
    noise = Noise.of({"talk to a messaging expert", "need help contact support"})
    old = page("Have a question? Chat with sales.")
    new = page("Talk to a messaging expert")
    found = variants(old, new, noise)
    assert "have a question chat with sales" in found


def test_a_text_that_comes_back_is_a_variant():
    cta_a, cta_b = "Have a question? Chat with sales.", "Talk to a messaging expert"
    noise = Noise.of(set(gone_texts([cta_a])))
    found = variants(page(cta_b), page(cta_a), noise)
    assert set(found) == {"have a question chat with sales", "talk to a messaging expert"}
    # a real clause that is simply added is no variant
    assert variants(page(), page(cta_a), noise) == {}


def test_a_swap_invites_another_fetch_an_addition_does_not():
    noise = Noise()
    assert looks_like_swap(page("Chat with sales."), page("Talk to an expert."), noise)
    assert not looks_like_swap(page(), page("You must not send lottery messages."), noise)


def test_stored_prefixes_parse():
    noise = Noise.of({"a shape", TIME + "updated timemark", GONE + "old text"})
    assert noise.shapes == {"a shape"}
    assert noise.time_labels == {"updated timemark"}
    assert noise.gone == {"old text"}


def test_a_byline_losing_its_absolute_time_is_not_a_change():
    """The first capture may show the absolute form; the next run the bare byline."""
    assert same_content(page("Scritto da Chiara · Aggiornato il 27 aprile 2026"),
                        page("Scritto da Chiara"), set())
    assert same_content(page("Written by Ana"), page("Written by Ana · Updated March 3, 2026"),
                        set())
    # ...but a clause is not a byline: dropping a date from it is a change
    clause = "You must renew your registration every year, last renewed on March 3, 2026."
    assert not same_content(page(clause), page("You must renew your registration every year."),
                            set())


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("Updated over 2 weeks ago", "Updated over 3 weeks ago"),
        ("Updated: 21 days ago", "Updated: 10 hours ago"),
        ("Updated over a month ago", "March 16, 2026"),  # the absolute form without its label
        ("March 16, 2026", "Updated over a month ago"),
    ],
)
def test_help_centre_update_lines_as_reported(before, after):
    """The exact steps of the outside report (an Intercom help centre's "Updated ...")."""
    assert same_content(page(before), page(after), set())
