from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.facet_argument_type import FacetArgumentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hyperparameter_spec_children import HyperparameterSpecChildren


T = TypeVar("T", bound="HyperparameterSpec")


@_attrs_define
class HyperparameterSpec:
    """
    Attributes:
        name (str):
        hyperparameter_type (FacetArgumentType):
        hyperparameter_group (None | str): The facet argument this hyperparameter is folded into; null when ungrouped.
        have_options (bool):
        have_sub_hyperparameters (bool):
        is_deprecated (bool):
        is_required (bool):
        is_hidden (bool):
        is_list (bool):
        children (HyperparameterSpecChildren):
        default_value (Any | Unset): The default (any JSON value, or null for none).
        options (list[bool | float | str] | None | Unset):
        sub_hyperparameter_requirements (list[list[bool | float | list[str] | str]] | Unset):
    """

    name: str
    hyperparameter_type: FacetArgumentType
    hyperparameter_group: None | str
    have_options: bool
    have_sub_hyperparameters: bool
    is_deprecated: bool
    is_required: bool
    is_hidden: bool
    is_list: bool
    children: HyperparameterSpecChildren
    default_value: Any | Unset = UNSET
    options: list[bool | float | str] | None | Unset = UNSET
    sub_hyperparameter_requirements: list[list[bool | float | list[str] | str]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        hyperparameter_type = self.hyperparameter_type.value

        hyperparameter_group: None | str
        hyperparameter_group = self.hyperparameter_group

        have_options = self.have_options

        have_sub_hyperparameters = self.have_sub_hyperparameters

        is_deprecated = self.is_deprecated

        is_required = self.is_required

        is_hidden = self.is_hidden

        is_list = self.is_list

        children = self.children.to_dict()

        default_value = self.default_value

        options: list[bool | float | str] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = []
            for options_type_0_item_data in self.options:
                options_type_0_item: bool | float | str
                options_type_0_item = options_type_0_item_data
                options.append(options_type_0_item)

        else:
            options = self.options

        sub_hyperparameter_requirements: list[list[bool | float | list[str] | str]] | Unset = UNSET
        if not isinstance(self.sub_hyperparameter_requirements, Unset):
            sub_hyperparameter_requirements = []
            for sub_hyperparameter_requirements_item_data in self.sub_hyperparameter_requirements:
                sub_hyperparameter_requirements_item = []
                for (
                    componentsschemas_sub_hyperparameter_requirement_item_data
                ) in sub_hyperparameter_requirements_item_data:
                    componentsschemas_sub_hyperparameter_requirement_item: (
                        bool | float | list[str] | str
                    )
                    if isinstance(componentsschemas_sub_hyperparameter_requirement_item_data, list):
                        componentsschemas_sub_hyperparameter_requirement_item = (
                            componentsschemas_sub_hyperparameter_requirement_item_data
                        )

                    else:
                        componentsschemas_sub_hyperparameter_requirement_item = (
                            componentsschemas_sub_hyperparameter_requirement_item_data
                        )
                    sub_hyperparameter_requirements_item.append(
                        componentsschemas_sub_hyperparameter_requirement_item
                    )

                sub_hyperparameter_requirements.append(sub_hyperparameter_requirements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "hyperparameter_type": hyperparameter_type,
                "hyperparameter_group": hyperparameter_group,
                "have_options": have_options,
                "have_sub_hyperparameters": have_sub_hyperparameters,
                "is_deprecated": is_deprecated,
                "is_required": is_required,
                "is_hidden": is_hidden,
                "is_list": is_list,
                "children": children,
            }
        )
        if default_value is not UNSET:
            field_dict["default_value"] = default_value
        if options is not UNSET:
            field_dict["options"] = options
        if sub_hyperparameter_requirements is not UNSET:
            field_dict["sub_hyperparameter_requirements"] = sub_hyperparameter_requirements

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.hyperparameter_spec_children import HyperparameterSpecChildren

        d = dict(src_dict)
        name = d.pop("name")

        hyperparameter_type = FacetArgumentType(d.pop("hyperparameter_type"))

        def _parse_hyperparameter_group(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hyperparameter_group = _parse_hyperparameter_group(d.pop("hyperparameter_group"))

        have_options = d.pop("have_options")

        have_sub_hyperparameters = d.pop("have_sub_hyperparameters")

        is_deprecated = d.pop("is_deprecated")

        is_required = d.pop("is_required")

        is_hidden = d.pop("is_hidden")

        is_list = d.pop("is_list")

        children = HyperparameterSpecChildren.from_dict(d.pop("children"))

        default_value = d.pop("default_value", UNSET)

        def _parse_options(data: object) -> list[bool | float | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                options_type_0 = []
                _options_type_0 = data
                for options_type_0_item_data in _options_type_0:

                    def _parse_options_type_0_item(data: object) -> bool | float | str:
                        return cast(bool | float | str, data)

                    options_type_0_item = _parse_options_type_0_item(options_type_0_item_data)

                    options_type_0.append(options_type_0_item)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[bool | float | str] | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        _sub_hyperparameter_requirements = d.pop("sub_hyperparameter_requirements", UNSET)
        sub_hyperparameter_requirements: list[list[bool | float | list[str] | str]] | Unset = UNSET
        if _sub_hyperparameter_requirements is not UNSET:
            sub_hyperparameter_requirements = []
            for sub_hyperparameter_requirements_item_data in _sub_hyperparameter_requirements:
                sub_hyperparameter_requirements_item = []
                _sub_hyperparameter_requirements_item = sub_hyperparameter_requirements_item_data
                for (
                    componentsschemas_sub_hyperparameter_requirement_item_data
                ) in _sub_hyperparameter_requirements_item:

                    def _parse_componentsschemas_sub_hyperparameter_requirement_item(
                        data: object,
                    ) -> bool | float | list[str] | str:
                        try:
                            if not isinstance(data, list):
                                raise TypeError()
                            componentsschemas_sub_hyperparameter_requirement_item_type_1 = cast(
                                list[str], data
                            )

                            return componentsschemas_sub_hyperparameter_requirement_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(bool | float | list[str] | str, data)

                    componentsschemas_sub_hyperparameter_requirement_item = (
                        _parse_componentsschemas_sub_hyperparameter_requirement_item(
                            componentsschemas_sub_hyperparameter_requirement_item_data
                        )
                    )

                    sub_hyperparameter_requirements_item.append(
                        componentsschemas_sub_hyperparameter_requirement_item
                    )

                sub_hyperparameter_requirements.append(sub_hyperparameter_requirements_item)

        hyperparameter_spec = cls(
            name=name,
            hyperparameter_type=hyperparameter_type,
            hyperparameter_group=hyperparameter_group,
            have_options=have_options,
            have_sub_hyperparameters=have_sub_hyperparameters,
            is_deprecated=is_deprecated,
            is_required=is_required,
            is_hidden=is_hidden,
            is_list=is_list,
            children=children,
            default_value=default_value,
            options=options,
            sub_hyperparameter_requirements=sub_hyperparameter_requirements,
        )

        hyperparameter_spec.additional_properties = d
        return hyperparameter_spec

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
