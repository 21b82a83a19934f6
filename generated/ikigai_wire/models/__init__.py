"""Contains all the data models used in inputs/outputs.

Each model is imported when it is first named here (`from ikigai_wire.models import X`):
importing this package does not import the models, so a process pays only for those it uses.
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .abort_dataset_upload_request import AbortDatasetUploadRequest
    from .app import App
    from .app_access_level import AppAccessLevel
    from .argument_spec import ArgumentSpec
    from .argument_spec_children import ArgumentSpecChildren
    from .arrow import Arrow
    from .arrow_arguments import ArrowArguments
    from .chain_facet_specs import ChainFacetSpecs
    from .chain_group import ChainGroup
    from .chart import Chart
    from .chart_data_types import ChartDataTypes
    from .column_data_type import ColumnDataType
    from .column_data_type_data_formats import ColumnDataTypeDataFormats
    from .column_data_type_name import ColumnDataTypeName
    from .complete_dataset_upload_request import CompleteDatasetUploadRequest
    from .confirm_dataset_upload_response import ConfirmDatasetUploadResponse
    from .create_app_directory_request import CreateAppDirectoryRequest
    from .create_app_directory_request_directory import CreateAppDirectoryRequestDirectory
    from .create_custom_facet_request import CreateCustomFacetRequest
    from .create_custom_facet_request_custom_facet import CreateCustomFacetRequestCustomFacet
    from .create_dataset_request import CreateDatasetRequest
    from .create_dataset_request_dataset import CreateDatasetRequestDataset
    from .create_model_request import CreateModelRequest
    from .create_model_request_model import CreateModelRequestModel
    from .create_pipeline_request import CreatePipelineRequest
    from .create_pipeline_request_pipeline import CreatePipelineRequestPipeline
    from .create_project_directory_request import CreateProjectDirectoryRequest
    from .create_project_directory_request_directory import CreateProjectDirectoryRequestDirectory
    from .create_project_request import CreateProjectRequest
    from .create_project_request_project import CreateProjectRequestProject
    from .custom_facet import CustomFacet
    from .custom_facet_access_level import CustomFacetAccessLevel
    from .custom_facet_access_request import CustomFacetAccessRequest
    from .custom_facet_argument import CustomFacetArgument
    from .custom_facet_argument_type import CustomFacetArgumentType
    from .custom_facet_id_response import CustomFacetIdResponse
    from .custom_facet_list import CustomFacetList
    from .custom_facet_ref import CustomFacetRef
    from .custom_facet_version import CustomFacetVersion
    from .custom_facet_version_created_response import CustomFacetVersionCreatedResponse
    from .custom_facet_version_list import CustomFacetVersionList
    from .dataset import Dataset
    from .dataset_data_types import DatasetDataTypes
    from .dataset_download_status import DatasetDownloadStatus
    from .dataset_download_url_response import DatasetDownloadUrlResponse
    from .dataset_id_response import DatasetIdResponse
    from .dataset_job_status import DatasetJobStatus
    from .dataset_job_type import DatasetJobType
    from .dataset_list import DatasetList
    from .dataset_log_entry import DatasetLogEntry
    from .dataset_log_response import DatasetLogResponse
    from .dataset_ref import DatasetRef
    from .dataset_upload_ack import DatasetUploadAck
    from .dataset_upload_status import DatasetUploadStatus
    from .delete_custom_facet_request import DeleteCustomFacetRequest
    from .delete_dataset_request import DeleteDatasetRequest
    from .delete_model_request import DeleteModelRequest
    from .delete_pipeline_request import DeletePipelineRequest
    from .delete_project_directory_request import DeleteProjectDirectoryRequest
    from .delete_project_directory_request_directory import DeleteProjectDirectoryRequestDirectory
    from .delete_project_request import DeleteProjectRequest
    from .directory import Directory
    from .directory_id_response import DirectoryIdResponse
    from .directory_list import DirectoryList
    from .directory_ref import DirectoryRef
    from .directory_type import DirectoryType
    from .edit_custom_facet_draft_request import EditCustomFacetDraftRequest
    from .edit_custom_facet_draft_request_custom_facet import EditCustomFacetDraftRequestCustomFacet
    from .edit_dataset_request import EditDatasetRequest
    from .edit_dataset_request_dataset import EditDatasetRequestDataset
    from .edit_model_request import EditModelRequest
    from .edit_model_request_model import EditModelRequestModel
    from .edit_pipeline_request import EditPipelineRequest
    from .edit_pipeline_request_pipeline import EditPipelineRequestPipeline
    from .edit_project_request import EditProjectRequest
    from .edit_project_request_project import EditProjectRequestProject
    from .embedded_directory import EmbeddedDirectory
    from .error_message import ErrorMessage
    from .external_component import ExternalComponent
    from .facet import Facet
    from .facet_argument_type import FacetArgumentType
    from .facet_arguments import FacetArguments
    from .facet_group_specs import FacetGroupSpecs
    from .facet_info import FacetInfo
    from .facet_requirement import FacetRequirement
    from .facet_spec import FacetSpec
    from .facet_specs import FacetSpecs
    from .feature_importance_spec import FeatureImportanceSpec
    from .flow import Flow
    from .flow_definition import FlowDefinition
    from .flow_definition_model_variables import FlowDefinitionModelVariables
    from .flow_definition_variables import FlowDefinitionVariables
    from .flow_progress import FlowProgress
    from .flow_status import FlowStatus
    from .flow_variable import FlowVariable
    from .generate_rootkit_token_request import GenerateRootkitTokenRequest
    from .get_custom_facet_response import GetCustomFacetResponse
    from .get_custom_facet_version_response import GetCustomFacetVersionResponse
    from .get_dataset_response import GetDatasetResponse
    from .get_directory_response import GetDirectoryResponse
    from .get_model_response import GetModelResponse
    from .get_model_version_response import GetModelVersionResponse
    from .get_pipeline_response import GetPipelineResponse
    from .get_project_response import GetProjectResponse
    from .heartbeat_response import HeartbeatResponse
    from .hyperparameter_spec import HyperparameterSpec
    from .hyperparameter_spec_children import HyperparameterSpecChildren
    from .metric_scores import MetricScores
    from .model import Model
    from .model_hyperparameters import ModelHyperparameters
    from .model_id_response import ModelIdResponse
    from .model_list import ModelList
    from .model_parameter_type import ModelParameterType
    from .model_ref import ModelRef
    from .model_spec import ModelSpec
    from .model_specs import ModelSpecs
    from .model_variable import ModelVariable
    from .model_version import ModelVersion
    from .model_version_list import ModelVersionList
    from .model_version_metrics import ModelVersionMetrics
    from .model_version_metrics_feature_importance import ModelVersionMetricsFeatureImportance
    from .model_version_metrics_feature_importance_additional_property import (
        ModelVersionMetricsFeatureImportanceAdditionalProperty,
    )
    from .model_version_metrics_performance import ModelVersionMetricsPerformance
    from .multipart_upload_urls import MultipartUploadUrls
    from .multipart_upload_urls_urls import MultipartUploadUrlsUrls
    from .no_directory import NoDirectory
    from .parameter_spec import ParameterSpec
    from .part_etags import PartEtags
    from .performance_metric_spec import PerformanceMetricSpec
    from .performance_metric_spec_parameters import PerformanceMetricSpecParameters
    from .pipeline_id_response import PipelineIdResponse
    from .pipeline_list import PipelineList
    from .pipeline_log_response import PipelineLogResponse
    from .pipeline_ref import PipelineRef
    from .pipeline_running_response import PipelineRunningResponse
    from .project_access_request import ProjectAccessRequest
    from .project_access_request_user import ProjectAccessRequestUser
    from .project_components import ProjectComponents
    from .project_components_response import ProjectComponentsResponse
    from .project_components_response_project_components import (
        ProjectComponentsResponseProjectComponents,
    )
    from .project_id_response import ProjectIdResponse
    from .project_list import ProjectList
    from .project_ref import ProjectRef
    from .revoke_custom_facet_access_request import RevokeCustomFacetAccessRequest
    from .rootkit_token_response import RootkitTokenResponse
    from .run_log import RunLog
    from .run_pipeline_request import RunPipelineRequest
    from .run_pipeline_request_variables import RunPipelineRequestVariables
    from .run_summary import RunSummary
    from .run_variable import RunVariable
    from .save_custom_facet_version_request import SaveCustomFacetVersionRequest
    from .save_custom_facet_version_request_custom_facet_version import (
        SaveCustomFacetVersionRequestCustomFacetVersion,
    )
    from .schedule import Schedule
    from .sub_model_metrics_spec import SubModelMetricsSpec
    from .sub_model_metrics_spec_feature_importance import SubModelMetricsSpecFeatureImportance
    from .sub_model_metrics_spec_performance import SubModelMetricsSpecPerformance
    from .sub_model_spec import SubModelSpec
    from .sub_model_spec_hyperparameters import SubModelSpecHyperparameters
    from .sub_model_spec_parameters import SubModelSpecParameters
    from .table_side import TableSide
    from .unshare_project_request import UnshareProjectRequest
    from .uploaded_file_ref import UploadedFileRef
    from .user_ref import UserRef

_MODULES = {
    "AbortDatasetUploadRequest": ".abort_dataset_upload_request",
    "App": ".app",
    "AppAccessLevel": ".app_access_level",
    "ArgumentSpec": ".argument_spec",
    "ArgumentSpecChildren": ".argument_spec_children",
    "Arrow": ".arrow",
    "ArrowArguments": ".arrow_arguments",
    "ChainFacetSpecs": ".chain_facet_specs",
    "ChainGroup": ".chain_group",
    "Chart": ".chart",
    "ChartDataTypes": ".chart_data_types",
    "ColumnDataType": ".column_data_type",
    "ColumnDataTypeDataFormats": ".column_data_type_data_formats",
    "ColumnDataTypeName": ".column_data_type_name",
    "CompleteDatasetUploadRequest": ".complete_dataset_upload_request",
    "ConfirmDatasetUploadResponse": ".confirm_dataset_upload_response",
    "CreateAppDirectoryRequest": ".create_app_directory_request",
    "CreateAppDirectoryRequestDirectory": ".create_app_directory_request_directory",
    "CreateCustomFacetRequest": ".create_custom_facet_request",
    "CreateCustomFacetRequestCustomFacet": ".create_custom_facet_request_custom_facet",
    "CreateDatasetRequest": ".create_dataset_request",
    "CreateDatasetRequestDataset": ".create_dataset_request_dataset",
    "CreateModelRequest": ".create_model_request",
    "CreateModelRequestModel": ".create_model_request_model",
    "CreatePipelineRequest": ".create_pipeline_request",
    "CreatePipelineRequestPipeline": ".create_pipeline_request_pipeline",
    "CreateProjectDirectoryRequest": ".create_project_directory_request",
    "CreateProjectDirectoryRequestDirectory": ".create_project_directory_request_directory",
    "CreateProjectRequest": ".create_project_request",
    "CreateProjectRequestProject": ".create_project_request_project",
    "CustomFacet": ".custom_facet",
    "CustomFacetAccessLevel": ".custom_facet_access_level",
    "CustomFacetAccessRequest": ".custom_facet_access_request",
    "CustomFacetArgument": ".custom_facet_argument",
    "CustomFacetArgumentType": ".custom_facet_argument_type",
    "CustomFacetIdResponse": ".custom_facet_id_response",
    "CustomFacetList": ".custom_facet_list",
    "CustomFacetRef": ".custom_facet_ref",
    "CustomFacetVersion": ".custom_facet_version",
    "CustomFacetVersionCreatedResponse": ".custom_facet_version_created_response",
    "CustomFacetVersionList": ".custom_facet_version_list",
    "Dataset": ".dataset",
    "DatasetDataTypes": ".dataset_data_types",
    "DatasetDownloadStatus": ".dataset_download_status",
    "DatasetDownloadUrlResponse": ".dataset_download_url_response",
    "DatasetIdResponse": ".dataset_id_response",
    "DatasetJobStatus": ".dataset_job_status",
    "DatasetJobType": ".dataset_job_type",
    "DatasetList": ".dataset_list",
    "DatasetLogEntry": ".dataset_log_entry",
    "DatasetLogResponse": ".dataset_log_response",
    "DatasetRef": ".dataset_ref",
    "DatasetUploadAck": ".dataset_upload_ack",
    "DatasetUploadStatus": ".dataset_upload_status",
    "DeleteCustomFacetRequest": ".delete_custom_facet_request",
    "DeleteDatasetRequest": ".delete_dataset_request",
    "DeleteModelRequest": ".delete_model_request",
    "DeletePipelineRequest": ".delete_pipeline_request",
    "DeleteProjectDirectoryRequest": ".delete_project_directory_request",
    "DeleteProjectDirectoryRequestDirectory": ".delete_project_directory_request_directory",
    "DeleteProjectRequest": ".delete_project_request",
    "Directory": ".directory",
    "DirectoryIdResponse": ".directory_id_response",
    "DirectoryList": ".directory_list",
    "DirectoryRef": ".directory_ref",
    "DirectoryType": ".directory_type",
    "EditCustomFacetDraftRequest": ".edit_custom_facet_draft_request",
    "EditCustomFacetDraftRequestCustomFacet": ".edit_custom_facet_draft_request_custom_facet",
    "EditDatasetRequest": ".edit_dataset_request",
    "EditDatasetRequestDataset": ".edit_dataset_request_dataset",
    "EditModelRequest": ".edit_model_request",
    "EditModelRequestModel": ".edit_model_request_model",
    "EditPipelineRequest": ".edit_pipeline_request",
    "EditPipelineRequestPipeline": ".edit_pipeline_request_pipeline",
    "EditProjectRequest": ".edit_project_request",
    "EditProjectRequestProject": ".edit_project_request_project",
    "EmbeddedDirectory": ".embedded_directory",
    "ErrorMessage": ".error_message",
    "ExternalComponent": ".external_component",
    "Facet": ".facet",
    "FacetArgumentType": ".facet_argument_type",
    "FacetArguments": ".facet_arguments",
    "FacetGroupSpecs": ".facet_group_specs",
    "FacetInfo": ".facet_info",
    "FacetRequirement": ".facet_requirement",
    "FacetSpec": ".facet_spec",
    "FacetSpecs": ".facet_specs",
    "FeatureImportanceSpec": ".feature_importance_spec",
    "Flow": ".flow",
    "FlowDefinition": ".flow_definition",
    "FlowDefinitionModelVariables": ".flow_definition_model_variables",
    "FlowDefinitionVariables": ".flow_definition_variables",
    "FlowProgress": ".flow_progress",
    "FlowStatus": ".flow_status",
    "FlowVariable": ".flow_variable",
    "GenerateRootkitTokenRequest": ".generate_rootkit_token_request",
    "GetCustomFacetResponse": ".get_custom_facet_response",
    "GetCustomFacetVersionResponse": ".get_custom_facet_version_response",
    "GetDatasetResponse": ".get_dataset_response",
    "GetDirectoryResponse": ".get_directory_response",
    "GetModelResponse": ".get_model_response",
    "GetModelVersionResponse": ".get_model_version_response",
    "GetPipelineResponse": ".get_pipeline_response",
    "GetProjectResponse": ".get_project_response",
    "HeartbeatResponse": ".heartbeat_response",
    "HyperparameterSpec": ".hyperparameter_spec",
    "HyperparameterSpecChildren": ".hyperparameter_spec_children",
    "MetricScores": ".metric_scores",
    "Model": ".model",
    "ModelHyperparameters": ".model_hyperparameters",
    "ModelIdResponse": ".model_id_response",
    "ModelList": ".model_list",
    "ModelParameterType": ".model_parameter_type",
    "ModelRef": ".model_ref",
    "ModelSpec": ".model_spec",
    "ModelSpecs": ".model_specs",
    "ModelVariable": ".model_variable",
    "ModelVersion": ".model_version",
    "ModelVersionList": ".model_version_list",
    "ModelVersionMetrics": ".model_version_metrics",
    "ModelVersionMetricsFeatureImportance": ".model_version_metrics_feature_importance",
    "ModelVersionMetricsFeatureImportanceAdditionalProperty": ".model_version_metrics_feature_importance_additional_property",
    "ModelVersionMetricsPerformance": ".model_version_metrics_performance",
    "MultipartUploadUrls": ".multipart_upload_urls",
    "MultipartUploadUrlsUrls": ".multipart_upload_urls_urls",
    "NoDirectory": ".no_directory",
    "ParameterSpec": ".parameter_spec",
    "PartEtags": ".part_etags",
    "PerformanceMetricSpec": ".performance_metric_spec",
    "PerformanceMetricSpecParameters": ".performance_metric_spec_parameters",
    "PipelineIdResponse": ".pipeline_id_response",
    "PipelineList": ".pipeline_list",
    "PipelineLogResponse": ".pipeline_log_response",
    "PipelineRef": ".pipeline_ref",
    "PipelineRunningResponse": ".pipeline_running_response",
    "ProjectAccessRequest": ".project_access_request",
    "ProjectAccessRequestUser": ".project_access_request_user",
    "ProjectComponents": ".project_components",
    "ProjectComponentsResponse": ".project_components_response",
    "ProjectComponentsResponseProjectComponents": ".project_components_response_project_components",
    "ProjectIdResponse": ".project_id_response",
    "ProjectList": ".project_list",
    "ProjectRef": ".project_ref",
    "RevokeCustomFacetAccessRequest": ".revoke_custom_facet_access_request",
    "RootkitTokenResponse": ".rootkit_token_response",
    "RunLog": ".run_log",
    "RunPipelineRequest": ".run_pipeline_request",
    "RunPipelineRequestVariables": ".run_pipeline_request_variables",
    "RunSummary": ".run_summary",
    "RunVariable": ".run_variable",
    "SaveCustomFacetVersionRequest": ".save_custom_facet_version_request",
    "SaveCustomFacetVersionRequestCustomFacetVersion": ".save_custom_facet_version_request_custom_facet_version",
    "Schedule": ".schedule",
    "SubModelMetricsSpec": ".sub_model_metrics_spec",
    "SubModelMetricsSpecFeatureImportance": ".sub_model_metrics_spec_feature_importance",
    "SubModelMetricsSpecPerformance": ".sub_model_metrics_spec_performance",
    "SubModelSpec": ".sub_model_spec",
    "SubModelSpecHyperparameters": ".sub_model_spec_hyperparameters",
    "SubModelSpecParameters": ".sub_model_spec_parameters",
    "TableSide": ".table_side",
    "UnshareProjectRequest": ".unshare_project_request",
    "UploadedFileRef": ".uploaded_file_ref",
    "UserRef": ".user_ref",
}
"""Where each model is defined: its name -> its module, relative to this package."""


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)


__all__ = (
    "AbortDatasetUploadRequest",
    "App",
    "AppAccessLevel",
    "ArgumentSpec",
    "ArgumentSpecChildren",
    "Arrow",
    "ArrowArguments",
    "ChainFacetSpecs",
    "ChainGroup",
    "Chart",
    "ChartDataTypes",
    "ColumnDataType",
    "ColumnDataTypeDataFormats",
    "ColumnDataTypeName",
    "CompleteDatasetUploadRequest",
    "ConfirmDatasetUploadResponse",
    "CreateAppDirectoryRequest",
    "CreateAppDirectoryRequestDirectory",
    "CreateCustomFacetRequest",
    "CreateCustomFacetRequestCustomFacet",
    "CreateDatasetRequest",
    "CreateDatasetRequestDataset",
    "CreateModelRequest",
    "CreateModelRequestModel",
    "CreatePipelineRequest",
    "CreatePipelineRequestPipeline",
    "CreateProjectDirectoryRequest",
    "CreateProjectDirectoryRequestDirectory",
    "CreateProjectRequest",
    "CreateProjectRequestProject",
    "CustomFacet",
    "CustomFacetAccessLevel",
    "CustomFacetAccessRequest",
    "CustomFacetArgument",
    "CustomFacetArgumentType",
    "CustomFacetIdResponse",
    "CustomFacetList",
    "CustomFacetRef",
    "CustomFacetVersion",
    "CustomFacetVersionCreatedResponse",
    "CustomFacetVersionList",
    "Dataset",
    "DatasetDataTypes",
    "DatasetDownloadStatus",
    "DatasetDownloadUrlResponse",
    "DatasetIdResponse",
    "DatasetJobStatus",
    "DatasetJobType",
    "DatasetList",
    "DatasetLogEntry",
    "DatasetLogResponse",
    "DatasetRef",
    "DatasetUploadAck",
    "DatasetUploadStatus",
    "DeleteCustomFacetRequest",
    "DeleteDatasetRequest",
    "DeleteModelRequest",
    "DeletePipelineRequest",
    "DeleteProjectDirectoryRequest",
    "DeleteProjectDirectoryRequestDirectory",
    "DeleteProjectRequest",
    "Directory",
    "DirectoryIdResponse",
    "DirectoryList",
    "DirectoryRef",
    "DirectoryType",
    "EditCustomFacetDraftRequest",
    "EditCustomFacetDraftRequestCustomFacet",
    "EditDatasetRequest",
    "EditDatasetRequestDataset",
    "EditModelRequest",
    "EditModelRequestModel",
    "EditPipelineRequest",
    "EditPipelineRequestPipeline",
    "EditProjectRequest",
    "EditProjectRequestProject",
    "EmbeddedDirectory",
    "ErrorMessage",
    "ExternalComponent",
    "Facet",
    "FacetArgumentType",
    "FacetArguments",
    "FacetGroupSpecs",
    "FacetInfo",
    "FacetRequirement",
    "FacetSpec",
    "FacetSpecs",
    "FeatureImportanceSpec",
    "Flow",
    "FlowDefinition",
    "FlowDefinitionModelVariables",
    "FlowDefinitionVariables",
    "FlowProgress",
    "FlowStatus",
    "FlowVariable",
    "GenerateRootkitTokenRequest",
    "GetCustomFacetResponse",
    "GetCustomFacetVersionResponse",
    "GetDatasetResponse",
    "GetDirectoryResponse",
    "GetModelResponse",
    "GetModelVersionResponse",
    "GetPipelineResponse",
    "GetProjectResponse",
    "HeartbeatResponse",
    "HyperparameterSpec",
    "HyperparameterSpecChildren",
    "MetricScores",
    "Model",
    "ModelHyperparameters",
    "ModelIdResponse",
    "ModelList",
    "ModelParameterType",
    "ModelRef",
    "ModelSpec",
    "ModelSpecs",
    "ModelVariable",
    "ModelVersion",
    "ModelVersionList",
    "ModelVersionMetrics",
    "ModelVersionMetricsFeatureImportance",
    "ModelVersionMetricsFeatureImportanceAdditionalProperty",
    "ModelVersionMetricsPerformance",
    "MultipartUploadUrls",
    "MultipartUploadUrlsUrls",
    "NoDirectory",
    "ParameterSpec",
    "PartEtags",
    "PerformanceMetricSpec",
    "PerformanceMetricSpecParameters",
    "PipelineIdResponse",
    "PipelineList",
    "PipelineLogResponse",
    "PipelineRef",
    "PipelineRunningResponse",
    "ProjectAccessRequest",
    "ProjectAccessRequestUser",
    "ProjectComponents",
    "ProjectComponentsResponse",
    "ProjectComponentsResponseProjectComponents",
    "ProjectIdResponse",
    "ProjectList",
    "ProjectRef",
    "RevokeCustomFacetAccessRequest",
    "RootkitTokenResponse",
    "RunLog",
    "RunPipelineRequest",
    "RunPipelineRequestVariables",
    "RunSummary",
    "RunVariable",
    "SaveCustomFacetVersionRequest",
    "SaveCustomFacetVersionRequestCustomFacetVersion",
    "Schedule",
    "SubModelMetricsSpec",
    "SubModelMetricsSpecFeatureImportance",
    "SubModelMetricsSpecPerformance",
    "SubModelSpec",
    "SubModelSpecHyperparameters",
    "SubModelSpecParameters",
    "TableSide",
    "UnshareProjectRequest",
    "UploadedFileRef",
    "UserRef",
)
