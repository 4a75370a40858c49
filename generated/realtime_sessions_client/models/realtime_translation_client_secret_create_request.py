from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_secret_expires_after import ClientSecretExpiresAfter
    from ..models.realtime_translation_session_create_request import (
        RealtimeTranslationSessionCreateRequest,
    )


T = TypeVar("T", bound="RealtimeTranslationClientSecretCreateRequest")


@_attrs_define
class RealtimeTranslationClientSecretCreateRequest:
    """The lifetime of the secret and the translation session it opens.

    Attributes:
        session (RealtimeTranslationSessionCreateRequest): A speech translation session; only `model` is required.
        expires_after (ClientSecretExpiresAfter | Unset): Lifetime of the minted secret (the session, once started, may
            outlive it). Unlike the beta
            `client_secret.expires_after`, both fields are optional. Server default: 600 seconds.
    """

    session: RealtimeTranslationSessionCreateRequest
    expires_after: ClientSecretExpiresAfter | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        session = self.session.to_dict()

        expires_after: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expires_after, Unset):
            expires_after = self.expires_after.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "session": session,
            }
        )
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client_secret_expires_after import ClientSecretExpiresAfter
        from ..models.realtime_translation_session_create_request import (
            RealtimeTranslationSessionCreateRequest,
        )

        d = dict(src_dict)
        session = RealtimeTranslationSessionCreateRequest.from_dict(d.pop("session"))

        _expires_after = d.pop("expires_after", UNSET)
        expires_after: ClientSecretExpiresAfter | Unset
        if isinstance(_expires_after, Unset):
            expires_after = UNSET
        else:
            expires_after = ClientSecretExpiresAfter.from_dict(_expires_after)

        realtime_translation_client_secret_create_request = cls(
            session=session,
            expires_after=expires_after,
        )

        return realtime_translation_client_secret_create_request
