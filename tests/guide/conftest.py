"""The `guide` fixture: a local platform with the world the guide's examples expect."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest
from guide_support import USER, Guide, guide_print, make_world

from ikigai import Ikigai
from ikigai.local import LocalPlatform


@pytest.fixture(scope="module")
def guide() -> Iterator[Guide]:
    with LocalPlatform() as platform, pytest.MonkeyPatch.context() as patch:
        patch.setenv("IKIGAI_BASE_URL", platform.base_url)
        api_key = platform.add_user(USER)
        setup = Ikigai(user_email=USER, api_key=api_key, base_url=platform.base_url)
        started = time.monotonic()
        make_world(setup)
        setup.close()
        print(f"the guide's world was made in {time.monotonic() - started:.1f} s")
        namespace: dict[str, Any] = {"pd": pd, "time": time, "print": guide_print}
        yield Guide(namespace, api_key)
        client = namespace.get("ikigai")
        if isinstance(client, Ikigai):
            client.close()
