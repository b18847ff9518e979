"""The hand-written runtime of the SDK: a package of its own beside the generated ones.

It imports nothing generated; the generated package imports it.

Written once, used by every generated resource: the request pipeline (``_base_client``),
the typed seam generated methods build (``_options``: ``RequestSpec``, ``RequestOptions``),
input checking and conversion (``_coerce``), response kinds (``_results``), the records'
shared behaviour (``_records``), retry rules (``_retry``), pacing (``_rate_limit``), errors
(``_exceptions``), safe paths (``_paths``), paging (``_pagination``), tolerant parsing
(``_parsing``), error messages (``_error_body``), bounded body reads (``_body``,
``_deadline``), raw responses and the resources' base classes (``_response``,
``_resource``) and logging (``_logging``).
"""
