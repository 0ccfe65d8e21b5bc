"""Resource namespaces of the async client (``client.agents``, ``client.tasks``, …)."""
