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
    from ..models.realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA,
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
            session (RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | Unset): The session the
                secret opens, told apart by `type`: `realtime` for speech-to-speech,
                `transcription` for transcription only.
    """

    expires_after: ClientSecretExpiresAfter | Unset = UNSET
    session: (
        RealtimeSessionCreateRequestGA
        | RealtimeTranscriptionSessionCreateRequestGA
        | Unset
    ) = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.realtime_session_create_request_ga import (
            RealtimeSessionCreateRequestGA,
        )

        expires_after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires_after, Unset):
            expires_after = self.expires_after.to_dict()

        session: dict[str, Any] | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        elif isinstance(self.session, RealtimeSessionCreateRequestGA):
            session = self.session.to_dict()
        else:
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
        from ..models.realtime_transcription_session_create_request_ga import (
            RealtimeTranscriptionSessionCreateRequestGA,
        )

        d = dict(src_dict)
        _expires_after = d.pop("expires_after", UNSET)
        expires_after: ClientSecretExpiresAfter | Unset
        if isinstance(_expires_after, Unset):
            expires_after = UNSET
        else:
            expires_after = ClientSecretExpiresAfter.from_dict(_expires_after)

        def _parse_session(
            data: object,
        ) -> (
            RealtimeSessionCreateRequestGA
            | RealtimeTranscriptionSessionCreateRequestGA
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_session_config_ga_type_0 = (
                    RealtimeSessionCreateRequestGA.from_dict(data)
                )

                return componentsschemas_realtime_session_config_ga_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_realtime_session_config_ga_type_1 = (
                RealtimeTranscriptionSessionCreateRequestGA.from_dict(data)
            )

            return componentsschemas_realtime_session_config_ga_type_1

        session = _parse_session(d.pop("session", UNSET))

        realtime_client_secret_create_request = cls(
            expires_after=expires_after,
            session=session,
        )

        return realtime_client_secret_create_request
