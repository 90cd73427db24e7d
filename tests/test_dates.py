"""Effective dates: real phrasings from policy pages, the ones that bind and the ones that
only mention a date (datelines, end-of-life notices, deadlines, examples)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.pages import seed_blocks, seed_text
from tracker.compare.dates import find_dates, parse_date, sentences
from tracker.compare.effective import (
    effective_date_for_change,
    effective_date_in,
    effective_dates_in,
    last_updated_in,
)

D = dt.date

EFFECTIVE: list[tuple[str, dt.date | None]] = [
    # The seeds' own phrasings.
    ("This policy will go into effect on May 4, 2022.", D(2022, 5, 4)),
    (
        "We’ve updated our Acceptable Use Policy (“AUP”), which will be effective starting "
        "February 1, 2016.",
        D(2016, 2, 1),
    ),
    (
        "Anything you are restricted from using our services for today will be continue to be "
        "restricted when the updated AUP takes effect on February 1, 2016.",
        D(2016, 2, 1),
    ),
    ("These updated terms will be effective and binding as of April 1, 2025.", D(2025, 4, 1)),
    # Phrasings of other providers' update notices.
    ("These changes will become effective on March 15, 2024.", D(2024, 3, 15)),
    ("Effective January 1, 2024, Twilio will require toll-free verification.", D(2024, 1, 1)),
    ("Effective Date: April 1, 2025", D(2025, 4, 1)),
    ("Effective: 2025-04-01", D(2025, 4, 1)),
    ("The new Terms take effect on the 1st of April, 2025.", D(2025, 4, 1)),
    ("The updated pricing will take effect April 1st, 2025.", D(2025, 4, 1)),
    ("Updated terms apply from 15 March 2024.", D(2024, 3, 15)),
    ("These Terms shall apply from 4th May 2022.", D(2022, 5, 4)),
    ("The Data Processing Addendum enters into force on 25 May 2018.", D(2018, 5, 25)),
    ("The revised Schedule comes into force on Sept 1, 2025.", D(2025, 9, 1)),
    ("With effect from 1 July 2024, the following fees apply to WhatsApp.", D(2024, 7, 1)),
    ("Starting March 1, 2024, all A2P 10DLC traffic must be registered.", D(2024, 3, 1)),
    ("Beginning January 1, 2025, unregistered messages will be blocked.", D(2025, 1, 1)),
    ("From 15 March 2024, customers must verify their sender ID.", D(2024, 3, 15)),
    ("As of April 1, 2025, the updated Addendum applies to your use.", D(2025, 4, 1)),
    ("The revised policy is effective as of Apr. 1, 2025.", D(2025, 4, 1)),
    ("This policy is effective from 2025/04/01.", D(2025, 4, 1)),
    ("Changes are effective on 05/04/2022 for all accounts.", D(2022, 5, 4)),
    ("On May 4, 2022, the new Voice Services Policy will take effect.", D(2022, 5, 4)),
    ("The updated Terms goes into effect May 4 2022.", D(2022, 5, 4)),
    ("The U.S. privacy addendum will take effect on Oct. 1, 2024.", D(2024, 10, 1)),
    ("These terms are effective beginning 1 January 2025.", D(2025, 1, 1)),
    ("Effective June 30, 2023, Twilio will no longer support TLS 1.0.", D(2023, 6, 30)),
    ("This Agreement is in effect from March 3, 2025.", D(2025, 3, 3)),
    ("The changes will take effect on 4th May 2022 (i.e. in 30 days).", D(2022, 5, 4)),
    ("THESE TERMS WILL GO INTO EFFECT ON JANUARY 15, 2025.", D(2025, 1, 15)),
    ("The new fees will apply to invoices issued on or after 1 April 2025.", D(2025, 4, 1)),
    ("Our Privacy Notice has been updated, effective 12/15/2024.", D(2024, 12, 15)),
    (
        "We posted a notice on March 1, 2024 and the changes become effective on April 1, 2024.",
        D(2024, 4, 1),
    ),
    ("These terms, dated 1 January 2024, take effect 1 February 2024.", D(2024, 2, 1)),
    # Month and year only: day 1, and only with effective phrasing.
    ("Starting in January 2025, carriers will no longer deliver unregistered SMS.", D(2025, 1, 1)),
    ("The new requirements will go into effect in April 2025.", D(2025, 4, 1)),
    # Negatives: a date, but not the day anything starts to bind.
    (
        "SUPPORT.TWILIO.COM END OF LIFE NOTICE: This site, support.twilio.com, is scheduled to "
        "go End of Life on February 27, 2024.",
        None,
    ),
    ("February 25, 2025", None),
    ("On April 4, 2022, Twilio announced a new Voice Service Policy for all calls.", None),
    (
        "This notice is only applicable to you if you have an account that you created before "
        "February 25, 2025, or otherwise agreed to a previous version of these updated terms.",
        None,
    ),
    ("If you want to review our old AUP, effective before February 1, 2016 click here.", None),
    ("You must register your campaigns prior to March 1, 2024.", None),
    ("The promotional rate is available until June 30, 2024.", None),
    ("Your free trial expires on July 31, 2024.", None),
    ("The deadline for submitting your registration is August 31, 2023.", None),
    ("Enter the date in the format MM/DD/YYYY (e.g. 01/02/2023).", None),
    ("© 2025 Twilio Inc. All rights reserved.", None),
    ("This Agreement is effective as of the date of this agreement.", None),
    ("The updated Terms will take effect 30 days after we post them.", None),
    ("The updated Terms will take effect 30 days after February 25, 2025.", None),
    ("As of March 1, 2024, we have over 300,000 active customer accounts.", None),
    ("Published on March 3, 2025 by the Twilio Legal team.", None),
    ("Twilio was founded on March 1, 2008.", None),
    ("Last Updated February 1, 2016", None),
    ("Download your invoices from March 1, 2024 onwards in the Console.", None),
    ("Version 2.1 was released on 2024-05-01 with bug fixes.", None),
    ("The old policy remains in effect until March 31, 2025.", None),
    ("Effective immediately, you may not use the Services to send SMS.", None),
    ("Twilio Voice Services Policies Unification (April 2022)", None),
    ("Offer ends January 5, 2026. Start now", None),
    ("As of January 2024, over 10,000 businesses use Twilio Verify.", None),
    ("Messages sent after February 1, 2025 must include opt-out language.", None),
    ("These changes will be effective 30 days from posting.", None),
]


@pytest.mark.parametrize(("text", "expected"), EFFECTIVE)
def test_effective_date_in_real_phrasings(text: str, expected: dt.date | None) -> None:
    found = effective_date_in(text)
    assert (found.date if found else None) == expected
    if found:
        assert found.origin == "added"
        assert found.text.strip() in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("May 4, 2022", D(2022, 5, 4)),
        ("May 4 2022", D(2022, 5, 4)),
        ("4 May 2022", D(2022, 5, 4)),
        ("4th May 2022", D(2022, 5, 4)),
        ("1st of April, 2025", D(2025, 4, 1)),
        ("April 1st, 2025", D(2025, 4, 1)),
        ("Apr. 1, 2025", D(2025, 4, 1)),
        ("Sept 1, 2025", D(2025, 9, 1)),
        ("2022-05-04", D(2022, 5, 4)),
        ("05/04/2022", D(2022, 5, 4)),
        ("2025/04/01", D(2025, 4, 1)),
        ("February 25, 2025.", D(2025, 2, 25)),
        ("April 2025", None),
        ("February 30, 2024", None),
        ("13/01/2024", D(2024, 1, 13)),  # can only be day-first
        ("the 4th", None),
        ("May 4, 2022 and June 1, 2022", None),
    ],
)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


def test_find_dates_spans_and_overlaps() -> None:
    text = "Posted 4 May 2022; binding from 2025-04-01 (see April 2025 notes)."
    found = find_dates(text)
    assert [m.raw for m in found] == ["4 May 2022", "2025-04-01", "April 2025"]
    assert [text[m.start : m.end] for m in found] == [m.raw for m in found]
    assert [m.day_known for m in found] == [True, True, False]


def test_may_the_verb_is_not_a_month() -> None:
    assert find_dates("Twilio may 2025 times suspend accounts; you may 4 times retry.") == []


def test_sentences_do_not_break_on_abbreviations() -> None:
    text = "The U.S. rules apply e.g. to SMS. Effective Apr. 1, 2025 the rules change. Next"
    assert sentences(text) == [
        "The U.S. rules apply e.g. to SMS.",
        "Effective Apr. 1, 2025 the rules change.",
        "Next",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Last Updated: March 3, 2025", D(2025, 3, 3)),
        ("Last updated on 3 March 2025", D(2025, 3, 3)),
        ("Updated: 2025-03-03", D(2025, 3, 3)),
        ("Last modified: 03/03/2025", D(2025, 3, 3)),
        ("Revised: March 3, 2025", D(2025, 3, 3)),
        ("Last revised: March 3, 2025", D(2025, 3, 3)),
        ("Effective Date: April 1, 2025", D(2025, 4, 1)),
        ("Last Updated February 1, 2016", D(2016, 2, 1)),
        ("This page was last updated on March 3, 2025.", D(2025, 3, 3)),
        (
            "Twilio Acceptable Use Policy\nLast Updated February 1, 2016\nThis AUP ...",
            D(2016, 2, 1),
        ),
        ("We updated our online terms on February 25, 2025 to add SMS rules for India.", None),
        ("Updated the Voice requirements for Germany on March 3, 2025", None),
        ("Last updated on March 3, 2025 to add new restrictions on SMS marketing.", None),
        ("February 25, 2025", None),
        ("This policy will go into effect on May 4, 2022.", None),
    ],
)
def test_last_updated_in(text: str, expected: dt.date | None) -> None:
    assert last_updated_in(text) == expected


# --- whole seed documents ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        ("aup-summary-of-changes-2016", D(2016, 2, 1)),
        ("voice-services-policy-unification-2022", D(2022, 5, 4)),
        ("terms-update-notice-2025-02-25", D(2025, 4, 1)),
        ("calls-not-allowed", None),
        ("sms-not-allowed", None),
    ],
)
def test_seed_documents(seed: str, expected: dt.date | None) -> None:
    text = seed_text(seed)
    found = effective_date_in(text)
    assert (found.date if found else None) == expected
    every = {e.date for e in effective_dates_in(text)}
    assert every <= {expected}
    assert D(2024, 2, 27) not in every and D(2025, 2, 25) not in every


def test_seed_sentence_is_reported() -> None:
    found = effective_date_in(seed_text("voice-services-policy-unification-2022"))
    assert found is not None
    assert found.text == "This policy will go into effect on May 4, 2022."


# --- one change ---------------------------------------------------------------------------

NOTICE = [text for _, text in seed_blocks("terms-update-notice-2025-02-25")]
AUP = [text for _, text in seed_blocks("aup-summary-of-changes-2016")]


def test_change_date_in_added_clause() -> None:
    added = ["Voice calls to Germany must present a German caller ID, starting 1 June 2025."]
    found = effective_date_for_change(added, [], NOTICE, NOTICE + added)
    assert found is not None
    assert (found.date, found.origin) == (D(2025, 6, 1), "added")
    assert found.text == added[0]


def test_change_date_in_modified_clause() -> None:
    old = "These updated terms will be effective and binding as of April 1, 2025."
    new = "These updated terms will be effective and binding as of May 1, 2025."
    old_page = [t.replace(old, old) for t in NOTICE]
    new_page = [t.replace(old, new) for t in NOTICE]
    modified = [t for t in new_page if new in t]
    found = effective_date_for_change([], modified, old_page, new_page)
    assert found is not None
    assert (found.date, found.origin) == (D(2025, 5, 1), "modified")
    assert found.text == new


def test_modified_clause_prefers_a_date_not_on_the_old_page() -> None:
    old = "This policy will go into effect on May 4, 2022. Customers must comply."
    new = (
        "This policy was updated and goes into effect on May 4, 2022. "
        "The call duration limits take effect on July 1, 2022."
    )
    found = effective_date_for_change([], [new], [old], [new])
    assert found is not None
    assert (found.date, found.origin) == (D(2022, 7, 1), "modified")


def test_unchanged_sentence_in_a_modified_clause_is_not_read() -> None:
    old = "This policy will go into effect on May 4, 2022. Customers must comply."
    new = "This policy will go into effect on May 4, 2022. Customers must comply fully."
    assert effective_date_for_change([], [new], [old], [new]) is None


def test_only_last_updated_changed() -> None:
    old_page = AUP
    new_page = [
        t.replace("Last Updated February 1, 2016", "Last Updated March 3, 2025") for t in AUP
    ]
    new_page = [t.replace("harassing messages", "harassing or abusive messages") for t in new_page]
    modified = [t for t in new_page if "harassing or abusive" in t]
    found = effective_date_for_change([], modified, old_page, new_page)
    assert found is not None
    assert (found.date, found.origin) == (D(2025, 3, 3), "last-updated")
    assert found.text == "Last Updated March 3, 2025"


def test_no_date_anywhere() -> None:
    old = [text for _, text in seed_blocks("sms-not-allowed")]
    new = old + ["Sending messages that promote gambling is not allowed."]
    assert effective_date_for_change([new[-1]], [], old, new) is None


def test_unchanged_last_updated_is_not_a_date() -> None:
    new = AUP + ["You may not use the Services to send cannabis marketing."]
    assert effective_date_for_change([new[-1]], [], AUP, new) is None


def test_effective_heading_and_date_in_separate_added_blocks() -> None:
    added = ["Effective Date", "April 1, 2025"]
    found = effective_date_for_change(added, [], [], added)
    assert found is not None and found.date == D(2025, 4, 1)
