from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

if TYPE_CHECKING:
    from ..models.realtime_translation_session import RealtimeTranslationSession


T = TypeVar("T", bound="RealtimeTranslationClientSecretCreateResponse")


@_attrs_define
class RealtimeTranslationClientSecretCreateResponse:
    """The minted translation secret and the session it opens.

    Attributes:
        value (str): The ephemeral key (`ek_...`).
        expires_at (int): When the secret stops working, in Unix seconds.
        session (RealtimeTranslationSession): The effective translation session; kept loose like the other echoes.
    """

    value: str
    expires_at: int
    session: RealtimeTranslationSession
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        expires_at = self.expires_at

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
        from ..models.realtime_translation_session import RealtimeTranslationSession

        d = dict(src_dict)
        value = d.pop("value")

        expires_at = d.pop("expires_at")

        session = RealtimeTranslationSession.from_dict(d.pop("session"))

        realtime_translation_client_secret_create_response = cls(
            value=value,
            expires_at=expires_at,
            session=session,
        )

        realtime_translation_client_secret_create_response.additional_properties = d
        return realtime_translation_client_secret_create_response

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
