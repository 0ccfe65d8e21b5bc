"""Error handling: every failure is a BikiniBottomError subclass carrying the server's message."""

from __future__ import annotations

import pydantic

from openspawn import AsyncBikiniBottomClient
from openspawn.enums import TaskStatus
from openspawn.http_client import APIError, AuthenticationError, BikiniBottomError, RetryableError
from openspawn.models import CreateTaskRequest, TransitionTaskRequest


async def run(client: AsyncBikiniBottomClient) -> None:
    try:
        await client.agents.get("00000000-0000-4000-8000-00000000dead")
    except AuthenticationError:
        print("Authentication failed - check your API key or HMAC secret")
        raise
    except APIError as e:
        print(f"API error {e.status_code}: {e.message}")
        print(f"Response data: {e.response_data}")
        assert e.status_code == 404
    except RetryableError as e:
        print(f"Request failed after retries: {e}")
        raise
    except BikiniBottomError as e:
        print(f"SDK error: {e}")
        raise

    task = await client.tasks.create(CreateTaskRequest(title="Cannot skip ahead"))
    try:
        await client.tasks.transition(task.id, TransitionTaskRequest(status=TaskStatus.DONE))
    except APIError as e:
        assert e.status_code == 422
        print(f"Invalid request: {e.message}")  # Invalid transition: backlog → done

    # Wrong field names are caught before anything is sent.
    try:
        CreateTaskRequest.model_validate({"Title": "...", "Priority": "high"})
    except pydantic.ValidationError as e:
        print(f"{e.error_count()} problems, e.g. {e.errors()[0]['msg']}")
