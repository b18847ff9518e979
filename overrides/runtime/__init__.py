"""The hand-written runtime of the SDK (linked into the package as ``icloudready._runtime``).

Written once, used by every generated resource: the request pipeline (``_base_client``),
retry rules (``_retry``), pacing (``_rate_limit``), errors (``_exceptions``), safe paths
(``_paths``), paging (``_pagination``), tolerant parsing (``_parsing``), error messages
(``_error_body``), bounded body reads (``_body``), raw responses (``_response``) and
logging (``_logging``).
"""
