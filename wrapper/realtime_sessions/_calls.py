"""WebRTC calls through the unified interface: an SDP offer and a session in, an SDP answer out.

The server that holds the API key posts the browser's offer and the (validated) GA session to
`POST /realtime/calls` as multipart; the browser gets only the SDP answer, never a token.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from typing import Any

import attrs
import httpx

from . import _contract
from ._endpoints import CALL_ENDPOINT
from ._exceptions import ConfigError, UnusableAnswer
from ._report import Problem, Report
from ._request import build_request
from ._responses import error_from_answer, unreadable_answer
from ._transport import CALL_REQUEST_MODEL

_CALL_ID_PREFIX = "rtc_"


@attrs.frozen
class Call:
    """A started WebRTC call: the SDP answer for the browser and the call's id (`rtc_...`)."""

    sdp: str = attrs.field(repr=False)
    call_id: str
    location: str

    def to_dict(self) -> dict[str, Any]:
        return {"sdp": self.sdp, "call_id": self.call_id}


@functools.cache
def _offer_pattern() -> re.Pattern[str]:
    """The contract's rule for an SDP offer (`SdpOffer.pattern`)."""
    return re.compile(_contract.schema("SdpOffer")["pattern"])


def call_request(sdp: Any, config: Mapping[str, Any] | None) -> Any:
    """The multipart request model: the offer as given, the session validated like a mint's.

    A beta-vocabulary config is translated, exactly as for `client-secrets`.
    """
    if not isinstance(sdp, str) or _offer_pattern().search(sdp) is None:
        problem = Problem(
            path="sdp",
            rule="pattern",
            message="the SDP offer must be text that starts with the line 'v=0' and has an 'm=' "
            "line, as RTCPeerConnection.createOffer() makes it.",
            value=None,
        )
        raise ConfigError(Report((problem,)), subject="call")
    body = build_request({} if config is None else config, endpoint="client-secrets")
    return CALL_REQUEST_MODEL.from_dict({"sdp": sdp, "session": body["session"]})


def call_from_answer(answer: httpx.Response, api_key: str | None) -> Call:
    """A Call for the 201 with its `Location`, the documented exception for anything else."""
    if answer.status_code != CALL_ENDPOINT.answer_status:
        if answer.is_success:
            reason = UnusableAnswer(f"a call answers {CALL_ENDPOINT.answer_status}")
            raise unreadable_answer(answer.status_code, answer.headers, reason)
        raise error_from_answer(
            answer.status_code,
            answer.headers,
            answer.content,
            api_key=api_key,
            endpoint=CALL_ENDPOINT.name,
        )
    location = answer.headers.get(CALL_ENDPOINT.call_id_header, "")
    call_id = location.rstrip("/").rpartition("/")[2]
    sdp = answer.text
    if not call_id.startswith(_CALL_ID_PREFIX) or not sdp.startswith("v=0"):
        reason = UnusableAnswer("no SDP answer, or no rtc_ call id in Location")
        raise unreadable_answer(answer.status_code, answer.headers, reason)
    return Call(sdp=sdp, call_id=call_id, location=location)
