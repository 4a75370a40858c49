from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

if TYPE_CHECKING:
    from ..models.realtime_session_ga import RealtimeSessionGA
    from ..models.realtime_transcription_session_ga import (
        RealtimeTranscriptionSessionGA,
    )


T = TypeVar("T", bound="RealtimeClientSecretCreateResponse")


@_attrs_define
class RealtimeClientSecretCreateResponse:
    """The minted GA secret and the session it opens, as the server sees it.

    Attributes:
        value (str): The ephemeral key (`ek_...`) a client uses instead of the API key.
        expires_at (int): When the secret stops working, in Unix seconds.
        session (RealtimeSessionGA | RealtimeTranscriptionSessionGA): The session echoed by the server, told apart by
            `type`.
    """

    value: str
    expires_at: int
    session: RealtimeSessionGA | RealtimeTranscriptionSessionGA
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.realtime_session_ga import RealtimeSessionGA

        value = self.value

        expires_at = self.expires_at

        session: dict[str, Any]
        if isinstance(self.session, RealtimeSessionGA):
            session = self.session.to_dict()
        else:
            session = self.session.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "expires_at": expires_at,
                "session": session,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realtime_session_ga import RealtimeSessionGA
        from ..models.realtime_transcription_session_ga import (
            RealtimeTranscriptionSessionGA,
        )

        d = dict(src_dict)
        value = d.pop("value")

        expires_at = d.pop("expires_at")

        def _parse_session(
            data: object,
        ) -> RealtimeSessionGA | RealtimeTranscriptionSessionGA:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_session_echo_ga_type_0 = (
                    RealtimeSessionGA.from_dict(data)
                )

                return componentsschemas_realtime_session_echo_ga_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_realtime_session_echo_ga_type_1 = (
                RealtimeTranscriptionSessionGA.from_dict(data)
            )

            return componentsschemas_realtime_session_echo_ga_type_1

        session = _parse_session(d.pop("session"))

        realtime_client_secret_create_response = cls(
            value=value,
            expires_at=expires_at,
            session=session,
        )

        realtime_client_secret_create_response.additional_properties = d
        return realtime_client_secret_create_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
