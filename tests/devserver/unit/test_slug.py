from __future__ import annotations

import pytest

from openspawn._devserver.slug import slugify


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("New Worker Agent", "new-worker-agent"),
        ("Child Agent", "child-agent"),
        ("  Manager   Agent  ", "manager-agent"),
        ("Worker 1", "worker-1"),
        ("Data--Cruncher!!", "data-cruncher"),
        ("GPT-4 Turbo_Bot", "gpt-4-turbo-bot"),
        ("Café Agent", "caf-agent"),
        ("already-a-slug", "already-a-slug"),
        ("!!!", ""),
        ("", ""),
        ("a" * 150, "a" * 100),
        ("a" * 99 + " b", "a" * 99),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug
