"""Extract: fetched bodies -> ordered clause blocks.  HTML (html, walk, density,
selectors), PDF and text (documents), any body by its kind (blocks), the display and
canonical text of a clause (normalize), soft-error health, and the process pool that
parses pages in parallel (parsepool).  Imports fetch and the base modules."""
