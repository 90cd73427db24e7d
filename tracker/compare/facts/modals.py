"""How strongly a clause asks something: permission < recommendation < obligation, and
prohibition apart.

`find_modals` reads the phrases that carry that strength ("may", "should", "must", "is
required to", "needs to", "must not", "is prohibited", "is not allowed", "agree not to",
an imperative "Do not ...", "Developer will:" heading a list), each with its strength and
how it is read in its clause:

* a phrase inside a condition ("If you cannot find a contact, ...", "where we are
  required to do so") states when something happens, not what is asked;
* a phrase whose subject is the author ("we must", "we are required to") is the author's
  own duty, not one asked of the reader; "we prohibit", "we require you to" still ask;
* "may" and "can" that read as possibility ("may vary", "can be found", "cannot be
  recovered") ask nothing, unless the other version of the clause has a "must" in the
  same place ("must include" -> "may include": the "may" is a permission).

`lead_in_strength` reads the strength a heading or a lead-in ("You may not use the
Services to:", "Developer will:", "Prohibited Content") gives to the list items under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "is" and "are", also as "it's", "you're" (not a possessive: "GitHub's acceptable ...").
_BE = (r"(?:is|are|be|been|(?<=['’])re|(?:(?<=\bit['’])|(?<=\bthat['’])|(?<=\bthere['’])"
       r"|(?<=\bwhat['’])|(?<=\bthis['’])|(?<=\bhe['’])|(?<=\bshe['’]))s)")
# Most specific first: at one position the first alternative wins, and "must not" is found
# before "must" so the latter never counts twice.
_PHRASES: list[tuple[str, str]] = [
    ("prohibition", r"(?:must|may|shall)\s+(?:not|never)\b(?!\s+(?:only|just|merely|"
                    r"necessarily|be\s+(?:required|obliged|necessary)))"),
    ("prohibition", r"(?:cannot|can\s*not|can['’]t|mustn['’]t|shan['’]t)\b"),
    ("prohibition", r"agrees?\s+(?:that\s+)?(?:it|you|they|he|she|\w+)\s+(?:will|shall)\s+"
                    r"(?:not|never)\b|(?:will|shall)\s+not\s+under\s+any\s+circumstances\b"),
    ("permission", r"(?:no\s+longer|not|\w*n['’]t)\s+(?:be\s+)?(?:required|obliged|obligated|"
                   r"mandatory|necessary|compulsory)\b|need\s+not\b|(?:does|do)\s*(?:not|n['’]t)"
                   r"\s+(?:need|have)\s+to\b|" + _BE + r"\s+optional\b"),
    ("prohibition", r"(?:no\s+longer|not|\w*n['’]t)\s+(?:be\s+)?(?:permitted|allowed|acceptable|"
                    r"authorized|authorised|tolerated)\b|" + _BE + r"\s+(?:strictly\s+|"
                    r"expressly\s+)?(?:prohibited|forbidden|banned|disallowed)\b|"
                    r"(?:remain|remains)\s+(?:strictly\s+)?(?:prohibited|forbidden|banned)\b|"
                    r"prohibits\b|(?<=\bwe\s)prohibit\b|forbids\b|agrees?\s+not\s+to\b|"
                    r"(?:is|are)\s+not\s+to\b|(?:do|does|will)\s*(?:not|n['’]t)\s+(?:allow|permit|"
                    r"tolerate)\b|under\s+no\s+circumstances\b|refrain\s+from\b"),
    ("obligation", r"(?:may|can)\s+only\b"),
    ("recommendation", r"should(?:\s*n['’]t|\s+not)?\b|(?:is|are)\s+(?:strongly\s+)?encouraged\s+"
                       r"to\b|(?:strongly\s+)?(?:recommends?|recommended|encourages?)\b|"
                       r"ought\s+to\b|(?:is|are)\s+advised\s+to\b"),
    ("obligation", r"must\b|shall\b|" + _BE + r"\s+(?:also\s+)?(?:required|obliged|"
                   r"obligated)\b|requires?\b|required\b|mandatory\b|compulsory\b|"
                   r"will\s+need\s+to\b|(?:need|needs|have|has)\s+to\b|agrees?\s+to\b|"
                   r"agrees?\s+that\s+(?:it|you|they|he|she|\w+)\s+(?:will|shall)\b|"
                   r"(?:is|are)\s+(?:\w+ly\s+|also\s+|nonetheless\s+|still\s+)?responsible\s+for\b|"
                   r"(?:is|are)\s+expected\s+to\b"),
    ("permission", r"may\b|can\b|" + _BE + r"\s+(?:also\s+)?(?:permitted|allowed|"
                   r"authorized|authorised|acceptable)\b|permitted\b|allowed\b"),
]
# Every pattern below runs over the lower-cased text, without re.I: several times faster.
_MODAL = re.compile(
    "|".join(f"(?P<s{i}>\\b{pattern})" for i, (_, pattern) in enumerate(_PHRASES))
)
# The first words of the phrases above: only where one stands is the full pattern tried.
_TRIGGERS = """
must may shall cannot can mustn shan no not need needs does do is are be been re s remain
remains prohibit prohibits forbids agree agrees will under refrain should recommend recommends
recommended encourage encourages strongly ought requires require required mandatory
compulsory have has allowed permitted
""".split()
_TRIGGER = re.compile(
    r"\b(?:" + "|".join(sorted(_TRIGGERS, key=len, reverse=True)) + r"|[a-z]*n['’]t)\b"
)
_QUESTION = re.compile(r"[^.!?;:\n]*\?")
_SUBORDINATE = (r"if|unless|whether|when|whenever|where|wherever|once|until|in\s+case"
                r"|in\s+the\s+event|provided\s+that|as\s+long\s+as|so\s+long\s+as")
# A condition runs from its subordinator to the next comma or sentence end ("If you cannot
# find a contact, you may escalate"; "... or where we are required to do so.").
_CONDITION = re.compile(
    r"(?<![\w-])(?:" + _SUBORDINATE + r")\b(?P<body>[^,;:.!?]*?)(?=\s+then\b|[,;:!?]|\.(?:\s|$)|$)"
)
_HAS_CONDITION = re.compile(r"\b(?:" + _SUBORDINATE + r")\b")
# "... when accessing the services and may only use them for ...": the main clause again.
_COORDINATED = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+)?$")
# "Do not ..." / "Never ..." / "Don't ..." at the head of a sentence or item: an order
# (where it stands is checked in `_orders`).
_NO = re.compile(r"\b(?:please\s+)?(?:do\s+not|don['’]t|never|avoid)\b(?!\s+hesitate)")
# ... and after a clause put before it: "After a recipient opts out, don't send ...".
_FRONTED_NO = re.compile(
    r"(?:^|(?<=[.;:!?]\s))\s*(?:after|before|if|once|when|whenever|unless|until|while|where"
    r"|as\s+soon\s+as|to\s+\w+|in\s+order\s+to\s+\w+)\b[^.;:!?,]*,\s*(?P<order>(?:please\s+)?"
    r"(?:do\s+not|don['’]t|never|avoid))\b(?!\s+hesitate)"
)
# The author as the subject of a phrase: "we must", "we are required to", "we'll need to".
_AUTHOR = re.compile(r"\b(?:we|i)(?:\s+|['’])(?:(?:\w+ly|also|still|then|will|would|ll)\s+)?$")
# Phrases by which the author asks something of others: "we prohibit", "we require you to".
_IMPOSING = re.compile(
    r"(?:prohibit|forbid|recommend|encourage|require(?!d)|(?:do|does|did|will)\s*"
    r"(?:not|n['’]t)\s+(?:allow|permit|tolerate)|under)"
)
# "will" heading a list binds the reader or a party to the agreement ("Developer will:",
# "you will not:"), never the author, and not when it tells what will happen ("you will
# receive:").
_WILL = re.compile(r"\b(?:will(?:\s+not|\s+never)?|won['’]t)\b")
_PARTIES = (r"you|it|they|customers?|developers?|users?|licensees?|subscribers?|clients?"
            r"|partners?|members?|participants?|resellers?|merchants?|advertisers?|publishers?"
            r"|senders?|brands?|sellers?|contractors?|suppliers?|applicants?|party|parties")
_PARTY = re.compile(r"\b(?:" + _PARTIES + r")\s+(?:\w+ly\s+|also\s+)?$")
# A condition with no comma after it ends where a party starts the main clause: "When
# sending marketing messages you must ..." (but "If you cannot find ..." is all condition).
_MAIN_SUBJECT = re.compile(r"(\w+)\s+(?:" + _PARTIES + r"|we)\s+(?:\w+ly\s+|also\s+)?$")
# ... but a subject right after these words is the condition's own ("or if you cannot").
_JOINING = frozenset("""
if unless when whenever where wherever once until whether that or and nor because as than
while though although since
""".split())
_HAPPENS = re.compile(r"\s+(?:be|need|have|receive|see|get|find|learn|discover|explore"
                      r"|know|understand|notice)\b")
# "In this guide, you will:" announces what a text covers, not what a party must do.
_OVERVIEW = re.compile(r"\bin\s+this\s+(?:article|guide|tutorial|section|document|post|page"
                       r"|course|lesson|video|quickstart|walkthrough|module)\b[^.;:!?]*$")
_HEADS_LIST = re.compile(r"[^.;!?]*?:")
# "encourage" and "recommend" are strength phrases when someone encourages the reader,
# not when they are the reader's own acts in a list of verbs ("not to encourage or allow").
_VERBS = frozenset({"encourage", "encourages", "recommend", "recommends"})
_ACTION = re.compile(r"(?:\b(?:to|not|or|nor|and)|,)\s+$")
# "what" as the subject: the phrase names a kind of thing ("what is not allowed").
_WHAT = re.compile(r"\bwhat(?:ever)?\s+(?:(?:is|are|was|were|\w+ly)\s+)?$")
# A subject that denies: "No person may ...", "Neither you nor your users may ...".
_BARE = frozenset({"may", "can", "shall", "must"})
_NO_ONE = re.compile(
    r"(?:^|[.;:!?]\s+|,\s+)(?:no|neither)\s+(?!more\b|less\b|later\b|longer\b|sooner\b|"
    r"matter\b|fewer\b|other\b)[^.;:!?,]*?$"
)
_NEEDED = re.compile(r"(?:required|mandatory|compulsory)$")
_MAYBE = frozenset({"may", "can", "may not", "cannot", "can not", "can't", "can’t"})
# A subject that is no one who could be allowed anything.
_THING = re.compile(r"\b(?:it|this|that|these|those|which|there|what|they['’]re)\s+"
                    r"(?:(?:\w+ly|also|still|then)\s+)?$")
_OUTCOME = re.compile(
    r"\s+(?:be\s+(?:found|seen|viewed|read|subject|updated|changed|accessed"
    r"|appropriate|available|suitable|possible|supported|accurate|able|complete"
    r"|delivered|received|reflected|charged|billed|affected|recovered|restored"
    r"|undone|reversed|refunded|guaranteed|retrieved|displayed|processed|made|part)"
    r"|have\s+been|vary|differ|apply|include|also\s+be\s+found|work|reach"
    r"|receive|incur|result|cause|take|happen|occur|change|experience|lead|impact"
    r"|affect|help|improve|reduce|increase|mean|indicate|depend)\b"
)
_IDIOM = re.compile(r"(?:case|as\s+the\s+parties)\s+$")


@dataclass(frozen=True)
class Modal:
    """One phrase that sets how strongly a clause asks: its strength, words and span.

    `reading` is "" when the phrase asks something of the reader, else why it does not:
    "condition" (inside an if / unless / where clause), "author" (the author's own duty:
    "we must"), "possible" ("may vary", "can be found"), "relative" ("a baseline for
    what is not allowed").
    """

    strength: str
    phrase: str
    start: int
    end: int
    reading: str = ""

    @property
    def asks(self) -> bool:
        return not self.reading


def find_modals(text: str, *, every: bool = False) -> list[Modal]:
    """The strength phrases of `text` that ask something of the reader, in order; with
    `every`, also those that do not (their `reading` says why)."""
    low = _lower(text)
    found = _orders(low) + _wills(low)
    taken = [(m.start, m.end) for m in found]
    end = 0
    for word in _TRIGGER.finditer(low):
        if word.start() < end:
            continue
        match = _MODAL.match(low, word.start())
        if match is None or any(a < match.end() and match.start() < b for a, b in taken):
            continue
        end = match.end()
        modal = _read(low, match)
        if modal is not None:
            found.append(modal)
    conditions = _conditions(low)
    if conditions:
        found = [m if m.reading or not _conditional(low, m, conditions) else
                 Modal(m.strength, m.phrase, m.start, m.end, "condition") for m in found]
    found.sort(key=lambda m: m.start)
    return found if every else [m for m in found if m.asks]


def _lower(text: str) -> str:
    """`text` in lower case, character for character (spans stay where they were)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _orders(low: str) -> list[Modal]:
    """Imperative prohibitions: "Do not ..." heading a sentence or an item, or after a
    clause put before it ("After a recipient opts out, don't send ...")."""
    found = []
    for match in _NO.finditer(low):
        before = low[: match.start()]
        head = before.rstrip()
        if not head or head[-1] in ".;:!?" or (head[-1] in "•-–—*)" and head != before):
            found.append(Modal("prohibition", " ".join(match.group(0).split()),
                               match.start(), match.end()))
    for match in _FRONTED_NO.finditer(low):
        if not any(m.start <= match.start("order") < m.end for m in found):
            found.append(Modal("prohibition", " ".join(match.group("order").split()),
                               match.start("order"), match.end("order")))
    return found


def _wills(low: str) -> list[Modal]:
    """"will" / "will not" heading a list, with the reader or a party as its subject."""
    found = []
    if "will" not in low and "won" not in low:
        return found
    for match in _WILL.finditer(low):
        if (_PARTY.search(low, max(0, match.start() - 30), match.start())
                and not _HAPPENS.match(low, match.end())
                and _HEADS_LIST.match(low, match.end())
                and not _OVERVIEW.search(low, max(0, match.start() - 80), match.start())):
            will = " ".join(match.group(0).split())
            strength = "obligation" if will == "will" else "prohibition"
            found.append(Modal(strength, will, match.start(), match.end()))
    return found


def _read(low: str, match: re.Match[str]) -> Modal | None:
    """The phrase `match` found, read in its clause (None: it asks nothing at all)."""
    strength = _PHRASES[int(match.lastgroup[1:])][0]
    phrase = " ".join(match.group(0).split())
    if _QUESTION.match(low, match.end()):
        return None  # "What calls can't be made?": a question asks nothing of anyone
    if phrase in _VERBS and _ACTION.search(low, max(0, match.start() - 12), match.start()):
        return None  # "agree not to use, and not to encourage End Users to": an action
    reading = ""
    if _WHAT.search(low, max(0, match.start() - 12), match.start()):
        reading = "relative"  # "a baseline for what is not allowed": names, asks nothing
    elif _NO_ONE.search(low, max(0, match.start() - 120), match.start()):
        if phrase in _BARE:
            strength = "prohibition"  # "No user may ...", "Neither you nor others may ..."
        elif strength == "obligation" and _NEEDED.search(phrase):
            strength = "permission"  # "No action is required": nothing is
    elif phrase in _MAYBE and _is_possibility(low, match):
        reading = "possible"
    elif not _IMPOSING.match(phrase) and _AUTHOR.search(low, max(0, match.start() - 30),
                                                        match.start()):
        reading = "author"
    return Modal(strength, phrase, match.start(), match.end(), reading)


def _conditions(low: str) -> list[tuple[int, int]]:
    """The spans of the conditions of `low`, each from the end of its subordinator."""
    if not _HAS_CONDITION.search(low):
        return []
    return [m.span("body") for m in _CONDITION.finditer(low)]


def _conditional(low: str, modal: Modal, conditions: list[tuple[int, int]]) -> bool:
    """Whether `modal` stands in a condition: inside one, and not where the main clause
    starts again ("... when accessing them and may only use ...", "When sending
    marketing messages you must ...")."""
    for start, end in conditions:
        if start <= modal.start < end:
            subject = _MAIN_SUBJECT.search(low, start, modal.start)
            return not (_COORDINATED.search(low, max(start, modal.start - 16), modal.start)
                        or (subject and subject.group(1) not in _JOINING))
    return False


def _is_possibility(low: str, match: re.Match[str]) -> bool:
    """"as the case may be", "may be subject to", "can be found", "cannot be recovered",
    "this can impact delivery", "there may not be": not a permission (or a prohibition)
    given to anyone."""
    head = low[max(0, match.start() - 16): match.start()]
    if _THING.search(head) and (match.group(0) in ("may", "can")
                                or head.rstrip().endswith("there")):
        return True
    return bool(_OUTCOME.match(low, match.end()) or _IDIOM.search(head))


def anchor(text: str, modal: Modal) -> tuple[str, str]:
    """The words either side of a phrase: a phrase in the same place in the other version
    of a clause ("messages must include" / "messages may include") has the same anchor."""
    before = re.findall(r"\w+", text[max(0, modal.start - 40): modal.start])
    after = re.findall(r"\w+", text[modal.end: modal.end + 40])
    return (before[-1].lower() if before else "", after[0].lower() if after else "")


# "The following are prohibited", "Prohibited uses", "Restricted content"
_LEAD_PROHIBITED = re.compile(
    r"\b(?:prohibited|forbidden|not\s+(?:permitted|allowed|acceptable)|disallowed|banned|"
    r"under\s+no\s+circumstances|(?:do|does)\s+not\s+(?:allow|permit)|n['’]t\s+allowed|"
    r"restricted\s+(?:content|use|uses|activities)|unacceptable|you\s+(?:may|must|shall)\s+"
    r"not|agree\s+not\s+to|do\s+not|don['’]t|never|cannot|can['’]t)\b",
    re.I,
)
_LEAD_REQUIRED = re.compile(
    r"\b(?:requirements?|required|must|shall|mandatory|obligations?|you\s+agree\s+to|"
    r"need\s+to|have\s+to|has\s+to)\b",
    re.I,
)


def lead_in_strength(text: str) -> str | None:
    """The strength a heading or a lead-in gives to the items under it, or None.

    A lead-in that is a clause gives the strength of the phrase that governs its list: the
    last one that asks ("Messages that mislead are prohibited. This includes:"; "If you
    place calls, you must do the following:"; "Developer agrees that it will not engage in
    any activity that:"), or that names what is listed ("What is not allowed").  One whose
    phrases ask nothing ("When you must test:") gives none.  A heading with no such phrase
    ("Prohibited Content", "Requirements") gives the strength its words name.
    """
    modals = find_modals(text, every=True)
    governing = [m for m in modals if m.asks or m.reading == "relative"]
    if governing:
        return governing[-1].strength
    if modals:
        return None
    if _LEAD_PROHIBITED.search(text):
        return "prohibition"
    if _LEAD_REQUIRED.search(text):
        return "obligation"
    return None
