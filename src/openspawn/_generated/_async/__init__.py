"""The async resource layer, generated from openapi.yaml by `make generate`; do not edit.

One module per resource (`client.<resource>`), plus `client.py`, the client class with its
resource properties. generator/unasync.py writes the sync twin into `_generated/_sync`.
"""
