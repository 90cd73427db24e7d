"""Outputs: what readers see.  The snapshots/ mirror, the static site and its feeds
(site, siteviews, sitedigests, feeds, whatchanged), notifications and their messages
(notify, messages), summaries (narrative), terminal views (status).  Reads the store;
imports the stages below it, never the pipeline or the CLI."""
