"""Every request the published clients were recorded sending passes the platform's validation
(unit test of the validator against shared/reference/wire-capture-*.txt)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from ikigai.local.server.openapi import load_spec, operations
from ikigai.local.server.validation import RequestValidator

REFERENCE = Path(__file__).resolve().parents[3] / "shared" / "reference"
CAPTURES = sorted(REFERENCE.glob("wire-capture-*.txt"))
_REQUEST = re.compile(r"^(GET|POST) (\S+) HTTP/1\.1$")


def _requests() -> list[tuple[str, str, str, bytes]]:
    found = []
    for capture in CAPTURES:
        method = target = ""
        for line in capture.read_text(encoding="utf-8").splitlines():
            match = _REQUEST.match(line)
            if match:
                if method:
                    found.append((capture.name, method, target, b""))
                method, target = match.groups()
            elif line.strip().startswith("body:") and method:
                body = line.split("body:", 1)[1].strip().encode()
                found.append((capture.name, method, target, body))
                method = ""
        if method:
            found.append((capture.name, method, target, b""))
    return found


@pytest.mark.skipif(not CAPTURES, reason="the shared reference captures are not beside the repo")
def test_every_captured_request_is_valid() -> None:
    document = load_spec()
    validator = RequestValidator(document)
    table = {(op.method, op.path): op for op in operations(document)}
    checked = 0
    for _, method, target, body in _requests():
        url = urlsplit(re.sub("/{2,}", "/", target))
        if not url.path.startswith(("/component/", "/search/", "/access/")):
            continue  # a presigned URL of the capture server, outside the API
        operation = table[(method, url.path)]
        validator.query(operation, parse_qs(url.query, keep_blank_values=True))
        if operation.body_pointer is not None:
            json.loads(body)
            validator.body(operation, body)
        checked += 1
    assert checked > 100, checked
