"""The facts of one change: what it now asks, where, and by when.

`Fact` is one thing a reader must know (a limit that moved, a "may" that became a "must",
a new prohibition, a date to meet); `ChangeFacts` gathers a change's facts with the
countries and products it is about and one severity.  Both are plain data with
`to_dict`/`from_dict`, so they can be stored as JSON, put in a feed or sent to a channel.
"""

from __future__ import annotations

# The records live with the other typed records that pass between stages.
from tracker.models import (  # noqa: F401  (re-exported)
    SEVERITIES,
    STRENGTHS,
    ChangeFacts,
    Fact,
    FactType,
    Severity,
    severity_rank,
)
