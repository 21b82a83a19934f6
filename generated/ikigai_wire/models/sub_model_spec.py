from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sub_model_metrics_spec import SubModelMetricsSpec
    from ..models.sub_model_spec_hyperparameters import SubModelSpecHyperparameters
    from ..models.sub_model_spec_parameters import SubModelSpecParameters


T = TypeVar("T", bound="SubModelSpec")


@_attrs_define
class SubModelSpec:
    """
    Attributes:
        name (str):
        is_deprecated (bool):
        is_hidden (bool):
        keywords (list[str]):
        metrics (SubModelMetricsSpec):
        parameters (SubModelSpecParameters): Parameter specs under arbitrary keys (clients re-key them by name).
        hyperparameters (SubModelSpecHyperparameters): Either all or none of these have a hyperparameter_group.
    """

    name: str
    is_deprecated: bool
    is_hidden: bool
    keywords: list[str]
    metrics: SubModelMetricsSpec
    parameters: SubModelSpecParameters
    hyperparameters: SubModelSpecHyperparameters
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        is_deprecated = self.is_deprecated

        is_hidden = self.is_hidden

        keywords = self.keywords

        metrics = self.metrics.to_dict()

        parameters = self.parameters.to_dict()

        hyperparameters = self.hyperparameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "is_deprecated": is_deprecated,
                "is_hidden": is_hidden,
                "keywords": keywords,
                "metrics": metrics,
                "parameters": parameters,
                "hyperparameters": hyperparameters,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sub_model_metrics_spec import SubModelMetricsSpec
        from ..models.sub_model_spec_hyperparameters import SubModelSpecHyperparameters
        from ..models.sub_model_spec_parameters import SubModelSpecParameters

        d = dict(src_dict)
        name = d.pop("name")

        is_deprecated = d.pop("is_deprecated")

        is_hidden = d.pop("is_hidden")

        keywords = cast(list[str], d.pop("keywords"))

        metrics = SubModelMetricsSpec.from_dict(d.pop("metrics"))

        parameters = SubModelSpecParameters.from_dict(d.pop("parameters"))

        hyperparameters = SubModelSpecHyperparameters.from_dict(d.pop("hyperparameters"))

        sub_model_spec = cls(
            name=name,
            is_deprecated=is_deprecated,
            is_hidden=is_hidden,
            keywords=keywords,
            metrics=metrics,
            parameters=parameters,
            hyperparameters=hyperparameters,
        )

        sub_model_spec.additional_properties = d
        return sub_model_spec

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
