# Generated from openapi.yaml by openapi-python-client and overrides/templates/resources_init.py.jinja: do not edit; change the spec or the template and run `make generate`.
"""One module per tag of the spec: the classes behind ``client.<tag>`` (imported on first use)."""
