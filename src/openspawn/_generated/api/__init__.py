"""One package per tag, one I/O-free `build(...) -> Operation` module per operation.

Generated from openapi.yaml by `make generate`; do not edit.
"""
