"""Products a text names, from a vocabulary.

A vocabulary is a list of product names (each matched as itself) or a mapping of a name
to the forms that mean it.  Matching ignores case and punctuation and respects word
boundaries: "Toll-Free" matches "toll free numbers", "A2P 10DLC" matches "A2P-10DLC", and
"Flex" does not match "flexible".  A plural "s" is allowed ("short codes").  A one-word
name that is also an everyday word ("Voice", "Flex") must keep its capital: "Voice
calls" and "VOICE" are the product, "your own voice" is not.

DEFAULT_PRODUCTS is the vocabulary of the bundled Twilio catalog.  Product names that are
also everyday words ("Verify", "Lookup", "Conversations", "Video", "Segment") are matched
only in the forms that name the product ("Twilio Verify", "Verify API"), or as a word of
an interface's name written in capitals ("Create Chat Thread API", "Number Lookup API").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

Vocabulary = Sequence[str] | Mapping[str, Sequence[str]]

DEFAULT_PRODUCTS: dict[str, tuple[str, ...]] = {
    "SMS": ("SMS", "Programmable SMS", "Programmable Messaging", "text message"),
    "MMS": ("MMS",),
    "RCS": ("RCS", "Rich Communication Services"),
    "WhatsApp": ("WhatsApp", "WhatsApp Business"),
    "Facebook Messenger": ("Facebook Messenger",),
    "Voice": ("Voice", "Programmable Voice", "voice call", "voice service"),
    "SIP Trunking": ("SIP Trunking", "Elastic SIP Trunking", "SIP trunk"),
    "Flex": ("Flex", "Twilio Flex"),
    "Conversations": ("Twilio Conversations", "Conversations API"),
    "A2P 10DLC": ("A2P 10DLC", "10DLC"),
    "Toll-Free": ("Toll-Free", "toll free", "tollfree"),
    "Short Code": ("short code", "shortcode"),
    "Alphanumeric Sender ID": ("Alphanumeric Sender ID", "Alpha Sender ID",
                               "alphanumeric sender"),
    "Messaging Services": ("a Messaging Service", "Messaging Service SID", "sender pool"),
    "Verify": ("Twilio Verify", "Verify API", "Verify service", "Verify Fraud Guard",
               "Verify Silent Network Auth"),
    "Lookup": ("Twilio Lookup", "Lookup API", "Lookup v2"),
    "Video": ("Twilio Video", "Programmable Video", "Video API"),
    "SendGrid": ("SendGrid", "Twilio SendGrid", "Email API", "Marketing Campaigns"),
    "Segment": ("Twilio Segment", "Segment CDP", "Customer Data Platform"),
    "Studio": ("Twilio Studio",),
    "TaskRouter": ("TaskRouter",),
    "Frontline": ("Frontline", "Twilio Frontline"),
    "Super SIM": ("Super SIM", "Programmable Wireless", "Twilio IoT"),
    "Pay": ("Twilio Pay", "Twilio <Pay>"),
    "Trust Hub": ("Trust Hub", "TrustHub"),
    "Branded Calling": ("Branded Calling", "Voice Integrity", "SHAKEN/STIR", "STIR/SHAKEN"),
    "Engage": ("Twilio Engage",),
    "Proxy": ("Twilio Proxy", "Proxy API"),
    "Chat": ("Programmable Chat",),
    "Autopilot": ("Autopilot",),
    "Notify": ("Twilio Notify",),
}


def _fold(text: str) -> str:
    """Lower case; every run of punctuation and spaces is one space."""
    return " " + re.sub(r"[\W_]+", " ", text.lower()).strip() + " "


def _proper(form: str) -> bool:
    """A one-word name that is also an everyday word ("Voice", "Flex"): it names the product
    only when written with its capital ("your own authentic voice" is no product)."""
    return form.isalpha() and form[:1].isupper() and form[1:].islower()


@functools.lru_cache(maxsize=32)
def _compiled(
    entries: tuple[tuple[str, tuple[str, ...]], ...],
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """A pattern over folded text for the forms that match in any case, and one over the
    text as written for the one-word everyday names."""
    groups, proper = [], []
    for i, (_, forms) in enumerate(entries):
        folded = sorted({_fold(f).strip() for f in forms if _fold(f).strip() and not _proper(f)},
                        key=len, reverse=True)
        if folded:
            alternation = "|".join(re.escape(f) for f in folded)
            groups.append(f"(?P<p{i}>{alternation})")
        names = sorted({f for f in forms if _proper(f)} | {f.upper() for f in forms
                                                          if _proper(f)})
        if names:
            proper.append(f"(?P<p{i}>{'|'.join(names)})")
    any_case = (re.compile(r"(?<= )(?:" + "|".join(groups) + r")(?:e?s)?(?= )")
                if groups else None)
    as_written = (re.compile(r"(?<![^\W_])(?:" + "|".join(proper) + r")(?:e?s)?(?![^\W_])")
                  if proper else None)
    return any_case, as_written


def _entries(vocabulary: Vocabulary) -> tuple[tuple[str, tuple[str, ...]], ...]:
    if isinstance(vocabulary, Mapping):
        return tuple((name, tuple(forms) or (name,)) for name, forms in vocabulary.items())
    return tuple((name, (name,)) for name in vocabulary)


def find_products(text: str | Sequence[str], vocabulary: Vocabulary | None = None) -> list[str]:
    """The products of `vocabulary` (default: DEFAULT_PRODUCTS) that `text` (or any of a
    list of texts) names, in the vocabulary's order."""
    entries = _entries(DEFAULT_PRODUCTS if vocabulary is None else vocabulary)
    any_case, as_written = _compiled(entries)
    texts = [text] if isinstance(text, str) else list(text)
    hits: set[int] = set()
    if any_case is not None:
        # one pass over all texts; a line break is no space, so no name spans two texts
        folded = "\n".join(_fold(t) for t in texts)
        hits |= {int(m.lastgroup[1:]) for m in any_case.finditer(folded)}
    for one in texts:
        if as_written is not None:
            hits |= {int(m.lastgroup[1:]) for m in as_written.finditer(one)}
        if "API" in one or "SDK" in one:
            hits |= _in_interface_names(one, entries)
    return [entries[i][0] for i in sorted(hits)]


# The name of an interface, in capitals and ending in API or SDK: "Create Chat Thread API".
_INTERFACE = re.compile(r"(?:\b[A-Z][\w-]*\s+){1,4}(?:API|SDK)s?\b")


def _in_interface_names(text: str, entries) -> set[int]:
    """The products whose name is a word of an interface's name ("Create Chat Thread API"
    names Chat, "Number Lookup API" Lookup): the name as written, in capitals."""
    hits = set()
    for match in _INTERFACE.finditer(text):
        words = " " + " ".join(re.findall(r"[\w-]+", match.group(0))) + " "
        for i, (name, _) in enumerate(entries):
            if f" {name} " in words:
                hits.add(i)
    return hits
