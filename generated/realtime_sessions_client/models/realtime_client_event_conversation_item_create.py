from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from typing_extensions import Self

from ..models.realtime_client_event_conversation_item_create_type import (
    RealtimeClientEventConversationItemCreateType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_assistant_message_item import RealtimeAssistantMessageItem
    from ..models.realtime_function_call_item import RealtimeFunctionCallItem
    from ..models.realtime_function_call_output_item import (
        RealtimeFunctionCallOutputItem,
    )
    from ..models.realtime_mcp_approval_request_item import (
        RealtimeMcpApprovalRequestItem,
    )
    from ..models.realtime_mcp_approval_response_item import (
        RealtimeMcpApprovalResponseItem,
    )
    from ..models.realtime_mcp_call_item import RealtimeMcpCallItem
    from ..models.realtime_mcp_list_tools_item import RealtimeMcpListToolsItem
    from ..models.realtime_system_message_item import RealtimeSystemMessageItem
    from ..models.realtime_user_message_item import RealtimeUserMessageItem


T = TypeVar("T", bound="RealtimeClientEventConversationItemCreate")


@_attrs_define
class RealtimeClientEventConversationItemCreate:
    """Add an item to the default conversation: after `previous_item_id` (`root` puts it
    first), else at the end. Adding a `function_call_output` does not start a response.

        Attributes:
            type_ (RealtimeClientEventConversationItemCreateType):
            item (RealtimeAssistantMessageItem | RealtimeFunctionCallItem | RealtimeFunctionCallOutputItem |
                RealtimeMcpApprovalRequestItem | RealtimeMcpApprovalResponseItem | RealtimeMcpCallItem |
                RealtimeMcpListToolsItem | RealtimeSystemMessageItem | RealtimeUserMessageItem): An item the client adds, told
                apart by `type` and, for messages, by `role`.
            event_id (str | Unset): A client-chosen id for this event, at most 512 characters; the server copies it into
                `error.event_id` when the event fails.
            previous_item_id (str | Unset): Insert after this item; `root` inserts first. An unknown id is an error.
    """

    type_: RealtimeClientEventConversationItemCreateType
    item: (
        RealtimeAssistantMessageItem
        | RealtimeFunctionCallItem
        | RealtimeFunctionCallOutputItem
        | RealtimeMcpApprovalRequestItem
        | RealtimeMcpApprovalResponseItem
        | RealtimeMcpCallItem
        | RealtimeMcpListToolsItem
        | RealtimeSystemMessageItem
        | RealtimeUserMessageItem
    )
    event_id: str | Unset = UNSET
    previous_item_id: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.realtime_assistant_message_item import (
            RealtimeAssistantMessageItem,
        )
        from ..models.realtime_function_call_item import RealtimeFunctionCallItem
        from ..models.realtime_function_call_output_item import (
            RealtimeFunctionCallOutputItem,
        )
        from ..models.realtime_mcp_approval_request_item import (
            RealtimeMcpApprovalRequestItem,
        )
        from ..models.realtime_mcp_approval_response_item import (
            RealtimeMcpApprovalResponseItem,
        )
        from ..models.realtime_mcp_list_tools_item import RealtimeMcpListToolsItem
        from ..models.realtime_system_message_item import RealtimeSystemMessageItem
        from ..models.realtime_user_message_item import RealtimeUserMessageItem

        type_ = self.type_.value

        item: dict[str, Any]
        if (
            isinstance(self.item, RealtimeSystemMessageItem)
            or isinstance(self.item, RealtimeUserMessageItem)
            or isinstance(self.item, RealtimeAssistantMessageItem)
            or isinstance(self.item, RealtimeFunctionCallItem)
            or isinstance(self.item, RealtimeFunctionCallOutputItem)
            or isinstance(self.item, RealtimeMcpApprovalResponseItem)
            or isinstance(self.item, RealtimeMcpApprovalRequestItem)
            or isinstance(self.item, RealtimeMcpListToolsItem)
        ):
            item = self.item.to_dict()
        else:
            item = self.item.to_dict()

        event_id = self.event_id

        previous_item_id = self.previous_item_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "item": item,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if previous_item_id is not UNSET:
            field_dict["previous_item_id"] = previous_item_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realtime_assistant_message_item import (
            RealtimeAssistantMessageItem,
        )
        from ..models.realtime_function_call_item import RealtimeFunctionCallItem
        from ..models.realtime_function_call_output_item import (
            RealtimeFunctionCallOutputItem,
        )
        from ..models.realtime_mcp_approval_request_item import (
            RealtimeMcpApprovalRequestItem,
        )
        from ..models.realtime_mcp_approval_response_item import (
            RealtimeMcpApprovalResponseItem,
        )
        from ..models.realtime_mcp_call_item import RealtimeMcpCallItem
        from ..models.realtime_mcp_list_tools_item import RealtimeMcpListToolsItem
        from ..models.realtime_system_message_item import RealtimeSystemMessageItem
        from ..models.realtime_user_message_item import RealtimeUserMessageItem

        d = dict(src_dict)
        type_ = RealtimeClientEventConversationItemCreateType(d.pop("type"))

        def _parse_item(
            data: object,
        ) -> (
            RealtimeAssistantMessageItem
            | RealtimeFunctionCallItem
            | RealtimeFunctionCallOutputItem
            | RealtimeMcpApprovalRequestItem
            | RealtimeMcpApprovalResponseItem
            | RealtimeMcpCallItem
            | RealtimeMcpListToolsItem
            | RealtimeSystemMessageItem
            | RealtimeUserMessageItem
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_message_item_type_0 = (
                    RealtimeSystemMessageItem.from_dict(data)
                )

                return componentsschemas_realtime_message_item_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_message_item_type_1 = (
                    RealtimeUserMessageItem.from_dict(data)
                )

                return componentsschemas_realtime_message_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_message_item_type_2 = (
                    RealtimeAssistantMessageItem.from_dict(data)
                )

                return componentsschemas_realtime_message_item_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_1 = (
                    RealtimeFunctionCallItem.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_2 = (
                    RealtimeFunctionCallOutputItem.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_3 = (
                    RealtimeMcpApprovalResponseItem.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_4 = (
                    RealtimeMcpApprovalRequestItem.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_realtime_conversation_item_type_5 = (
                    RealtimeMcpListToolsItem.from_dict(data)
                )

                return componentsschemas_realtime_conversation_item_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_realtime_conversation_item_type_6 = (
                RealtimeMcpCallItem.from_dict(data)
            )

            return componentsschemas_realtime_conversation_item_type_6

        item = _parse_item(d.pop("item"))

        event_id = d.pop("event_id", UNSET)

        previous_item_id = d.pop("previous_item_id", UNSET)

        realtime_client_event_conversation_item_create = cls(
            type_=type_,
            item=item,
            event_id=event_id,
            previous_item_id=previous_item_id,
        )

        return realtime_client_event_conversation_item_create
