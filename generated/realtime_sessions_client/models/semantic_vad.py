from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.semantic_vad_eagerness import SemanticVadEagerness
from ..models.semantic_vad_type import SemanticVadType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SemanticVad")


@_attrs_define
class SemanticVad:
    """Turn detection by a model that estimates whether the user has finished.

    Attributes:
        type_ (SemanticVadType):
        eagerness (SemanticVadEagerness | Unset): How quickly to answer; `auto` (the server default) equals `medium`.
        create_response (bool | Unset): Start a response when the turn ends. Server default true.
        interrupt_response (bool | Unset): Interrupt an ongoing response when the user starts speaking. Server default
            true.
    """

    type_: SemanticVadType
    eagerness: SemanticVadEagerness | Unset = UNSET
    create_response: bool | Unset = UNSET
    interrupt_response: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        eagerness: str | Unset = UNSET
        if not isinstance(self.eagerness, Unset):
            eagerness = self.eagerness.value

        create_response = self.create_response

        interrupt_response = self.interrupt_response

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if eagerness is not UNSET:
            field_dict["eagerness"] = eagerness
        if create_response is not UNSET:
            field_dict["create_response"] = create_response
        if interrupt_response is not UNSET:
            field_dict["interrupt_response"] = interrupt_response

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = SemanticVadType(d.pop("type"))

        _eagerness = d.pop("eagerness", UNSET)
        eagerness: SemanticVadEagerness | Unset
        if isinstance(_eagerness, Unset):
            eagerness = UNSET
        else:
            eagerness = SemanticVadEagerness(_eagerness)

        create_response = d.pop("create_response", UNSET)

        interrupt_response = d.pop("interrupt_response", UNSET)

        semantic_vad = cls(
            type_=type_,
            eagerness=eagerness,
            create_response=create_response,
            interrupt_response=interrupt_response,
        )

        return semantic_vad
