"""Code generated from openapi.yaml by `make generate` (generator/generate.py); do not edit.

`types` holds `Operation` and `WireModel`, `models` one class per schema, and
`api.<tag>.<operation>.build(...)` one I/O-free request builder per operation.
"""
