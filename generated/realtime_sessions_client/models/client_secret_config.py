from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

if TYPE_CHECKING:
    from ..models.expires_after import ExpiresAfter


T = TypeVar("T", bound="ClientSecretConfig")


@_attrs_define
class ClientSecretConfig:
    """Lifetime of the minted client secret. Server default one minute.

    Attributes:
        expires_after (ExpiresAfter):
    """

    expires_after: ExpiresAfter

    def to_dict(self) -> dict[str, Any]:
        expires_after = self.expires_after.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "expires_after": expires_after,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.expires_after import ExpiresAfter

        d = dict(src_dict)
        expires_after = ExpiresAfter.from_dict(d.pop("expires_after"))

        client_secret_config = cls(
            expires_after=expires_after,
        )

        return client_secret_config
