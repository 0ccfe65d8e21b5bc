"""Credits: balance, transfer, spend and the ledger."""

from __future__ import annotations

from openspawn import AsyncBikiniBottomClient
from openspawn.enums import CreditType
from openspawn.models import CreateTaskRequest, TransferCreditsRequest


async def run(client: AsyncBikiniBottomClient) -> None:
    balance = await client.credits.balance()
    print(f"Current balance: {balance} credits")

    recipient = (await client.agents.spawn(name="Credit Recipient", level=1)).data.id
    await client.agents.activate(recipient)
    transaction = await client.credits.transfer(
        TransferCreditsRequest(to_agent_id=recipient, amount=100, reason="Task completion bonus")
    )
    print(f"Transfer complete. New balance: {transaction.balance_after}")
    assert transaction.balance_after == balance - 100

    task = await client.tasks.create(CreateTaskRequest(title="Summarise the report"))
    tx = await client.credits.spend(
        amount=10, reason="OpenAI API call", trigger_type="llm_call", source_task_id=task.id
    )
    assert tx.type == CreditType.DEBIT and tx.balance_after == balance - 110

    transactions, meta = await client.credits.history(limit=50, offset=0)
    print(f"Showing {len(transactions)} of {meta['total']} transactions")
    for entry in transactions:
        sign = "+" if entry.type == "credit" else "-"
        print(f"{entry.created_at}: {sign}{entry.amount} - {entry.reason}")

    # Every entry, fetched a page at a time only as the loop needs it.
    count = 0
    async for _ in client.credits.iter_history(page_size=2):
        count += 1
    assert count == meta.total
