from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_version_metrics_feature_importance import (
        ModelVersionMetricsFeatureImportance,
    )
    from ..models.model_version_metrics_performance import ModelVersionMetricsPerformance


T = TypeVar("T", bound="ModelVersionMetrics")


@_attrs_define
class ModelVersionMetrics:
    """
    Attributes:
        performance (ModelVersionMetricsPerformance | Unset): Cross-validated scores keyed by metric name.
        feature_importance (ModelVersionMetricsFeatureImportance | Unset): Importance per method (e.g. permutation),
            then per feature.
    """

    performance: ModelVersionMetricsPerformance | Unset = UNSET
    feature_importance: ModelVersionMetricsFeatureImportance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        performance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.performance, Unset):
            performance = self.performance.to_dict()

        feature_importance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature_importance, Unset):
            feature_importance = self.feature_importance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if performance is not UNSET:
            field_dict["performance"] = performance
        if feature_importance is not UNSET:
            field_dict["feature_importance"] = feature_importance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_version_metrics_feature_importance import (
            ModelVersionMetricsFeatureImportance,
        )
        from ..models.model_version_metrics_performance import ModelVersionMetricsPerformance

        d = dict(src_dict)
        _performance = d.pop("performance", UNSET)
        performance: ModelVersionMetricsPerformance | Unset
        if isinstance(_performance, Unset):
            performance = UNSET
        else:
            performance = ModelVersionMetricsPerformance.from_dict(_performance)

        _feature_importance = d.pop("feature_importance", UNSET)
        feature_importance: ModelVersionMetricsFeatureImportance | Unset
        if isinstance(_feature_importance, Unset):
            feature_importance = UNSET
        else:
            feature_importance = ModelVersionMetricsFeatureImportance.from_dict(_feature_importance)

        model_version_metrics = cls(
            performance=performance,
            feature_importance=feature_importance,
        )

        model_version_metrics.additional_properties = d
        return model_version_metrics

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
