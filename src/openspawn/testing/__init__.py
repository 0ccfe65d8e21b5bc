"""Test your agent code against a real BikiniBottom: the ``openspawn`` pytest plugin.

Installing ``openspawn[devserver]`` registers the plugin (entry point ``pytest11``); no
``conftest.py`` is needed. Fixtures (all documented in ``docs/testing.md``):

* ``openspawn_server`` — a dev server for the whole test session (in-memory database, free port;
  one per pytest-xdist worker). ``openspawn_fresh_server`` — a new one for one test.
* ``openspawn_credentials`` — :class:`DevServerCredentials` of the session server.
* ``openspawn_client`` / ``openspawn_async_client`` — clients signed as the HR agent (``talent``).
* ``openspawn_agent`` — a freshly created agent with its own clients (:class:`TestAgent`);
  ``openspawn_create_agent`` — a function that creates more of them.
* ``openspawn_webhook_receiver`` — a local receiver (:class:`WebhookReceiver`) that verifies and
  records deliveries; ``openspawn_start_server`` — start a dev server with options (for example
  ``webhooks=[receiver.target]``) for one test.

The classes below are what those fixtures give; they can also be used without pytest.
"""

from __future__ import annotations

from ._agents import DevServerCredentials, TestAgent, create_agent
from ._receiver import Delivery, WebhookReceiver

__all__ = ["Delivery", "DevServerCredentials", "TestAgent", "WebhookReceiver", "create_agent"]
