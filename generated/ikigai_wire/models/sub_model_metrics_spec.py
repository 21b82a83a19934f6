from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sub_model_metrics_spec_feature_importance import (
        SubModelMetricsSpecFeatureImportance,
    )
    from ..models.sub_model_metrics_spec_performance import SubModelMetricsSpecPerformance


T = TypeVar("T", bound="SubModelMetricsSpec")


@_attrs_define
class SubModelMetricsSpec:
    """
    Attributes:
        feature_importance (SubModelMetricsSpecFeatureImportance | Unset):
        performance (SubModelMetricsSpecPerformance | Unset):
    """

    feature_importance: SubModelMetricsSpecFeatureImportance | Unset = UNSET
    performance: SubModelMetricsSpecPerformance | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_importance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature_importance, Unset):
            feature_importance = self.feature_importance.to_dict()

        performance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.performance, Unset):
            performance = self.performance.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_importance is not UNSET:
            field_dict["feature_importance"] = feature_importance
        if performance is not UNSET:
            field_dict["performance"] = performance

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sub_model_metrics_spec_feature_importance import (
            SubModelMetricsSpecFeatureImportance,
        )
        from ..models.sub_model_metrics_spec_performance import SubModelMetricsSpecPerformance

        d = dict(src_dict)
        _feature_importance = d.pop("feature_importance", UNSET)
        feature_importance: SubModelMetricsSpecFeatureImportance | Unset
        if isinstance(_feature_importance, Unset):
            feature_importance = UNSET
        else:
            feature_importance = SubModelMetricsSpecFeatureImportance.from_dict(_feature_importance)

        _performance = d.pop("performance", UNSET)
        performance: SubModelMetricsSpecPerformance | Unset
        if isinstance(_performance, Unset):
            performance = UNSET
        else:
            performance = SubModelMetricsSpecPerformance.from_dict(_performance)

        sub_model_metrics_spec = cls(
            feature_importance=feature_importance,
            performance=performance,
        )

        sub_model_metrics_spec.additional_properties = d
        return sub_model_metrics_spec

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
