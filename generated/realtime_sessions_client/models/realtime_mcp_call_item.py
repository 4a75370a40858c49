from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_mcp_call_item_type import RealtimeMcpCallItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.echoed_object import EchoedObject


T = TypeVar("T", bound="RealtimeMcpCallItem")


@_attrs_define
class RealtimeMcpCallItem:
    """Made by the server; accepted back, for example when replaying a conversation.

    Attributes:
        type_ (RealtimeMcpCallItemType):
        id (str): The item's id; the client may choose it, else the server makes one.
        server_label (str):
        name (str):
        arguments (str):
        approval_request_id (None | str | Unset):
        output (None | str | Unset):
        error (EchoedObject | None | Unset):
    """

    type_: RealtimeMcpCallItemType
    id: str
    server_label: str
    name: str
    arguments: str
    approval_request_id: None | str | Unset = UNSET
    output: None | str | Unset = UNSET
    error: EchoedObject | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.echoed_object import EchoedObject

        type_ = self.type_.value

        id = self.id

        server_label = self.server_label

        name = self.name

        arguments = self.arguments

        approval_request_id: None | str | Unset
        if isinstance(self.approval_request_id, Unset):
            approval_request_id = UNSET
        else:
            approval_request_id = self.approval_request_id

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, EchoedObject):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
                "server_label": server_label,
                "name": name,
                "arguments": arguments,
            }
        )
        if approval_request_id is not UNSET:
            field_dict["approval_request_id"] = approval_request_id
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.echoed_object import EchoedObject

        d = dict(src_dict)
        type_ = RealtimeMcpCallItemType(d.pop("type"))

        id = d.pop("id")

        server_label = d.pop("server_label")

        name = d.pop("name")

        arguments = d.pop("arguments")

        def _parse_approval_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approval_request_id = _parse_approval_request_id(
            d.pop("approval_request_id", UNSET)
        )

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_error(data: object) -> EchoedObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = EchoedObject.from_dict(data)

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EchoedObject | None | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        realtime_mcp_call_item = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            name=name,
            arguments=arguments,
            approval_request_id=approval_request_id,
            output=output,
            error=error,
        )

        return realtime_mcp_call_item
