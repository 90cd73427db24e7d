"""Effective dates: the day a policy change binds from, read from the policy's own words.

A page carries many dates (datelines, end-of-life notices, "accounts created before",
statistics, the day a law came into force); only some say when its rules start to apply.
Each date mention (tracker.dates, any format) is judged by the words around it in its
sentence, in English, German, French, Spanish, Italian, Portuguese and Dutch:

* score 3, a strong trigger right before the date ("takes effect on", "effective and
  binding as of", "Effective Date:", "gültig ab", "en vigueur à compter du", "vigentes a
  partir del", "in vigore dal", "em vigor a partir de", "van kracht vanaf") or right
  after it ("am 1. Juli 2025 in Kraft");
* score 2, a weak trigger ("as of", "starting", "from", "ab", "à partir du", "a partir
  de", "dal", "vanaf") in a sentence that speaks of rules or of the document;
* score 1, the sentence has an effect phrase elsewhere ("On May 4, 2022, the policy will
  take effect").

A date is never an effective date when the words before it are "before", "until", "by",
"no later than", "announced on", "e.g." and their equivalents, nor when the sentence is
about a law or regulation coming into force rather than the document itself.

Separately, a "Last updated / Stand / Dernière mise à jour / Última actualización" label
gives the date of the version; it counts when nothing states an effective date.  Among
several effective dates of the same strength the latest binds (existing customers are
bound from the later date; the old version's date is the earlier).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from tracker.dates import DateMention, day_first_hint, find_dates, sentence_spans, sentences
from tracker.models import EffectiveDate
from tracker.normalize import canonical as _canonical

_FILLER = (
    r"(?:on|from|as\s+of|as\s+from|starting|beginning|in|the|with\s+effect\s+from"
    r"|am|ab|zum|vom|dem|den|seit|per"
    r"|le|du|au|dès\s+le|à\s+compter\s+du|à\s+partir\s+du|depuis\s+le|à\s+la\s+date\s+du"
    r"|el|del|desde\s+el|a\s+partir\s+d[oae]l?|a\s+contar\s+del?|de"
    r"|il|dal|dall['’]|a\s+partire\s+dal|a\s+decorrere\s+dal|al"
    r"|em|a\s+partir\s+de|desde|do|da"
    r"|op|vanaf|met\s+ingang\s+van|van|of|(?:o\s+|el\s+|del\s+|il\s+|dal\s+|de\s+)?d[ií]a"
    r"|(?:il\s+|dal\s+)?giorno|de\s+dag)"
)
_WEEKDAY = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes"
    r"|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì"
    r"|sabato|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|maandag"
    r"|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
)
_FOR_WHOM = r"(?:(?:for|to|für|pour|para|per|voor)\s+(?:[\w-]+\s+){1,3}?)?"
_ADVERB = r"(?:\w+ly|automatisch|automatiquement|automáticamente|automaticamente|sofort)"
_LEAD = (
    r"\s*(?:[:\-–—,(]\s*)?" + _FOR_WHOM + r"(?:(?:" + _FILLER + "|" + _WEEKDAY + "|"
    + _ADVERB + r")[\s,]+)*(?:[:\-–—,(]\s*)?$"
)
_STRONG = re.compile(
    r"(?:\b(?:go(?:es|ing)?|went|gone|come[s]?|coming|came|put)\s+into\s+(?:effect|force)"
    r"|\b(?:take[sn]?|took|taking)\s+effect"
    r"|\benter(?:s|ed|ing)?\s+into\s+force"
    r"|\bin\s+(?:effect|force)"
    r"|\beffective(?:\s+and\s+binding)?(?:\s+date)?(?:\s+starting)?"
    r"|\bbinding|\bwith\s+effect(?:\s+(?:to|from|on|as\s+of))?"
    r"|\btake[sn]?\s+place|\btaking\s+place|\bbe(?:come)?\s+(?:implemented|applied)"
    r"|\bvalid(?:\s+(?:from|as\s+of|since))?|\bgo(?:es)?\s+to\s+effect"
    r"|\b(?:appl(?:y|ies|ied)|applicable)"
    # German
    r"|\bg(?:ü|ue)ltig(?:\s+ab|\s+seit)?|\bgilt\s+ab|\bgelten\s+ab|\bwirksam(?:\s+ab)?"
    r"|\bin\s+kraft(?:\s+(?:ab|seit|getreten\s+am|treten\s+am))?|\binkrafttreten"
    r"|\bmit\s+wirkung\s+(?:zum|vom|ab)|\bdatum\s+des\s+inkrafttretens"
    # French
    r"|\ben\s+vigueur|\bentr(?:e|ent|era|eront|ée|é)\s+en\s+vigueur"
    r"|\bentrée\s+en\s+vigueur|\bprend(?:ra|ront|re)?\s+effet|\bapplicables?"
    r"|\bs['’]appliqu(?:e|ent|era|eront)|\beffective?s?\s+(?:à\s+compter|à\s+partir|dès)"
    # Spanish
    r"|\bvigentes?|\ben\s+vigor|\bentra(?:n|rá|rán)?\s+en\s+vigor|\bentrada\s+en\s+vigor"
    r"|\baplicables?|\bse\s+aplicar(?:á|án)|\bvigencia|\befectiv[oa]s?"
    r"|\bsurtir(?:á|án)\s+efecto|\bcon\s+efectos?"
    # Italian
    r"|\bin\s+vigore|\bentra(?:no|rà|ranno)?\s+in\s+vigore|\bentrata\s+in\s+vigore"
    r"|\befficac[ie]|\bapplicabil[ei]|\bsi\s+applic(?:a|ano|herà|heranno)|\bcon\s+effetto"
    r"|\bvalid[oaie]|\bdecorrenza|\bcom\s+efeitos?|\bcon\s+efectos?"
    # Portuguese
    r"|\bem\s+vigor|\bentra(?:m|rá|rão)?\s+em\s+vigor|\bvigor(?:a|ará|arão)|\bvigente"
    r"|\bválid[oa]s?|\baplicáve(?:l|is)|\bproduz(?:irá|irão)?\s+efeitos?"
    # Dutch
    r"|\bvan\s+kracht|\bin\s+werking(?:\s+getreden)?|\btreedt\s+in\s+werking|\bgeldig"
    r"|\bingangsdatum|\bvan\s+toepassing|\bvigerend|\bmet\s+ingang\s+van"
    r"|\b(?:worden\s+)?doorgevoerd)" + _LEAD,
    re.I,
)
# A trigger right after the date: "am 1. Juli 2025 in Kraft", "op 1 juli 2025 in werking".
_AFTER = re.compile(
    r"^\W{0,3}(?:\w+\s+){0,3}?(?:in\s+kraft|in\s+werking|en\s+vigueur|en\s+vigor"
    r"|in\s+vigore|em\s+vigor|wirksam|van\s+kracht)\b",
    re.I,
)
_WEAK = re.compile(
    r"\b(?P<word>on\s+or\s+after|as\s+of|as\s+from|starting(?:\s+on|\s+from|\s+in)?|beginning(?:\s+on|\s+in)?"
    r"|commencing(?:\s+on)?|from|on|ab(?:\s+dem|\s+sofort)?|seit|zum|vom|à\s+compter\s+du"
    r"|à\s+partir\s+du|dès\s+le|depuis\s+le|a\s+partir\s+del?|desde\s+el|a\s+contar\s+del?"
    r"|a\s+partire\s+dal|a\s+decorrere\s+dal|dal|a\s+partir\s+de|desde|vanaf|per"
    r"|met\s+ingang\s+van)\s+(?:the\s+)?(?:(?:" + _WEEKDAY + r")[\s,]+)?$",
    re.I,
)
_RULES = re.compile(
    r"\b(?:must|shall|required?|requirements?|apply|applies|applicable|no\s+longer|may\s+not"
    r"|prohibited|not\s+(?:be\s+)?(?:allowed|permitted)|mandatory|need\s+to|enforce\w*"
    r"|muss|müssen|gilt|gelten|verboten|erforderlich|doit|doivent|interdit|obligatoire"
    r"|debe|deben|prohibido|obligatorio|deve|devono|vietato|obbligatorio|devem|proibido"
    r"|moet|moeten|verboden|verplicht|gelden|geldt)\b",
    re.I,
)
_POLICY = re.compile(
    r"\b(?:terms|policy|policies|agreement|addendum|changes?|updates?|updated|rules?"
    r"|guidelines|fees?|prices?|pricing|rates?|effective|binding|will|notice"
    r"|agree(?:s|ing)?|accept(?:s|ing)?|revisions?|revised"
    r"|bedingungen|richtlinie|vereinbarung|datenschutz\w*|änderungen|conditions|politique"
    r"|contrat|modifications|términos|condiciones|política|acuerdo|cambios|termini"
    r"|condizioni|informativa|modifiche|termos|política|alterações|voorwaarden|beleid"
    r"|overeenkomst|wijzigingen|versie|version|fassung|\w+voorwaarden|\w+bedingungen)\b",
    re.I,
)
_SENTENCE_TRIGGER = re.compile(
    r"\b(?:(?:take[sn]?|took|taking)\s+effect|(?:go(?:es)?|went|come[s]?|came)\s+into"
    r"\s+(?:effect|force)|enter(?:s|ed)?\s+into\s+force|in\s+(?:effect|force)"
    r"|bec(?:ome|omes|ame)\s+effective|(?:is|are|be|been)\s+(?:\w+\s+)?effective"
    r"|effective\s+date|(?:will|shall)\s+(?:\w+\s+)?apply"
    r"|in\s+kraft|wirksam|en\s+vigueur|prend\w*\s+effet|en\s+vigor|in\s+vigore|em\s+vigor"
    r"|in\s+werking|van\s+kracht)\b",
    re.I,
)
_NEGATIVE = re.compile(
    r"\b(?:before|prior\s+to|until|till|through|thru|by|(?<!or\s)(?<!and\s)after|following"
    r"|no\s+later\s+than|not\s+later\s+than|deadline(?:\s+is)?|due(?:\s+on|\s+by)?"
    r"|expir\w*(?:\s+on)?|through|ending"
    r"|end(?:s|ed|ing)?(?:\s+on)?|end\s+of\s+life(?:\s+on)?|eol(?:\s+on)?"
    r"|sunset\w*(?:\s+on)?|announced(?:\s+on)?|published(?:\s+on)?|posted(?:\s+on)?"
    r"|dated|created(?:\s+on)?|copyright|e\.g\.?|for\s+example|such\s+as|format"
    r"|between|clos(?:ed|es|ing)(?:\s+as\s+of|\s+on)?|next\s+review(?:\s+date)?|review\s+date|reviewed\s+(?:on|by)|founded(?:\s+on)?"
    r"|vor\s+dem|bis(?:\s+zum|\s+spätestens)?|spätestens(?:\s+am|\s+zum)?|vor"
    r"|avant\s+le|jusqu['’]au|au\s+plus\s+tard\s+le|publiée?\s+le"
    r"|antes\s+del?|hasta\s+el|a\s+más\s+tardar\s+el|publicad[oa]\s+el"
    r"|prima\s+del|entro\s+il|fino\s+al|pubblicat[oa]\s+il"
    r"|até|antes\s+de|publicad[oa]\s+em"
    r"|vóór|voor|tot|uiterlijk(?:\s+op)?|gepubliceerd\s+op"
    r"|publication\s+date|date\s+de\s+(?:diffusion|publication)|fecha\s+de\s+publicación"
    r"|data\s+di\s+pubblicazione|data\s+de\s+publicação|veröffentlicht(?:\s+am)?"
    r"|datum\s+van\s+publicatie)\W*(?:the\s+|le\s+|el\s+|il\s+)?$"
    r"|©\s*$",
    re.I,
)
# A sentence about a law or regulation coming into force, not about this document.
_REGULATION = re.compile(
    r"\b(?:GDPR|DSGVO|RGPD|LGPD|CCPA|CPRA|UK\s+GDPR|regulation|directive|act|law|statute"
    r"|verordnung|gesetz|richtlinie\s+\(eu\)|règlement|loi|reglamento|ley|regolamento"
    r"|legge|decreto|regulamento|lei|verordening|richtlijn|wet|provvedimento|ordinance|bill"
    r"|government|ministry|authority|commission|parliament|regulator|board\s+of|customs"
    r"|notification\s+increasing|art(?:icle|ikel|ículo|icolo|igo)?\.?\s*\d+)\b",
    re.I,
)
_DOCUMENT = (
    r"(?:terms|policy|agreement|addendum|notice|conditions|version|aup|dpa|statement"
    r"|\w*bedingungen|\w*richtlinien?|\w*erklärung|\w*vereinbarung|agb|politique|contrat"
    r"|déclaration|avis|términos|condiciones|política|acuerdo|aviso|declaración|termini"
    r"|condizioni|informativa|accordo|termos|condições|acordo|declaração|\w*voorwaarden"
    r"|beleid|\w*overeenkomst|\w*verklaring|privacystatement)"
)
_OWN_DOCUMENT = re.compile(
    r"\b(?:these|this|our|the\s+updated|the\s+revised|the\s+new|updated|revised|diese[rsn]?"
    r"|unsere[rsn]?|les\s+présentes|présentes|cette|ces|nos|notre|estos|estas|esta|este"
    r"|nuestr[oa]s?|questi|queste|questa|questo|nostr[aei]|nossos|nossas|nossa|deze|dit"
    r"|onze)\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENT + r"\b",
    re.I,
)
# A condition ("If your plan started from 9 December 2020, ...") is not a statement.
_CONDITION = re.compile(r"\b(?:if|wenn|falls|si|se|als|indien)\b[^,;:.]{0,70}$", re.I)
_EFFECT_AFTER = re.compile(
    r"\b(?:into|in)\s+(?:effect|force)\s+(?:on\s+or\s+)?after\s*$"
    r"|\bnot\s+(?:be\s+|become\s+)?(?:effective|binding|in\s+effect|apply|take\s+effect)"
    r"\s+until\s*$",
    re.I,
)


@dataclass(frozen=True)
class _Candidate:
    score: int
    position: int
    mention: DateMention
    sentence: str


def _score(sentence: str, mention: DateMention, passage: str) -> int:
    """How surely the words around `mention` make it the date a rule starts to apply.

    `passage` is the text the sentence comes from (a block, or the blocks a change
    added): a heading above says what a bare "A partire dal 31 ottobre 2022:" is about.
    """
    before = sentence[: mention.start]
    if _EFFECT_AFTER.search(before[-60:]):
        return 3  # "coming into effect after March 28, 2024"
    if _NEGATIVE.search(before[-48:]) or _CONDITION.search(before[-80:]):
        return 0
    if (
        _REGULATION.search(passage)
        and not _OWN_DOCUMENT.search(passage)
        and not _RULES.search(sentence)
    ):
        return 0
    if _STRONG.search(before[-80:]):
        return 3
    if _AFTER.search(sentence[mention.end : mention.end + 60]):
        return 3
    weak = _WEAK.search(before[-40:])
    if weak:
        word = " ".join(weak.group("word").lower().split())
        rest = sentence[: weak.start()] + sentence[mention.end :]
        if len(_WORD.findall(rest)) <= 8:  # a bare "A partire dal ...:" under a heading
            rest += " " + passage.replace(sentence, " ")
        if word.startswith("as") and (_POLICY.search(rest) or _RULES.search(rest)):
            return 2
        if word == "on" and _RULES.search(rest):
            return 2
        if word not in ("on", "as of", "as from") and (
            _RULES.search(rest) or _POLICY.search(rest) or re.search(r"\bwill\b", rest, re.I)
        ):
            return 2
    if mention.day_known and _SENTENCE_TRIGGER.search(sentence):
        return 1
    return 0


_AND = re.compile(
    r"^[^.;]{0,60}?\b(?:and|or|und|oder|bzw\.?|beziehungsweise|et|ou|y|o|e|en|of)\s+"
    r"(?:(?:" + _FILLER + r")\s+)*$",
    re.I,
)


def _candidates(
    text: str, day_first: bool | None = None, passage: str | None = None
) -> list[_Candidate]:
    """Every date in `text` read as effective, with its score and sentence, in text order.

    A date joined to an effective date by "and"/"or" ("on September 14 for new users and
    on October 28 for all other users") is as effective as the first.
    """
    if day_first is None:
        day_first = day_first_hint([text])
    found: list[_Candidate] = []
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        previous: tuple[DateMention, int] | None = None
        for mention in find_dates(sentence, day_first=day_first):
            score = _score(sentence, mention, passage or text)
            if previous and previous[1] >= 2 and _AND.match(
                sentence[previous[0].end : mention.start]
            ):
                score = max(score, previous[1])
            previous = (mention, score)
            if score >= (1 if mention.day_known else 2):
                found.append(_Candidate(score, start + mention.start, mention, sentence.strip()))
    return found


def _best(found: Sequence[_Candidate]) -> _Candidate | None:
    """The surest candidate; among equals the latest date (then the first in the text)."""
    return max(found, key=lambda c: (c.score, c.mention.date, -c.position), default=None)


def effective_dates_in(text: str) -> list[EffectiveDate]:
    """Every effective date stated in `text`, in text order."""
    return [EffectiveDate(c.mention.date, c.sentence, "added") for c in _candidates(text)]


def effective_date_in(text: str) -> EffectiveDate | None:
    """The date `text` says something takes effect, with its sentence; None if it says none."""
    best = _best(_candidates(text))
    return EffectiveDate(best.mention.date, best.sentence, "added") if best else None


# --- "Last updated" labels ----------------------------------------------------------------

# Labels that say "this version is of": anywhere near the head of a sentence ...
_LABEL_WORDS = (
    r"last\s+(?:updated|modified|revised|reviewed|amended|changed|update|revision)"
    r"(?:\s+(?:this|the)\s+\w+)?"
    r"|date\s+(?:of\s+)?last\s+(?:revision|update|modification|updated|modified|revised)"
    r"|revision\s+date|version\s+date|release\s+date|update\s+date|date\s+of\s+(?:this\s+)?version"
    r"|version\s+(?:dated|effective|of)"
    r"|zuletzt\s+(?:geändert|aktualisiert|überarbeitet|bearbeitet)|letzte\s+(?:aktualisierung"
    r"|änderung|überarbeitung)|aktualisiert\s+am|geändert\s+am|fassung\s+vom|version\s+vom"
    r"|datum\s+der\s+letzten\s+\w+"
    r"|dernière\s+(?:mise\s+à\s+jour|modification|révision|actualisation)|mise?s?\s+à\s+jour"
    r"(?:\s+le)?|modifiée?s?\s+(?:en\s+dernier\s+lieu\s+)?le|version\s+du|en\s+date\s+du"
    r"|date\s+de\s+(?:la\s+)?(?:dernière\s+)?mise\s+à\s+jour"
    r"|última\s+(?:actualización|modificación|revisión|atualização|alteração|revisão)"
    r"|actualizad[oa]s?(?:\s+(?:el|en|a))?|fecha\s+de\s+(?:la\s+)?(?:última\s+)?"
    r"(?:actualización|modificación|revisión)"
    r"|ultim[oa]\s+(?:aggiornamento|modifica|revisione)|aggiornat[oaie](?:\s+(?:il|al))?"
    r"|data\s+(?:dell['’]\s*)?ultim[oa]\s+(?:aggiornamento|modifica)"
    r"|atualizad[oa]s?(?:\s+em)?|data\s+da\s+última\s+(?:atualização|alteração)"
    r"|(?:voor\s+het\s+)?laatst\s+(?:bijgewerkt|gewijzigd|herzien|aangepast)(?:\s+op)?"
    r"|bijgewerkt\s+op|gewijzigd\s+op|versie\s+(?:van|d\.d\.)"
    r"|datum\s+(?:laatste\s+)?(?:wijziging|herziening|update)"
)
# ... and single words that are labels only before a colon, in brackets or at the head.
_LABEL_GENERIC = (
    r"updated(?:\s+on)?|modified|revised|amended|last\s+update|effective\s+date"
    r"|effective(?:\s+as\s+of|\s+from|\s+starting)?|version|date|edition|stand|versie"
    r"|datum|fecha|data|versión|versione|versão|édition|aktualisiert|geändert|actualizado"
    r"|atualizado|aggiornato|bijgewerkt|gewijzigd|mis\s+à\s+jour|herzien|revisión"
)
_LABEL = re.compile(
    r"\b(?:(?P<words>" + _LABEL_WORDS + r")|(?P<generic>" + _LABEL_GENERIC + r"))(?!\w)",
    re.I,
)
# Between a label and its date: "on", "in data", or a few words and a colon
# ("Stand der Datenschutzerklärung: 04.05.2024").
_LABEL_GAPS = (
    re.compile(
        r"^\s*(?:[:\-–—|(\[]\s*)?(?:(?:on|at|am|le|el|em|il|op|the|in\s+data|en\s+date\s+du"
        r"|du|del|de|vom|van|as\s+of|" + _WEEKDAY + r")[\s,]+)*(?:[:\-–—|(\[]\s*)?",
        re.I,
    ),
    re.compile(r"^\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*:\s*\[?", re.I),
    re.compile(r"^\s*(?:number\s+|nr\.?\s+|no\.?\s+)?v?\d+(?:\.\d+)*\s*[|,(:–—-]?\s*\(?", re.I),
)
_PUBLICATION = re.compile(
    r"publi|diffusion|posted|veröffentlich|pubblicazione|next|nächste|prochaine|próxima"
    r"|prossima|volgende|review|überprüfung|revisione\s+prevista|aviso|avis\b|notice"
    r"|hinweis|mitteilung|mededeling|bericht|avviso|comunicazione",
    re.I,
)
# A label after its date: "Dit privacystatement is op 28 juli 2017 het laatst gewijzigd."
_LABEL_AFTER = re.compile(
    r"^\s*(?:(?:het|zum|le|la)\s+)?(?:laatst\s+(?:gewijzigd|bijgewerkt|aangepast)"
    r"|zuletzt\s+(?:geändert|aktualisiert)|last\s+(?:updated|modified|revised)"
    r"|(?:aktualisiert|geändert|herzien|gewijzigd|bijgewerkt|überarbeitet)\b)",
    re.I,
)
_SENTENCE_WORDS = re.compile(
    r"\b(?:will|shall|is|are|was|were|be|on|at|as|from|we|you|wird|ist|sind|est|sont|será"
    r"|es|son|sarà|è|sono|é|são|wordt|zijn)\b",
    re.I,
)
_TITLE = re.compile(r"^\W*(?:[\w'’.&-]+\s+){1,8}?(?=\S*\d)", re.I)
_WORD = re.compile(r"\w+")


def _label_date(text: str, day_first: bool | None = None) -> tuple[dt.date, str] | None:
    """The "Last updated" date of `text` and the sentence that states it.

    The label may follow a title ("Terms of Service (Last modified: March 3, 2025)"), a
    month and year is its 1st, and a new sentence may follow the date; but a clause that
    merely mentions an update ("last updated on May 1, 2025 to add SMS rules") is
    content, not a label, and a publication or review date is not a version's date.
    Of several labels the latest date is the version's.
    """
    if day_first is None:
        day_first = day_first_hint([text])
    found = []
    for start, end in sentence_spans(text):
        sentence = text[start:end].strip()
        date = _label_in(sentence, day_first)
        if date:
            found.append((date, sentence))
    return max(found, key=lambda item: item[0], default=None)


def _label_place(sentence: str, match: re.Match[str]) -> bool:
    """Whether a label stands where labels stand: a phrase like "Last updated" near the
    head of a sentence; a bare word like "Version" or "Stand" at the head, after a bracket
    or a title, or before a colon."""
    head = sentence[: match.start()]
    words = _WORD.findall(head)
    if match.group("words"):
        return len(words) <= 14
    if re.match(r"\s*:", sentence[match.end() :]) or re.search(r"[(\[|–—-]\s*$|^\W*$", head):
        return True
    # after a title: a few words, none of a sentence's
    return len(words) <= 8 and not _SENTENCE_WORDS.search(head) and ". " not in head


def _label_in(sentence: str, day_first: bool | None) -> dt.date | None:
    for match in _LABEL.finditer(sentence):
        if not _label_place(sentence, match):
            continue
        rest = sentence[match.end() : match.end() + 80]
        mentions = find_dates(rest, day_first=day_first)
        if not mentions:
            continue
        gaps = [g.end() for p in _LABEL_GAPS if (g := p.match(rest))]
        if mentions[0].start not in gaps or _PUBLICATION.search(
            rest[: mentions[0].start] + match.group(0)
        ):
            continue
        tail = sentence[match.end() + mentions[0].end :]
        if len(_WORD.findall(tail)) <= 3 or re.match(r"\s*(?:[)\]|.;:,(·•*–—-]|[A-Z\d])", tail):
            return mentions[0].date
    mentions = find_dates(sentence, day_first=day_first)
    for mention in mentions:
        if _LABEL_AFTER.match(sentence[mention.end :]):
            return mention.date
    # A title and a date, nothing else: "Algemene Verkoop- en leveringsvoorwaarden 01-01-2021."
    if len(mentions) == 1 and mentions[0].day_known:
        head, tail = sentence[: mentions[0].start], sentence[mentions[0].end :]
        if (
            (re.fullmatch(r"[\s.)\]]*", tail) or not re.search(r"[a-z]", tail))
            and _TITLE.match(head + "0")
            and re.search(r"\b" + _DOCUMENT + r"\b", head, re.I)
            and not _NEGATIVE.search(head)
            and not _STRONG.search(head)
            and not _SENTENCE_WORDS.search(head)
        ):
            return mentions[0].date
    return None


def last_updated_in(text: str) -> dt.date | None:
    """The date of a "Last Updated: March 3, 2025" style label (or a head "Effective Date:")."""
    found = _label_date(text)
    return found[0] if found else None


def _first_label(texts: Sequence[str], day_first: bool | None) -> tuple[dt.date, str] | None:
    for text in texts:
        found = _label_date(text, day_first)
        if found:
            return found
    return None


# "Zoom updated its Terms of Service on March 31, 2023", "se actualizaron el 1 de
# septiembre de 2022": when a text was updated, said in a sentence rather than a label.
_UPDATED = re.compile(
    r"\b(?:updated|revised|amended|changed|modified|aktualisiert|geändert|actualiz(?:ó|aron|ad[oa]s?)"
    r"|atualiz(?:ou|aram|ad[oa]s?)|aggiornat[oaie]|bijgewerkt|gewijzigd|mis(?:es)?\s+à\s+jour"
    r"|modifiée?s?)\b(?:\s+[\w'’-]+){0,6}?\s+(?:on|am|le|el|em|il|op|on\s+the)\s+$",
    re.I,
)


def _update_dates(texts: Sequence[str], day_first: bool | None) -> list[tuple[dt.date, str]]:
    """Dates a text says it was updated on, in sentences (not labels), with "and" lists."""
    found = []
    for text in texts:
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            previous = None
            for mention in find_dates(sentence, day_first=day_first):
                before = sentence[: mention.start]
                joined = previous is not None and _AND.match(sentence[previous.end : mention.start])
                law = _REGULATION.search(before[-90:]) and not _OWN_DOCUMENT.search(sentence)
                if mention.day_known and not law and (_UPDATED.search(before[-90:]) or joined):
                    found.append((mention.date, sentence.strip()))
                    previous = mention
                else:
                    previous = None
    return found


def passage_date(text: str) -> EffectiveDate | None:
    """The date a passage binds from: an effective statement, else its version label."""
    return effective_date_for_change([text], [], [], [text])


# --- one change -----------------------------------------------------------------------


def effective_date_for_change(
    added: list[str],
    modified_after: list[str],
    old_texts: list[str],
    new_texts: list[str],
) -> EffectiveDate | None:
    """The date a change binds from.

    In order: a strong or rule-bound date in an added clause; one in a modified clause's
    new text that the old page did not have; a changed "Last updated" label; a weaker
    statement in an added clause; a modified clause restating an old date.  A sentence
    found word for word on the old page is not part of the change and is never read.
    """
    day_first = day_first_hint([*new_texts, *added])
    passage = " ".join(added)
    found = [c for text in added for c in _candidates(text, day_first, passage)]
    if not found and len(added) > 1:
        found = _candidates(passage, day_first)
    best = _best(found)
    if best and best.score >= 2:
        return EffectiveDate(best.mention.date, best.sentence, "added")
    old_dates = {m.date for text in old_texts for m in find_dates(text, day_first=day_first)}
    old_sentences = {_canonical(s) for text in old_texts for s in sentences(text)}
    fresh = [
        c
        for text in modified_after
        for c in _candidates(text, day_first)
        if _canonical(c.sentence) not in old_sentences
    ]
    new_dated = _best([c for c in fresh if c.mention.date not in old_dates])
    if new_dated and new_dated.score >= 2:
        return EffectiveDate(new_dated.mention.date, new_dated.sentence, "modified")
    old_label = _first_label(old_texts, day_first)
    new_label = _first_label([*added, *new_texts], day_first)
    updates = _update_dates(added, day_first)
    if new_label and (old_label is None or old_label[0] != new_label[0]):
        latest = max([new_label, *updates], key=lambda item: item[0])  # "(some terms
        return EffectiveDate(latest[0], latest[1], "last-updated")  # updated on ...)"
    if best:
        return EffectiveDate(best.mention.date, best.sentence, "added")
    best = new_dated or _best(fresh)
    if best:
        return EffectiveDate(best.mention.date, best.sentence, "modified")
    if updates:
        latest = max(updates, key=lambda item: item[0])
        return EffectiveDate(latest[0], latest[1], "added")
    return None
