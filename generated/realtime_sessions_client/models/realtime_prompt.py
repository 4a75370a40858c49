from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_prompt_variables import RealtimePromptVariables


T = TypeVar("T", bound="RealtimePrompt")


@_attrs_define
class RealtimePrompt:
    """A prompt template stored on the platform, with the values to fill in.

    Attributes:
        id (str): The template id.
        version (None | str | Unset): The template version; the current one when unset or `null`.
        variables (None | RealtimePromptVariables | Unset): Values for the template's variables, by name: strings, or
            input content objects
            (text, image, file). `null` sets none.
    """

    id: str
    version: None | str | Unset = UNSET
    variables: None | RealtimePromptVariables | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.realtime_prompt_variables import RealtimePromptVariables

        id = self.id

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        variables: dict[str, Any] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, RealtimePromptVariables):
            variables = self.variables.to_dict()
        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if version is not UNSET:
            field_dict["version"] = version
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.realtime_prompt_variables import RealtimePromptVariables

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_variables(data: object) -> None | RealtimePromptVariables | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variables_type_0 = RealtimePromptVariables.from_dict(data)

                return variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RealtimePromptVariables | Unset, data)

        variables = _parse_variables(d.pop("variables", UNSET))

        realtime_prompt = cls(
            id=id,
            version=version,
            variables=variables,
        )

        return realtime_prompt
