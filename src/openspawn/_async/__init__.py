"""The async client: the hand-written source of both clients (``_sync`` is generated from it)."""
