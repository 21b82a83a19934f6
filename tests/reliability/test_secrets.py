"""The API key appears in no log record (at any level, of any library), repr, exception message
or traceback of a whole walkthrough through a faulty platform, failures included."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterator

import pandas as pd
import pytest

from ikigai import Ikigai
from ikigai.components import FlowStatus
from ikigai.errors import AuthenticationError, IkigaiError
from ikigai.local import LocalPlatform

from .conftest import RETRIES


class _Everything(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(logging.Formatter("%(name)s %(message)s %(args)s").format(record))
        self.texts.append(repr(record.__dict__))


@pytest.fixture
def everything() -> Iterator[_Everything]:
    root = logging.getLogger()
    handler = _Everything()
    levels = {name: logging.getLogger(name).level for name in ("", "ikigai", "httpx", "httpcore")}
    for name in levels:
        logging.getLogger(name).setLevel(logging.DEBUG)
    root.addHandler(handler)
    yield handler
    root.removeHandler(handler)
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def _failure(texts: list[str], action: Callable[[], object]) -> BaseException:
    with pytest.raises((IkigaiError, KeyError)) as caught:
        action()
    error = caught.value
    texts += [str(error), repr(error), *traceback.format_exception(error)]
    return error


def test_the_api_key_appears_nowhere(faulty: LocalPlatform, everything: _Everything) -> None:
    key = faulty.api_key()
    texts: list[str] = []
    client = Ikigai(faulty.default_user, key, faulty.base_url, max_retries=RETRIES)
    app = client.app.new("secrets").build()
    dataset = app.dataset.new("data").df(pd.DataFrame({"a": [1, 2]})).build()
    types = client.facet_types
    definition = (
        client.builder.facet(facet_type=types.INPUT.Imported, name="input")
        .arguments(dataset_id=dataset.dataset_id, file_type="csv", header=True, use_raw_file=False)
        .facet(facet_type=types.MID.PYTHON, name="script")
        .arguments(script=f"raise ValueError('bad ' + {key[:3]!r})\nresult = data\n")
        .facet(facet_type=types.OUTPUT.EXPORTED, name="output")
        .arguments(dataset_name="never", file_type="csv", header=True)
        .build()
    )
    flow = app.flow.new("failing").definition(definition).build()
    log = flow.run()
    assert log.status == FlowStatus.FAILED
    texts += [repr(x) for x in (client, app, dataset, flow, log, definition, flow.run_logs())]
    texts += [repr(client._ctx), repr(client._ctx.transport), repr(client._ctx.transport.client)]  # pyright: ignore[reportPrivateUsage]
    texts.append(repr(dataset.df()))
    _failure(texts, lambda: client.apps["no such app"])
    _failure(texts, lambda: app.datasets["no such dataset"])
    wrong = Ikigai(faulty.default_user, key[::-1], faulty.base_url, max_retries=RETRIES)
    error = _failure(texts, wrong.apps)
    assert isinstance(error, AuthenticationError)
    assert "api_key" in str(error)  # it says what to do
    texts.append(repr(wrong))
    wrong.close()
    client.close()
    texts += everything.texts
    assert len(everything.texts) > 100  # DEBUG records of ikigai, httpx and httpcore
    for secret in (key, key[::-1]):
        leaks = [text for text in texts if secret in text]
        assert leaks == [], leaks[:3]
