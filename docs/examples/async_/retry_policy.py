"""Retry policies, and finishing a mutating call whose answer was lost (docs/retries.md)."""

from __future__ import annotations

import httpx2

from openspawn import AsyncBikiniBottomClient, RetryableError, RetryableServerError, RetryPolicy
from openspawn.models import TransferCreditsRequest


# --8<-- [start:recover]
async def transfer(client: AsyncBikiniBottomClient, request: TransferCreditsRequest) -> None:
    try:
        await client.credits.transfer(request)
    except RetryableServerError as e:  # 5xx: also an InternalServerError
        if e.status_code == 500 and e.may_have_been_applied:
            raise  # check the ledger first (credits.history()): upstream kept no answer to replay
        await client.credits.transfer(request, idempotency_key=e.idempotency_key)
    except RetryableError as e:  # timeouts, dropped connections, 408/429 used up
        await client.credits.transfer(request, idempotency_key=e.idempotency_key)  # at most once
    # --8<-- [end:recover]


def losing_the_first_answer() -> httpx2.AsyncClient:
    """An httpx2 client whose first answer is lost on its way back: the server acted, and the
    caller sees a read timeout (what a dropped connection after sending looks like)."""
    answers = 0

    async def lose_first(response: httpx2.Response) -> None:
        nonlocal answers
        answers += 1
        if answers == 1:
            raise httpx2.ReadTimeout("the answer was lost", request=response.request)

    return httpx2.AsyncClient(event_hooks={"response": [lose_first]})


async def run(client: AsyncBikiniBottomClient) -> None:
    # --8<-- [start:policy]
    policy = RetryPolicy(
        statuses=frozenset({408, 429, 500, 502, 503, 504}),  # reads
        mutating_statuses=frozenset({408, 429, 502, 503, 504}),  # within 408/425/429/502/503/504
        base_delay=1.0,  # wait before retry n: base_delay * 2**(n-1) ...
        max_delay=32.0,  # ... at most this
        jitter=0.0,  # 0.5 adds up to 50 % of each wait at random
        respect_retry_after=True,
        max_retry_after=60.0,  # a longer Retry-After fails the call at once
    )
    async with AsyncBikiniBottomClient(retry_policy=policy, max_retries=3) as patient:
        agents = await patient.agents.list(retry_policy=RetryPolicy(base_delay=0.1), max_retries=5)
    # --8<-- [end:policy]
    print(f"{len(agents)} agents")
    try:
        RetryPolicy(mutating_statuses=frozenset({500}))
    except ValueError as exc:  # a retry after a 500 could apply a change twice
        print(exc)

    payee = (await client.agents.spawn(name="Payee Agent", level=1)).data.id
    await client.agents.activate(payee)
    before = await client.credits.balance()
    request = TransferCreditsRequest(to_agent_id=payee, amount=100, reason="Payment")
    # Retries off, so that the lost answer reaches transfer() as a RetryableError.
    async with (
        losing_the_first_answer() as http,
        AsyncBikiniBottomClient(http_client=http, max_retries=0) as flaky,
    ):
        await transfer(flaky, request)
    assert await client.credits.balance() == before - 100  # applied once, not twice
    print(f"transferred 100 credits once: {before} -> {before - 100}")
