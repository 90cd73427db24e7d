"""Extract: fetched bodies -> ordered clause blocks.  HTML (html, walk, density,
selectors), PDF and text (documents), any body by its kind (blocks), the display and
canonical text of a clause (normalize), soft-error health, and the worker processes
that fetch and extract a run's pages in parallel (workers).  Imports fetch and the base
modules."""
