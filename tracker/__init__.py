"""policy-tracker: watch legal and policy pages and report what changed, clause by clause."""

__version__ = "0.1.0"
