from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_secret_expires_after import ClientSecretExpiresAfter
    from ..models.realtime_session_create_request_ga import (
        RealtimeSessionCreateRequestGA,
    )


T = TypeVar("T", bound="RealtimeClientSecretCreateRequest")


@_attrs_define
class RealtimeClientSecretCreateRequest:
    """The GA request: how long the secret lives and the session it opens. Nothing is required:
    `{}` asks for a ten-minute secret and the server's default realtime session.

        Attributes:
            expires_after (ClientSecretExpiresAfter | Unset): Lifetime of the minted secret (the session, once started, may
                outlive it). Unlike the beta
                `client_secret.expires_after`, both fields are optional. Server default: 600 seconds.
            session (RealtimeSessionCreateRequestGA | Unset): The GA (nested) session configuration. Only `type` is
                required; audio settings live under
                `audio.input` and `audio.output`, and `temperature` no longer exists.
    """

    expires_after: ClientSecretExpiresAfter | Unset = UNSET
    session: RealtimeSessionCreateRequestGA | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        expires_after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires_after, Unset):
            expires_after = self.expires_after.to_dict()

        session: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session, Unset):
            session = self.session.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if session is not UNSET:
            field_dict["session"] = session

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_secret_expires_after import ClientSecretExpiresAfter
        from ..models.realtime_session_create_request_ga import (
            RealtimeSessionCreateRequestGA,
        )

        d = dict(src_dict)
        _expires_after = d.pop("expires_after", UNSET)
        expires_after: ClientSecretExpiresAfter | Unset
        if isinstance(_expires_after, Unset):
            expires_after = UNSET
        else:
            expires_after = ClientSecretExpiresAfter.from_dict(_expires_after)

        _session = d.pop("session", UNSET)
        session: RealtimeSessionCreateRequestGA | Unset
        if isinstance(_session, Unset):
            session = UNSET
        else:
            session = RealtimeSessionCreateRequestGA.from_dict(_session)

        realtime_client_secret_create_request = cls(
            expires_after=expires_after,
            session=session,
        )

        return realtime_client_secret_create_request
