"""Client conveniences: with_options, raw responses, request ids, default and extra parameters.

The lines between `--8<--` markers are the snippets the documentation site shows.
"""

from __future__ import annotations

from openspawn import AsyncBikiniBottomClient


async def run(client: AsyncBikiniBottomClient) -> None:
    # --8<-- [start:with-options]
    # A copy with other settings on the same connection pool; the original is unchanged.
    impatient = client.with_options(timeout=5.0, max_retries=0)
    agents = await impatient.agents.list()
    traced = client.with_options(default_headers={"X-Trace-Id": "release-42"})
    await traced.credits.balance()
    # --8<-- [end:with-options]

    # --8<-- [start:raw]
    raw = await client.with_raw_response.agents.get(agents[0].id)
    print(raw.status_code, raw.headers["content-type"], raw.request_id)
    print(raw.http_request.method, raw.http_request.url)
    agent = raw.parse()  # the same Agent that client.agents.get() returns
    print(agent.name)
    # --8<-- [end:raw]

    # --8<-- [start:request-id]
    me = await client.agents.get(agents[0].id)
    print("request id:", me._request_id)  # the server's x-request-id for this answer
    _items, meta = await client.credits.history(limit=5)
    print("history request id:", meta._request_id)
    balance = await client.with_raw_response.credits.balance()  # an int has no attributes
    print(balance.parse(), "credits, request id", balance.request_id)
    # --8<-- [end:request-id]

    # --8<-- [start:extra]
    # Parameters this SDK has no argument for: merged into what is sent (and signed).
    page = await client.credits.history(limit=5, extra_query={"offset": "0"})
    await client.credits.spend(1, "Docs build", extra_body={"triggerType": "docs"})
    tagged = client.with_options(default_query={"source": "docs"})
    await tagged.agents.list(extra_headers={"X-Debug": "1"})
    print(f"{len(page[0])} ledger entries")
    # --8<-- [end:extra]

    assert agent.id == me.id
    # Request ids are None when a server sends no x-request-id (upstream sends none).
    assert raw.request_id == raw.headers.get("x-request-id")
