from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.client_secret_expires_after_anchor import ClientSecretExpiresAfterAnchor
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientSecretExpiresAfter")


@_attrs_define
class ClientSecretExpiresAfter:
    """Lifetime of the minted secret (the session, once started, may outlive it). Unlike the beta
    `client_secret.expires_after`, both fields are optional. Server default: 600 seconds.

        Attributes:
            anchor (ClientSecretExpiresAfterAnchor | Unset): The point the lifetime counts from; only the secret's creation.
                Server default `created_at`.
            seconds (int | Unset): Lifetime in seconds, 10 to 7200 (two hours). Server default 600.
    """

    anchor: ClientSecretExpiresAfterAnchor | Unset = UNSET
    seconds: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        anchor: str | Unset = UNSET
        if not isinstance(self.anchor, Unset):
            anchor = self.anchor.value

        seconds = self.seconds

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if anchor is not UNSET:
            field_dict["anchor"] = anchor
        if seconds is not UNSET:
            field_dict["seconds"] = seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _anchor = d.pop("anchor", UNSET)
        anchor: ClientSecretExpiresAfterAnchor | Unset
        if isinstance(_anchor, Unset):
            anchor = UNSET
        else:
            anchor = ClientSecretExpiresAfterAnchor(_anchor)

        seconds = d.pop("seconds", UNSET)

        client_secret_expires_after = cls(
            anchor=anchor,
            seconds=seconds,
        )

        return client_secret_expires_after
