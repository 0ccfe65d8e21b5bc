"""The pytest plugin itself: registered by entry point, and it keeps secrets out of sight."""

from __future__ import annotations

import pickle
from importlib.metadata import entry_points

import pytest

from openspawn.devserver import DevServer
from openspawn.testing import DevServerCredentials, TestAgent, WebhookReceiver


def test_the_plugin_is_registered_through_the_pytest11_entry_point(
    pytestconfig: pytest.Config,
) -> None:
    (entry,) = [e for e in entry_points(group="pytest11") if e.name == "openspawn"]
    assert entry.value == "openspawn.testing.plugin"
    assert pytestconfig.pluginmanager.has_plugin("openspawn")


def test_credentials_and_agents_never_show_their_secrets(
    openspawn_server: DevServer,
    openspawn_credentials: DevServerCredentials,
    openspawn_agent: TestAgent,
) -> None:
    secrets = [
        openspawn_credentials.api_key,
        openspawn_credentials.hr_secret,
        openspawn_agent.secret,
    ]
    shown = repr(openspawn_credentials) + repr(openspawn_agent) + str(openspawn_agent)
    assert not any(secret in shown for secret in secrets)
    assert openspawn_credentials.base_url == openspawn_server.base_url
    for value in (openspawn_credentials, openspawn_agent):
        with pytest.raises(TypeError, match="cannot be pickled"):
            pickle.dumps(value)


def test_the_agent_fixture_signs_as_a_new_agent(openspawn_agent: TestAgent) -> None:
    with openspawn_agent.client() as client:
        me = client.agents.get(openspawn_agent.id)
    assert me.agent_id == openspawn_agent.agent_id != "talent"
    assert me.status == "active"


def test_the_receiver_refuses_what_does_not_verify() -> None:
    import urllib.error
    import urllib.request

    with WebhookReceiver(secret="s3cret") as receiver:
        assert "s3cret" not in repr(receiver)
        request = urllib.request.Request(
            receiver.url, data=b'{"event":"x"}', headers={"X-BikiniBottom-Event": "x"}
        )
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(request, timeout=10)
        assert caught.value.code == 400
        (delivery,) = receiver.deliveries
    assert delivery.event is None
    assert delivery.error is not None and "unsigned" in delivery.error
