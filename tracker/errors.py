"""The exceptions the library raises: one base class, so the CLI can turn any of them
into a one-line message and an exit code instead of a traceback."""

from __future__ import annotations


class TrackerError(Exception):
    """Base of every error the library reports to a user."""

    exit_code = 1


class ConfigError(TrackerError):
    """The config file is unreadable or wrong; the message names file, source and problem."""

    exit_code = 2


class ExtractError(TrackerError):
    """A page could not be turned into blocks (bad selector, nothing matched)."""


class FetchError(TrackerError):
    """A source could not be fetched at all."""


class StoreError(TrackerError):
    """The database cannot be opened or is from a newer version of the tool."""

    exit_code = 2


class NotifyError(TrackerError):
    """A notification channel is misconfigured."""

    exit_code = 2
