# Generated from openapi.yaml by overrides/hooks/spec_extras.py: do not edit; change the spec and run `make generate`.
"""Operations the spec marks deprecated, as "METHOD /path"."""

DEPRECATED_OPERATIONS: frozenset[str] = frozenset({})
