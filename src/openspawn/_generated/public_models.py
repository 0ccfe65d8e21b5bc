"""The models and enums users touch: requests, resources and what methods return.

Generated from openapi.yaml by `make generate`; do not edit. The response envelopes that
methods unwrap (``{"data": ...}``) are left out; they stay in `openspawn._generated.models`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import AddCapabilityRequest as AddCapabilityRequest
    from .models import AddDependencyRequest as AddDependencyRequest
    from .models import AdjustCreditsRequest as AdjustCreditsRequest
    from .models import Agent as Agent
    from .models import AgentBalance as AgentBalance
    from .models import AgentCapability as AgentCapability
    from .models import AgentCreated as AgentCreated
    from .models import AgentCreatedResponse as AgentCreatedResponse
    from .models import AgentMetadata as AgentMetadata
    from .models import AgentMode as AgentMode
    from .models import AgentNode as AgentNode
    from .models import AgentRole as AgentRole
    from .models import AgentSpawnedResponse as AgentSpawnedResponse
    from .models import AgentSpending as AgentSpending
    from .models import AgentStatus as AgentStatus
    from .models import AgentStatusChange as AgentStatusChange
    from .models import AssignTaskRequest as AssignTaskRequest
    from .models import AutoAssignRequest as AutoAssignRequest
    from .models import BestCapabilityMatch as BestCapabilityMatch
    from .models import BudgetStatus as BudgetStatus
    from .models import CanSpend as CanSpend
    from .models import CapabilityInput as CapabilityInput
    from .models import CapabilityMatch as CapabilityMatch
    from .models import CastVoteRequest as CastVoteRequest
    from .models import Channel as Channel
    from .models import ChannelMetadata as ChannelMetadata
    from .models import ChannelType as ChannelType
    from .models import ConsensusRequest as ConsensusRequest
    from .models import ConsensusRequestMetadata as ConsensusRequestMetadata
    from .models import ConsensusStatus as ConsensusStatus
    from .models import ConsensusType as ConsensusType
    from .models import ConsensusVote as ConsensusVote
    from .models import Conversation as Conversation
    from .models import CreateAgentRequest as CreateAgentRequest
    from .models import CreateAgentRequestMetadata as CreateAgentRequestMetadata
    from .models import CreateChannelRequest as CreateChannelRequest
    from .models import CreateChannelRequestMetadata as CreateChannelRequestMetadata
    from .models import CreateCommentRequest as CreateCommentRequest
    from .models import CreateConsensusRequest as CreateConsensusRequest
    from .models import CreateTaskRequest as CreateTaskRequest
    from .models import CreateTaskRequestMetadata as CreateTaskRequestMetadata
    from .models import CreateTaskTemplateRequest as CreateTaskTemplateRequest
    from .models import CreateTaskTemplateRequestMetadata as CreateTaskTemplateRequestMetadata
    from .models import CreateTemplateFromTaskRequest as CreateTemplateFromTaskRequest
    from .models import CreditAlert as CreditAlert
    from .models import CreditAlertSeverity as CreditAlertSeverity
    from .models import CreditAlertType as CreditAlertType
    from .models import CreditBalance as CreditBalance
    from .models import CreditStats as CreditStats
    from .models import CreditTransaction as CreditTransaction
    from .models import CreditTransactionMetadata as CreditTransactionMetadata
    from .models import CreditTrendPoint as CreditTrendPoint
    from .models import CreditTriggerBreakdown as CreditTriggerBreakdown
    from .models import CreditType as CreditType
    from .models import DemoteAgentRequest as DemoteAgentRequest
    from .models import DirectMessage as DirectMessage
    from .models import EmptyRequest as EmptyRequest
    from .models import ErrorBody as ErrorBody
    from .models import ErrorBodyDetails as ErrorBodyDetails
    from .models import EscalateTaskRequest as EscalateTaskRequest
    from .models import Escalation as Escalation
    from .models import EscalationMetadata as EscalationMetadata
    from .models import EscalationReason as EscalationReason
    from .models import Event as Event
    from .models import EventData as EventData
    from .models import EventPageMeta as EventPageMeta
    from .models import EventSeverity as EventSeverity
    from .models import HealthState as HealthState
    from .models import HealthStatus as HealthStatus
    from .models import InstantiateTaskTemplateRequest as InstantiateTaskTemplateRequest
    from .models import InstantiateTaskTemplateRequestVariables as InstantiateTaskTemplateRequestVariables
    from .models import MarkReadResult as MarkReadResult
    from .models import MatchedCapability as MatchedCapability
    from .models import Message as Message
    from .models import MessageMetadata as MessageMetadata
    from .models import MessageResponse as MessageResponse
    from .models import MessageType as MessageType
    from .models import OffsetPageMeta as OffsetPageMeta
    from .models import PendingAgent as PendingAgent
    from .models import PingResponse as PingResponse
    from .models import PreHookDecision as PreHookDecision
    from .models import PreHookTask as PreHookTask
    from .models import PreHookTaskMetadataType0 as PreHookTaskMetadataType0
    from .models import Proficiency as Proficiency
    from .models import PromotionProgress as PromotionProgress
    from .models import RejectAgentRequest as RejectAgentRequest
    from .models import ReputationAdjustmentRequest as ReputationAdjustmentRequest
    from .models import ReputationEvent as ReputationEvent
    from .models import ReputationEventMetadata as ReputationEventMetadata
    from .models import ReputationEventType as ReputationEventType
    from .models import ReputationHistoryResponse as ReputationHistoryResponse
    from .models import ReputationLevel as ReputationLevel
    from .models import ReputationSummary as ReputationSummary
    from .models import RoutingCandidate as RoutingCandidate
    from .models import RoutingResult as RoutingResult
    from .models import SendDirectMessageRequest as SendDirectMessageRequest
    from .models import SendDirectMessageRequestMetadata as SendDirectMessageRequestMetadata
    from .models import SendMessageRequest as SendMessageRequest
    from .models import SendMessageRequestMetadata as SendMessageRequestMetadata
    from .models import SetBudgetRequest as SetBudgetRequest
    from .models import SpawnAgentRequest as SpawnAgentRequest
    from .models import SpawnAgentRequestMetadata as SpawnAgentRequestMetadata
    from .models import SpawnCapacity as SpawnCapacity
    from .models import SpawnedAgent as SpawnedAgent
    from .models import SpendCreditsRequest as SpendCreditsRequest
    from .models import SubtaskTemplate as SubtaskTemplate
    from .models import Task as Task
    from .models import TaskComment as TaskComment
    from .models import TaskCompletePreHook as TaskCompletePreHook
    from .models import TaskCompletePreHookData as TaskCompletePreHookData
    from .models import TaskDependency as TaskDependency
    from .models import TaskMetadata as TaskMetadata
    from .models import TaskPriority as TaskPriority
    from .models import TaskStatus as TaskStatus
    from .models import TaskTag as TaskTag
    from .models import TaskTemplate as TaskTemplate
    from .models import TaskTemplateMetadata as TaskTemplateMetadata
    from .models import TaskTransitionPreHook as TaskTransitionPreHook
    from .models import TaskTransitionPreHookData as TaskTransitionPreHookData
    from .models import TopSpender as TopSpender
    from .models import TransferCreditsRequest as TransferCreditsRequest
    from .models import TransitionTaskRequest as TransitionTaskRequest
    from .models import TrustLeaderboardEntry as TrustLeaderboardEntry
    from .models import UnreadCount as UnreadCount
    from .models import UpdateAgentRequest as UpdateAgentRequest
    from .models import UpdateAgentRequestMetadata as UpdateAgentRequestMetadata
    from .models import UpdateCapabilityRequest as UpdateCapabilityRequest
    from .models import VoteValue as VoteValue
    from .models import WebhookEvent as WebhookEvent
    from .models import WebhookEventData as WebhookEventData
    from .models import WebhookEventDataData as WebhookEventDataData
    from .models import WebhookEventType as WebhookEventType

__all__ = [
    "AddCapabilityRequest",
    "AddDependencyRequest",
    "AdjustCreditsRequest",
    "Agent",
    "AgentBalance",
    "AgentCapability",
    "AgentCreated",
    "AgentCreatedResponse",
    "AgentMetadata",
    "AgentMode",
    "AgentNode",
    "AgentRole",
    "AgentSpawnedResponse",
    "AgentSpending",
    "AgentStatus",
    "AgentStatusChange",
    "AssignTaskRequest",
    "AutoAssignRequest",
    "BestCapabilityMatch",
    "BudgetStatus",
    "CanSpend",
    "CapabilityInput",
    "CapabilityMatch",
    "CastVoteRequest",
    "Channel",
    "ChannelMetadata",
    "ChannelType",
    "ConsensusRequest",
    "ConsensusRequestMetadata",
    "ConsensusStatus",
    "ConsensusType",
    "ConsensusVote",
    "Conversation",
    "CreateAgentRequest",
    "CreateAgentRequestMetadata",
    "CreateChannelRequest",
    "CreateChannelRequestMetadata",
    "CreateCommentRequest",
    "CreateConsensusRequest",
    "CreateTaskRequest",
    "CreateTaskRequestMetadata",
    "CreateTaskTemplateRequest",
    "CreateTaskTemplateRequestMetadata",
    "CreateTemplateFromTaskRequest",
    "CreditAlert",
    "CreditAlertSeverity",
    "CreditAlertType",
    "CreditBalance",
    "CreditStats",
    "CreditTransaction",
    "CreditTransactionMetadata",
    "CreditTrendPoint",
    "CreditTriggerBreakdown",
    "CreditType",
    "DemoteAgentRequest",
    "DirectMessage",
    "EmptyRequest",
    "ErrorBody",
    "ErrorBodyDetails",
    "EscalateTaskRequest",
    "Escalation",
    "EscalationMetadata",
    "EscalationReason",
    "Event",
    "EventData",
    "EventPageMeta",
    "EventSeverity",
    "HealthState",
    "HealthStatus",
    "InstantiateTaskTemplateRequest",
    "InstantiateTaskTemplateRequestVariables",
    "MarkReadResult",
    "MatchedCapability",
    "Message",
    "MessageMetadata",
    "MessageResponse",
    "MessageType",
    "OffsetPageMeta",
    "PendingAgent",
    "PingResponse",
    "PreHookDecision",
    "PreHookTask",
    "PreHookTaskMetadataType0",
    "Proficiency",
    "PromotionProgress",
    "RejectAgentRequest",
    "ReputationAdjustmentRequest",
    "ReputationEvent",
    "ReputationEventMetadata",
    "ReputationEventType",
    "ReputationHistoryResponse",
    "ReputationLevel",
    "ReputationSummary",
    "RoutingCandidate",
    "RoutingResult",
    "SendDirectMessageRequest",
    "SendDirectMessageRequestMetadata",
    "SendMessageRequest",
    "SendMessageRequestMetadata",
    "SetBudgetRequest",
    "SpawnAgentRequest",
    "SpawnAgentRequestMetadata",
    "SpawnCapacity",
    "SpawnedAgent",
    "SpendCreditsRequest",
    "SubtaskTemplate",
    "Task",
    "TaskComment",
    "TaskCompletePreHook",
    "TaskCompletePreHookData",
    "TaskDependency",
    "TaskMetadata",
    "TaskPriority",
    "TaskStatus",
    "TaskTag",
    "TaskTemplate",
    "TaskTemplateMetadata",
    "TaskTransitionPreHook",
    "TaskTransitionPreHookData",
    "TopSpender",
    "TransferCreditsRequest",
    "TransitionTaskRequest",
    "TrustLeaderboardEntry",
    "UnreadCount",
    "UpdateAgentRequest",
    "UpdateAgentRequestMetadata",
    "UpdateCapabilityRequest",
    "VoteValue",
    "WebhookEvent",
    "WebhookEventData",
    "WebhookEventDataData",
    "WebhookEventType",
]
