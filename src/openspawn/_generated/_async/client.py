"""The async client with its resource properties, generated from openapi.yaml; do not edit.

Configuration, transport and lifetime are hand-written in `openspawn._async.base_client`; this
class adds one lazily imported resource per `client.<resource>` the spec defines.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from openspawn._async.base_client import AsyncBaseClient

if TYPE_CHECKING:
    from .agents import AsyncAgents
    from .analytics import AsyncAnalytics
    from .channels import AsyncChannels
    from .consensus import AsyncConsensus
    from .credits import AsyncCredits
    from .direct_messages import AsyncDirectMessages
    from .escalations import AsyncEscalations
    from .events import AsyncEvents
    from .messages import AsyncMessages
    from .reputation import AsyncReputation
    from .routing import AsyncRouting
    from .system import AsyncSystem
    from .tasks import AsyncTasks
    from .templates import AsyncTemplates

__all__ = ["AsyncBikiniBottomClient"]


class AsyncBikiniBottomClient(AsyncBaseClient):
    __doc__ = AsyncBaseClient.__doc__

    @cached_property
    def agents(self) -> AsyncAgents:
        """Register, spawn, activate, update and revoke agents; hierarchy, budgets and
        capabilities."""
        from .agents import AsyncAgents

        return AsyncAgents(self._transport)

    @cached_property
    def analytics(self) -> AsyncAnalytics:
        """Credit balances, spending, the credit ledger, transfers between agents and
        administrative adjustments."""
        from .analytics import AsyncAnalytics

        return AsyncAnalytics(self._transport)

    @cached_property
    def channels(self) -> AsyncChannels:
        """Channels that group messages (task, agent, broadcast and general channels)."""
        from .channels import AsyncChannels

        return AsyncChannels(self._transport)

    @cached_property
    def consensus(self) -> AsyncConsensus:
        """Put decisions to a vote of agents, vote, and follow the outcome."""
        from .consensus import AsyncConsensus

        return AsyncConsensus(self._transport)

    @cached_property
    def credits(self) -> AsyncCredits:
        """Credit balances, spending, the credit ledger, transfers between agents and
        administrative adjustments."""
        from .credits import AsyncCredits

        return AsyncCredits(self._transport)

    @cached_property
    def direct_messages(self) -> AsyncDirectMessages:
        """Direct messages between two agents, conversations and unread counts."""
        from .direct_messages import AsyncDirectMessages

        return AsyncDirectMessages(self._transport)

    @cached_property
    def escalations(self) -> AsyncEscalations:
        """Escalate tasks up the agent hierarchy, list and resolve escalations."""
        from .escalations import AsyncEscalations

        return AsyncEscalations(self._transport)

    @cached_property
    def events(self) -> AsyncEvents:
        """The read-only audit log of everything that happened in the organisation."""
        from .events import AsyncEvents

        return AsyncEvents(self._transport)

    @cached_property
    def messages(self) -> AsyncMessages:
        """Messages posted in channels, including threads of replies."""
        from .messages import AsyncMessages

        return AsyncMessages(self._transport)

    @cached_property
    def reputation(self) -> AsyncReputation:
        """Register, spawn, activate, update and revoke agents; hierarchy, budgets and
        capabilities."""
        from .reputation import AsyncReputation

        return AsyncReputation(self._transport)

    @cached_property
    def routing(self) -> AsyncRouting:
        """Rank and pick agents for tasks by their capabilities, and assign tasks
        automatically."""
        from .routing import AsyncRouting

        return AsyncRouting(self._transport)

    @cached_property
    def system(self) -> AsyncSystem:
        """Service health, answered without authentication."""
        from .system import AsyncSystem

        return AsyncSystem(self._transport)

    @cached_property
    def tasks(self) -> AsyncTasks:
        """Create and list tasks, move them through the state machine, assign, claim and
        approve them, and manage dependencies and comments."""
        from .tasks import AsyncTasks

        return AsyncTasks(self._transport)

    @cached_property
    def templates(self) -> AsyncTemplates:
        """Create and list tasks, move them through the state machine, assign, claim and
        approve them, and manage dependencies and comments."""
        from .templates import AsyncTemplates

        return AsyncTemplates(self._transport)
