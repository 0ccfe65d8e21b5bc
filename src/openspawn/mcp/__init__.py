"""``openspawn mcp``: the BikiniBottom API as MCP tools over stdio (extra ``openspawn[mcp]``).

The tools are generated at start-up from the packaged ``openapi.yaml`` (:mod:`.tools`); calls go
through the SDK (:mod:`.adapter`); :mod:`.server` wires both to the ``mcp`` package. See
``docs/mcp.md``.
"""
