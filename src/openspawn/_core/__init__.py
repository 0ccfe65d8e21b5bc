"""I/O-free building blocks shared by the sync and async clients."""
