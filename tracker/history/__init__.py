"""History: past versions.  Internet Archive captures (archive), importing them
(backfill), rebuilding versions from stored bodies (reextract) and placing a version in
a source's timeline (timeline).  Uses the stages directly, never the live-run pipeline."""
