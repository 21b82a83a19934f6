from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.model_version_metrics_feature_importance_additional_property import (
        ModelVersionMetricsFeatureImportanceAdditionalProperty,
    )


T = TypeVar("T", bound="ModelVersionMetricsFeatureImportance")


@_attrs_define
class ModelVersionMetricsFeatureImportance:
    """Importance per method (e.g. permutation), then per feature."""

    additional_properties: dict[str, ModelVersionMetricsFeatureImportanceAdditionalProperty] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_version_metrics_feature_importance_additional_property import (
            ModelVersionMetricsFeatureImportanceAdditionalProperty,
        )

        d = dict(src_dict)
        model_version_metrics_feature_importance = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ModelVersionMetricsFeatureImportanceAdditionalProperty.from_dict(
                prop_dict
            )

            additional_properties[prop_name] = additional_property

        model_version_metrics_feature_importance.additional_properties = additional_properties
        return model_version_metrics_feature_importance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ModelVersionMetricsFeatureImportanceAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: ModelVersionMetricsFeatureImportanceAdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
