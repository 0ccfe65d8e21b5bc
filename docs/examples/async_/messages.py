"""Messages: send, reply in a thread, page back through a channel."""

from __future__ import annotations

from openspawn import AsyncBikiniBottomClient
from openspawn.enums import ChannelType, MessageType
from openspawn.models import SendMessageRequest


async def run(client: AsyncBikiniBottomClient) -> None:
    channel = await client.channels.create("release-notes", ChannelType.GENERAL)

    message = await client.messages.send(
        SendMessageRequest(
            channel_id=channel.id, type=MessageType.TEXT, body="Task completed successfully!"
        )
    )
    reply = await client.messages.send(
        SendMessageRequest(
            channel_id=channel.id,
            type=MessageType.TEXT,
            body="Great work!",
            parent_message_id=message.id,
        )
    )
    for n in range(3):
        await client.messages.send(SendMessageRequest(channel_id=channel.id, body=f"Update {n}"))

    # A page holds the newest messages, oldest first.
    page = await client.messages.list(channel_id=channel.id, limit=2)
    # The next, older page is the one before the page's first (oldest) message.
    older = await client.messages.list(channel_id=channel.id, limit=2, before=page[0].id)
    assert older[-1].created_at <= page[0].created_at

    # Or let the iterator walk back through the whole channel, newest first.
    bodies = [m.body async for m in client.messages.iter_messages(channel.id, page_size=2)]
    assert bodies[-1] == "Task completed successfully!" and len(bodies) == 5

    assert (await client.messages.get(message.id)).body == message.body
    thread = await client.messages.get_thread(message.id)
    print(f"Thread has {len(thread)} replies")
    assert [m.id for m in thread] == [reply.id]
