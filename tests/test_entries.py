"""Entries: a change log read entry by entry, and policies not mistaken for one."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.pages import seed_blocks
from tracker.compare.entries import entry_date, looks_like_changelog, new_entries, split_entries
from tracker.models import Block

D = dt.date


def blocks_of(seed: str) -> list[Block]:
    """A seed as blocks ("subitem" is a nested list item: an item one level down)."""
    out = []
    for kind, text in seed_blocks(seed):
        nested = kind == "subitem"
        out.append(Block("item" if nested else kind, text, int(nested)))  # type: ignore[arg-type]
    return out


# Built like Twilio's Service and Country Specific Requirements change log: a title and an
# introduction, then dated headings, each followed by a few bullet items.
CHANGELOG = [
    Block("heading", "Service and Country Specific Requirements change log", 1),
    Block(
        "paragraph",
        "This change log lists the material updates or modifications we make to our Service "
        "and Country Specific Requirements from time to time.",
    ),
    Block("heading", "January 10, 2025", 2),
    Block("item", "Updated the Voice requirements for Germany: caller ID must be a German number."),
    Block("item", "Added the Messaging requirements for Austria."),
    Block("heading", "November 4, 2024", 2),
    Block("item", "Updated the SMS requirements for India: DLT registration is required."),
    Block("item", "Removed the Voice requirements for Kenya."),
    Block("item", "Clarified opt-out keywords for Brazil."),
    Block("heading", "September 2, 2024", 2),
    Block("item", "Added Flex Fair Usage Policy limits for Flex Conversations."),
    Block("heading", "June 17, 2024", 2),
    Block("item", "Updated WhatsApp template category rules."),
    Block("item", "Updated the A2P 10DLC requirements for the U.S."),
]

NEW_ENTRY = [
    Block("heading", "February 25, 2025", 2),
    Block("item", "Updated the Voice requirements for France: calls must present a French number."),
    Block("item", "Added the SMS requirements for Vietnam (e.g. brand name registration)."),
]


def test_changelog_is_split_into_dated_entries() -> None:
    entries = split_entries(CHANGELOG)
    assert [e.date for e in entries] == [
        None,
        D(2025, 1, 10),
        D(2024, 11, 4),
        D(2024, 9, 2),
        D(2024, 6, 17),
    ]
    assert [len(e.blocks) for e in entries] == [2, 3, 4, 2, 3]
    assert entries[0].key == "" and entries[0].heading == ""
    assert entries[2].heading == "November 4, 2024"
    assert entries[2].blocks[0] == CHANGELOG[5]
    assert entries[2].blocks[-1].text == "Clarified opt-out keywords for Brazil."
    assert sum(len(e.blocks) for e in entries) == len(CHANGELOG)


def test_new_entry_at_the_top_is_exactly_the_new_one() -> None:
    new = CHANGELOG[:2] + NEW_ENTRY + CHANGELOG[2:]
    [found] = new_entries(CHANGELOG, new)
    assert found.date == D(2025, 2, 25)
    assert found.blocks == NEW_ENTRY
    assert found.heading == "February 25, 2025"


def test_edited_entry_body_is_not_a_new_entry() -> None:
    new = list(CHANGELOG)
    new[4] = Block("item", "Added the Messaging and Voice requirements for Austria.")
    assert new_entries(CHANGELOG, new) == []


def test_unchanged_changelog_has_no_new_entries() -> None:
    assert new_entries(CHANGELOG, list(CHANGELOG)) == []


def test_second_entry_on_the_same_day_is_new() -> None:
    same_day = [Block("heading", "January 10, 2025", 2), Block("item", "Added rules for Chile.")]
    new = CHANGELOG[:2] + same_day + CHANGELOG[2:]
    [found] = new_entries(CHANGELOG, new)
    assert found.blocks == same_day


def test_row_and_dash_style_entries() -> None:
    rows = [
        Block("heading", "Legal updates"),
        Block("row", "Date | Change"),
        Block("row", "March 3, 2025 | Updated the Voice requirements for Germany"),
        Block("row", "2025-01-10 | Added the Messaging requirements for Austria"),
        Block("row", "11/04/2024 | Updated the SMS requirements for India"),
    ]
    assert [e.date for e in split_entries(rows)] == [
        None,
        D(2025, 3, 3),
        D(2025, 1, 10),
        D(2024, 11, 4),
    ]
    assert looks_like_changelog(rows)
    dashes = [
        Block("paragraph", "March 3, 2025 – Updated the Voice requirements for Germany."),
        Block("item", "Caller ID must be a German number."),
        Block("paragraph", "Jan. 10, 2025: Added the Messaging requirements for Austria."),
        Block("paragraph", "4 November 2024 - Updated the SMS requirements for India."),
    ]
    assert [e.date for e in split_entries(dashes)] == [
        D(2025, 3, 3),
        D(2025, 1, 10),
        D(2024, 11, 4),
    ]
    assert looks_like_changelog(dashes)


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (Block("heading", "February 25, 2025"), D(2025, 2, 25)),
        (Block("heading", "Posted March 3, 2025"), D(2025, 3, 3)),
        (Block("heading", "March 2025"), D(2025, 3, 1)),
        (Block("paragraph", "March 3, 2025 – Updated the Voice requirements."), D(2025, 3, 3)),
        (
            Block("paragraph", "On April 4, 2022, Twilio announced a new Voice Service Policy."),
            None,
        ),
        (Block("paragraph", "May 4, 2022 is when the policy goes into effect for you."), None),
        (Block("heading", "Twilio Voice Services Policies Unification (April 2022)"), None),
        (Block("heading", "Last Updated February 1, 2016"), None),
        (Block("heading", "Last updated: March 3, 2025"), None),
        (Block("item", "1. Using the Services to encourage any illegal activities."), None),
    ],
)
def test_entry_date(block: Block, expected: dt.date | None) -> None:
    assert entry_date(block) == expected


def test_changelog_detection() -> None:
    assert looks_like_changelog(CHANGELOG)
    assert looks_like_changelog(CHANGELOG[:2] + NEW_ENTRY + CHANGELOG[2:])
    assert not looks_like_changelog(CHANGELOG[:8])  # two dated entries are not enough


def test_page_last_updated_line_is_not_an_entry() -> None:
    old = [Block("paragraph", "Last updated: January 10, 2025")] + CHANGELOG
    new = [Block("paragraph", "Last updated: February 25, 2025")] + CHANGELOG
    assert split_entries(new)[0].date is None
    assert new_entries(old, new) == []


@pytest.mark.parametrize(
    "seed",
    [
        "aup-summary-of-changes-2016",
        "terms-update-notice-2025-02-25",
        "voice-services-policy-unification-2022",
        "calls-not-allowed",
        "sms-not-allowed",
    ],
)
def test_policies_are_not_changelogs(seed: str) -> None:
    assert not looks_like_changelog(blocks_of(seed))


def test_policy_with_a_few_dated_paragraphs_is_not_a_changelog() -> None:
    blocks = blocks_of("aup-summary-of-changes-2016")
    dated = [
        Block("paragraph", f"{day} – Twilio updated this paragraph of the policy.")
        for day in ("March 3, 2025", "January 10, 2025", "November 4, 2024")
    ]
    mixed = blocks[:10] + dated[:1] + blocks[10:20] + dated[1:2] + blocks[20:] + dated[2:]
    assert len(split_entries(mixed)) == 4
    assert not looks_like_changelog(mixed)


def test_notice_seed_entries_under_its_dateline() -> None:
    blocks = blocks_of("terms-update-notice-2025-02-25")
    entries = split_entries(blocks)
    assert [e.date for e in entries] == [None, D(2025, 2, 25)]
    assert entries[1].heading == "February 25, 2025"
    assert len(entries[0].blocks) + len(entries[1].blocks) == len(blocks)
